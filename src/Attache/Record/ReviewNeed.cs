namespace Attache.Record;

/// <summary>An event waiting for a reviewer, with why it needs one.</summary>
/// <param name="Event">The event.</param>
/// <param name="Need">How much it needs a human: higher first.</param>
/// <param name="Reasons">What makes it doubtful, readable (<c>sources disagree on date</c>, <c>date inferred</c>…).</param>
public sealed record QueuedEvent(StoredEvent Event, int Need, IReadOnlyList<string> Reasons);

/// <summary>Orders unreviewed events by what most needs a human: sources that disagree, dates the record inferred, and
/// fields a single report left weak (no day, no city, no participant).</summary>
public static class ReviewNeed
{
    /// <summary>The unreviewed events, most in need first (then latest first).</summary>
    /// <param name="events">Events of the record.</param>
    /// <param name="reviewed">Ids of events already reviewed (any status): they are left out.</param>
    public static IReadOnlyList<QueuedEvent> Rank(IEnumerable<StoredEvent> events, IReadOnlySet<string> reviewed)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(reviewed);
        return events.Where(e => !reviewed.Contains(e.Id)).Select(Score)
            .OrderByDescending(q => q.Need).ThenByDescending(q => PartialDates.Lower(q.Event.Event.Date), StringComparer.Ordinal).ThenBy(q => q.Event.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static QueuedEvent Score(StoredEvent e)
    {
        var reasons = new List<string>();
        var need = 0;
        foreach (var c in e.Conflicts)
        {
            need += 4;
            reasons.Add($"sources disagree on {c.Field}");
        }
        if (e.Inferred is not null)
        {
            need += 3;
            reasons.Add("date inferred");
        }
        var v = e.Event;
        if (v.Date is null || !v.Date.IsComplete)
        {
            need += 2;
            reasons.Add(v.Date is null ? "no date" : "date incomplete");
        }
        if (v.Location?.City is null)
        {
            need += 1;
            reasons.Add("no city");
        }
        if (v.Participants.Count == 0)
        {
            need += 1;
            reasons.Add("no participant");
        }
        if (e.Sources.Count == 1)
        {
            need += 1;
            reasons.Add("one source");
        }
        return new QueuedEvent(e, need, reasons);
    }
}
