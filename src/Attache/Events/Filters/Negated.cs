using Attache.Events.Triggers;

namespace Attache.Events.Filters;

/// <summary>Negated events ("did not hold talks") and what the text says is no event are left out.</summary>
internal sealed class Negated : ITriggerFilter
{
    private static readonly string[] Kinds = ["negation", "not-event"];

    public string Name => nameof(Negated);

    public FilterResult Apply(FilterContext c) =>
        TriggerFilters.Blocked(c.A, c.S, c.Trigger.Start, c.Trigger.End, c.Trigger.Strength.IsMechanism(), Kinds)
            ? FilterResult.Drop("a negation governs the trigger") : FilterResult.Keep;
}
