using Attache.Model;

namespace Attache.Events.Filters;

/// <summary>A bare "exercise" is often domestic: it needs two countries in its sentence.</summary>
internal sealed class BareDomesticExercise : ITriggerFilter
{
    public string Name => nameof(BareDomesticExercise);

    public FilterResult Apply(FilterContext c)
    {
        if (c.Trigger.Type != EventType.Exercise || !c.Weak) return FilterResult.Keep;
        var s = c.S;
        return c.A.Countries.Where(m => m.Start >= s.Start && m.End <= s.End).Select(m => m.Value.Code).Distinct().Count() < 2
            ? FilterResult.Drop("a bare exercise word with fewer than two countries in its sentence") : FilterResult.Keep;
    }
}
