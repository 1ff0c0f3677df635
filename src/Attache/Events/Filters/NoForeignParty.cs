namespace Attache.Events.Filters;

/// <summary>A weak trigger needs a foreign party in its sentence: a country, an organisation, a person or "the two sides".</summary>
internal sealed class NoForeignParty : ITriggerFilter
{
    public string Name => nameof(NoForeignParty);

    public FilterResult Apply(FilterContext c) =>
        c.Weak && !TriggerFilters.HasForeignContext(c.A, c.S) && !TriggerFilters.OnRecalledOccasion(c.A, c.S, c.Si, c.Last)
            ? FilterResult.Drop("a weak trigger with no country, person or 'both sides' in its sentence") : FilterResult.Keep;
}
