using Attache.Events.Triggers;
using Attache.Model;

namespace Attache.Events.Filters;

/// <summary>
/// A weak consult word ("les deux parties ont discuté", "the visit") after a consult event refers back to it: the
/// latest reported event of its type, else the latest reported consult event (a visit only for a visit word).
/// </summary>
internal sealed class AnaphoricMention : ITriggerFilter
{
    public string Name => nameof(AnaphoricMention);

    public FilterResult Apply(FilterContext c)
    {
        var type = c.Trigger.Type;
        if (!c.Weak || EventFamilies.Of(type) != EventFamily.Consult) return FilterResult.Keep;
        Draft? earlier = null;
        for (var i = c.Drafts.Count - 1; i >= 0 && earlier is null; i--)
            if (c.Drafts[i] is { Status: EventStatus.Reported } d && d.Type == type) earlier = d;
        for (var i = c.Drafts.Count - 1; i >= 0 && earlier is null; i--)
            if (c.Drafts[i] is { Status: EventStatus.Reported } d && EventFamilies.Of(d.Type) == EventFamily.Consult && (type == EventType.Visit || d.Type != EventType.Visit)) earlier = d;
        if (earlier is null) return FilterResult.Keep;
        // "a également été reçu par le président", "was also received by": one more occasion of the same stay.
        if (AlsoBefore(c)) return FilterResult.Keep;
        return FilterResult.Join(earlier, "a weak consult word refers back to the occasion already reported", addsSentence: true);
    }

    private const int AlsoGap = 3;

    private static bool AlsoBefore(FilterContext c)
    {
        foreach (var cue in c.A.CuesNear(Math.Max(c.S.Start, c.Trigger.Start - AlsoGap - 2), c.Trigger.Start))
            if (cue.Value.Kind == "also" && cue.End <= c.Trigger.Start && c.Trigger.Start - cue.End <= AlsoGap && cue.Start >= c.S.Start) return true;
        return false;
    }
}
