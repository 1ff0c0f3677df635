using Attache.Events.Triggers;

namespace Attache.Events.Filters;

/// <summary>
/// A mechanism named in passing ("ont maintenu le dialogue sur la défense", "ont engagé cette année un dialogue
/// stratégique") is not a session: it needs an edition, a date finer than a year or a verb of holding.
/// </summary>
internal sealed class MechanismInPassing : ITriggerFilter
{
    public string Name => nameof(MechanismInPassing);

    public FilterResult Apply(FilterContext c) =>
        c.Trigger.Strength.IsMechanism() && MechanismEditions.EditionBefore(c.A, c.Trigger.Start) is null && !TriggerFilters.HasCue(c.A, c.S, "occurred") && !c.SentenceHasMonth
            ? FilterResult.Drop("a mechanism named with no edition, date or verb of holding") : FilterResult.Keep;
}
