using Attache.Cleaning;
using Attache.Model;
using Attache.Recognition;

namespace Attache.Events;

/// <summary>Turns an assembly trace into the public explanation: spans in the original text, final decisions, field origins.</summary>
internal static class TraceExplainer
{
    private static readonly (EventField Field, string Name)[] Fields =
    [
        (EventField.Type, "type"), (EventField.Date, "date"), (EventField.Location, "location"), (EventField.Countries, "countries"),
        (EventField.Participants, "participants"), (EventField.Mechanism, "mechanism"), (EventField.Areas, "areas"), (EventField.Status, "status"),
    ];

    internal static ExtractionTrace Explain(AssemblyTrace trace, List<Draft> drafts, List<FieldSources> sources, AnalyzedText a, CleanedText cleaned)
    {
        var entries = new List<TraceEntry>();
        foreach (var o in trace.Outcomes(drafts).OrderBy(o => o.Candidate.Candidate.Start).ThenBy(o => o.Candidate.Id))
        {
            var t = o.Candidate.Candidate;
            var span = cleaned.ToOriginal(Arguments.Evidence.Tokens(a, t.Start, t.End));
            var steps = o.Candidate.Steps.Select(s => new TraceStep(s.Rule, Public(s.Decision), s.Reason)).ToList();
            entries.Add(new TraceEntry(cleaned.Original[span.Start..span.End], span, Public(o.Decision), o.Rule, o.Reason, o.Event, steps));
        }
        var origins = sources.Select(s => (IReadOnlyList<FieldOrigin>)Fields.Select(f => Origin(f.Name, s[f.Field], cleaned)).ToList()).ToList();
        return new ExtractionTrace(entries, origins);
    }

    private static FieldOrigin Origin(string field, FieldSource s, CleanedText cleaned) =>
        new(field, s.Rule ?? "Unrecorded", s.Reason ?? "", s.Span is { } span ? cleaned.ToOriginal(span) : null);

    private static TraceDecision Public(Decision d) => d switch
    {
        Decision.Kept => TraceDecision.Kept,
        Decision.Joined => TraceDecision.Joined,
        _ => TraceDecision.Dropped,
    };
}
