using Attache.Model;

namespace Attache.Events.Filters;

/// <summary>A ship's "goodwill visit" is its port call: a weak visit after a reported port call is that call.</summary>
internal sealed class ShipVisitInPortCall : ITriggerFilter
{
    public string Name => nameof(ShipVisitInPortCall);

    public FilterResult Apply(FilterContext c)
    {
        if (c.Trigger.Type != EventType.Visit || !c.Weak) return FilterResult.Keep;
        foreach (var d in c.Drafts)
            if (d.Type == EventType.PortCall && d.Status == EventStatus.Reported)
                return FilterResult.Join(d, "a ship's visit after a reported port call is that call", addsSentence: false);
        return FilterResult.Keep;
    }
}
