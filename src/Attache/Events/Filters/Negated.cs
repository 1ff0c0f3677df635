using Attache.Events.Triggers;

namespace Attache.Events.Filters;

/// <summary>Negated events ("did not hold talks") and what the text says is no event are left out.</summary>
internal sealed class Negated : ITriggerFilter
{
    private static readonly string[] Kinds = ["negation", "not-event"];

    public string Name => nameof(Negated);

    public FilterResult Apply(FilterContext c)
    {
        if (TriggerFilters.Blocked(c.A, c.S, c.Trigger.Start, c.Trigger.End, c.Trigger.Strength.IsMechanism(), Kinds))
            return FilterResult.Drop("a negation governs the trigger");
        // "A joint border patrol exercise …, scheduled to start on Monday, has been postponed": what the sentence calls off is
        // the occasion it named first, however long the words between.
        foreach (var cue in c.A.CuesNear(c.Trigger.End, c.S.End))
            if (cue.Value.Kind == "called-off" && cue.Start >= c.Trigger.End && cue.End <= c.S.End && !TriggerBetween(c, c.Trigger.End, cue.Start))
                return FilterResult.Drop("the sentence calls the occasion off");
        return FilterResult.Keep;
    }

    private static bool TriggerBetween(FilterContext c, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (c.A.TriggerAt[k]) return true;
        return false;
    }
}
