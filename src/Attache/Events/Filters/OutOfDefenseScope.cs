namespace Attache.Events.Filters;

/// <summary>An actor out of scope: a sentence with nothing of defence in it (a trade minister's talks) gives no event.</summary>
internal sealed class OutOfDefenseScope : ITriggerFilter
{
    public string Name => nameof(OutOfDefenseScope);

    public FilterResult Apply(FilterContext c) =>
        // "a joint exercise", "une patrouille conjointe": what the spec calls an exercise is military by itself; a bare
        // "exercise" or "drill" still needs a defence word.
        c.Trigger is { Type: Model.EventType.Exercise, Strength: Triggers.TriggerStrength.Strong }
        // "JS Shiranui makes port call in Haiphong": in a defence dispatch, the port call a ship makes is the navy's.
        || c.Trigger.Type == Model.EventType.PortCall && TriggerFilters.NamesShip(c.A, c.S, c.Trigger.Start) && TriggerFilters.DefenseDispatch(c.A)
        || TriggerFilters.DefenseScope(c.A, c.S, talks: c.Trigger.Type is Model.EventType.Meeting or Model.EventType.Dialogue)
        || c.Trigger.Type == Model.EventType.Agreement && SidesSign(c) ? FilterResult.Keep : FilterResult.Drop("nothing of defence in the sentence: no defence actor, word or official");

    private const int SubjectGap = 4;

    /// <summary>"Les deux ministres signent un protocole": in a defence dispatch, the two sides named as the signers are its officials.</summary>
    private static bool SidesSign(FilterContext c)
    {
        if (!TriggerFilters.DefenseDispatch(c.A)) return false;
        foreach (var cue in c.A.CuesNear(Math.Max(c.S.Start, c.Trigger.Start - SubjectGap - 3), c.Trigger.Start))
            if (cue.Value.Kind is "both-sides" or "both-people" && cue.End <= c.Trigger.Start && cue.End >= c.Trigger.Start - SubjectGap && cue.Start >= c.S.Start) return true;
        return false;
    }
}
