using Attache.Model;

namespace Attache.Events;

/// <summary>An event under construction: typed arguments plus the sentences that mention it.</summary>
internal sealed record Draft(
    EventType Type,
    EventStatus Status,
    PartialDate? Date,
    Location? Location,
    List<string> Countries,
    List<int> People,
    Mechanism? Mechanism,
    int FirstSentence,
    List<int> Sentences,
    int TriggerStart = 0,
    int TriggerEnd = 0)
{
    /// <summary>The first sentence of the next reported event after <paramref name="d"/> (visits aside when asked), or <paramref name="end"/>.</summary>
    internal static int NextReported(List<Draft> drafts, Draft d, int end, bool skipVisits = false)
    {
        var next = end;
        foreach (var o in drafts)
            if (o.Status == EventStatus.Reported && o.FirstSentence > d.FirstSentence && o.FirstSentence < next && !(skipVisits && o.Type == EventType.Visit))
                next = o.FirstSentence;
        return next;
    }
}
