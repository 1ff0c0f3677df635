namespace Attache.Record;

/// <summary>What an analyst does to an event.</summary>
public enum ReviewAction
{
    /// <summary>The event is right as it stands.</summary>
    Confirm,
    /// <summary>One field is corrected.</summary>
    Set,
    /// <summary>It is not an event, out of scope, or a duplicate of another.</summary>
    Reject,
    /// <summary>Another event is the same occurrence and was folded into this one.</summary>
    Merge,
    /// <summary>Some of its sources report another occurrence and were taken out into a new event.</summary>
    Split,
}

/// <summary>Who asks for a review and why.</summary>
/// <param name="Reviewer">The analyst (a name, or the reviewer of an API key).</param>
/// <param name="Why">The reason given, shown in the history.</param>
public sealed record ReviewNote(string Reviewer, string? Why);

/// <summary>A review of one event: confirm, reject (with a reason) or set one field.</summary>
/// <param name="Action"><see cref="ReviewAction.Confirm"/>, <see cref="ReviewAction.Reject"/> or <see cref="ReviewAction.Set"/>.</param>
/// <param name="Note">Who and why.</param>
/// <param name="Field">For a set: the field, named as in the record (<see cref="ReviewFields.Names"/>).</param>
/// <param name="Value">For a set: the value as typed (see <see cref="ReviewFields.TryParse"/>); for a reject: the reason
/// (<c>not_event</c>, <c>out_of_scope</c>, <c>duplicate</c>).</param>
/// <param name="DuplicateOf">For a reject as a duplicate: the event it duplicates.</param>
public sealed record ReviewRequest(ReviewAction Action, ReviewNote Note, string? Field = null, string? Value = null, string? DuplicateOf = null);

/// <summary>One correction as stored: it attaches to a review subject (the event's sources), not to a row id.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="EventId">The event's id when the correction was made.</param>
/// <param name="Action">What was done.</param>
/// <param name="Field">The field set, for <see cref="ReviewAction.Set"/>.</param>
/// <param name="Value">The value: a set's value as JSON, a reject's reason, a merge's folded event, a split's new event.</param>
/// <param name="Why">The reason the reviewer gave.</param>
/// <param name="Reviewer">Who made it.</param>
/// <param name="At">When.</param>
public sealed record Correction(string Id, string EventId, ReviewAction Action, string? Field, string? Value, string? Why, string Reviewer, DateTimeOffset At);

/// <summary>The review state of a stored event.</summary>
/// <param name="EventId">The event.</param>
/// <param name="Status">null (never reviewed), <c>confirmed</c>, <c>edited</c>, <c>rejected</c> or <c>reviewed</c> (merged or split only).</param>
/// <param name="Corrections">Every correction of its sources, oldest first.</param>
/// <param name="ETag">Changes whenever the event or its review changes: a write must name the one it read.</param>
public sealed record EventReview(string EventId, string? Status, IReadOnlyList<Correction> Corrections, string ETag);

/// <summary>How a review write ended.</summary>
public enum ReviewResult
{
    /// <summary>Stored.</summary>
    Done,
    /// <summary>No such event.</summary>
    NotFound,
    /// <summary>The event changed since the ETag given was read (HTTP 412): nothing was stored.</summary>
    Stale,
    /// <summary>The request was wrong (bad field or value, a split that leaves no source): nothing was stored.</summary>
    Invalid,
}

/// <summary>The outcome of a review write.</summary>
/// <param name="Result">How it ended.</param>
/// <param name="Review">The event's review state after it (or the current one when stale).</param>
/// <param name="Error">Why it was refused, when invalid.</param>
/// <param name="NewEventId">The event a split created.</param>
public sealed record ReviewOutcome(ReviewResult Result, EventReview? Review, string? Error = null, string? NewEventId = null);

/// <summary>One line of an event's history.</summary>
/// <param name="At">When.</param>
/// <param name="Kind"><c>source</c> (a report and the values it gave), or the correction's action.</param>
/// <param name="Who">The reviewer, or the reporting document's id for a source.</param>
/// <param name="What">What changed or was given, readable.</param>
/// <param name="Why">The reviewer's reason, if any.</param>
public sealed record HistoryEntry(DateTimeOffset At, string Kind, string Who, string What, string? Why);

/// <summary>One event a document reports.</summary>
/// <param name="EventId">The stored event.</param>
/// <param name="Report">That document's report of it.</param>
/// <param name="Status">The event's review status, or null when it was never reviewed.</param>
public sealed record DocumentEvent(string EventId, SourceReport Report, string? Status);
