using Attache.Events.Triggers;

namespace Attache.Events.Filters;

/// <summary>A habit is not an occurrence: "les exercices annuels", "regularly hold talks".</summary>
internal sealed class Habitual : ITriggerFilter
{
    private static readonly string[] Kinds = ["habitual"];

    public string Name => nameof(Habitual);

    public FilterResult Apply(FilterContext c)
    {
        // "their largest annual exercise, on Monday, 21 April": a habit is not dated to a day; this occurrence is.
        if (c.SentenceHasDay) return FilterResult.Keep;
        // "la 7e édition de leur dialogue annuel", "held their annual consultations on Monday": an edition or a weekday names
        // one session of the habit.
        if (c.Trigger.Strength == TriggerStrength.Numbered || c.SentenceHasWeekday) return FilterResult.Keep;
        if (TriggerFilters.Blocked(c.A, c.S, c.Trigger.Start, c.Trigger.End, c.Trigger.Strength.IsMechanism(), Kinds)
            || FutureOrProposed.IntentBefore(c, "habitual"))
            return FilterResult.Drop("a habitual cue: a practice, not an occurrence");
        return FilterResult.Keep;
    }
}
