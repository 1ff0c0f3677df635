namespace Attache.Model;

/// <summary>What the assembly decided about a trigger candidate.</summary>
public enum TraceDecision
{
    /// <summary>It made an event.</summary>
    Kept,
    /// <summary>It was left out.</summary>
    Dropped,
    /// <summary>It is a mention of an event already found.</summary>
    Joined,
}

/// <summary>One rule's decision on a trigger candidate.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Decision">What it decided.</param>
/// <param name="Reason">Why.</param>
public sealed record TraceStep(string Rule, TraceDecision Decision, string Reason);

/// <summary>A trigger candidate of a document and the final word on it.</summary>
/// <param name="Trigger">The phrase, as the original text writes it.</param>
/// <param name="Span">Its span in the original text (UTF-16 offsets).</param>
/// <param name="Decision">Kept, dropped or joined.</param>
/// <param name="Rule">The rule that decided last.</param>
/// <param name="Reason">Why.</param>
/// <param name="Event">The index of the event it made or joined, or null.</param>
/// <param name="Steps">Every rule that decided on it, in order.</param>
public sealed record TraceEntry(string Trigger, TextSpan Span, TraceDecision Decision, string Rule, string Reason, int? Event, IReadOnlyList<TraceStep> Steps);

/// <summary>Where a field of an event came from.</summary>
/// <param name="Field">The field: type, date, location, countries, participants, mechanism, areas or status.</param>
/// <param name="Rule">The rule that set it.</param>
/// <param name="Reason">How.</param>
/// <param name="Span">The evidence in the original text, when one span gives it.</param>
public sealed record FieldOrigin(string Field, string Rule, string Reason, TextSpan? Span);

/// <summary>Why a document gave the events it gave: every trigger candidate, and the origin of each event's fields.</summary>
/// <param name="Entries">The trigger candidates, in text order.</param>
/// <param name="Sources">Per event (same order as the events), the origin of each field.</param>
public sealed record ExtractionTrace(IReadOnlyList<TraceEntry> Entries, IReadOnlyList<IReadOnlyList<FieldOrigin>> Sources);
