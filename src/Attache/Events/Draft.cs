using Attache.Model;

namespace Attache.Events;

/// <summary>An event under construction: typed arguments plus the sentences that mention it.</summary>
/// <remarks>
/// Assembly replaces a draft rather than changing it (<c>with</c>); the lists stay <see cref="List{T}"/> because the
/// document passes that fill dates, places and people still work on them. <see cref="Id"/> is the trigger candidate
/// that made the draft, which the assembly trace follows; <see cref="Sources"/> says which rule gave each field.
/// </remarks>
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
    int TriggerEnd = 0,
    int Id = -1,
    FieldSources? Sources = null)
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
