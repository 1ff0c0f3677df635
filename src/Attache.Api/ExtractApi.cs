using Attache.Extraction;
using Attache.Model;
using Attache.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>Extraction without storing: a document in, its events (and, asked, why these and not others) out.</summary>
public static class ExtractApi
{
    /// <summary>Maps <c>POST /api/extract</c>.</summary>
    public static IEndpointRouteBuilder MapExtractApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/extract", Extract)
            .WithTags("Extraction")
            .WithName("Extract")
            .WithSummary("Extracts the events of one document without storing anything (no key needed); with explain=true, the trace of every trigger candidate and the sources of each field")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static Results<Ok<ExtractResponse>, ProblemHttpResult> Extract(ExtractRequest request, IExtractor extractor, ApiOptions options, bool explain = false)
    {
        if (request is null || string.IsNullOrEmpty(request.Id) || request.Text is null)
            return Problems.BadRequest("Invalid document", "Give an \"id\" and a \"text\".");
        if (System.Text.Encoding.UTF8.GetByteCount(request.Text) > options.MaxBodyBytes)
            return Problems.BadRequest("Invalid document", $"The text is over {options.MaxBodyBytes} bytes.");
        DateOnly? published = null;
        if (request.Published is { Length: > 0 } p)
        {
            if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                return Problems.BadRequest("Invalid document", "\"published\" must be YYYY-MM-DD.");
            published = day;
        }
        var document = new Document(request.Id, request.Text, request.Url, published, request.Lang);
        var result = explain ? extractor.Explain(document) : extractor.Extract(document);
        var trace = result.Trace;
        var events = result.Events.Select((e, i) => new ExtractedEventDto(SpecEventDto.From(e),
            trace is null || i >= trace.Sources.Count ? null : trace.Sources[i].ToDictionary(o => o.Field, o => new FieldSourceDto(o.Rule, Span(o.Span), o.Reason), StringComparer.Ordinal))).ToList();
        var entries = trace?.Entries.Select(t => new TraceEntryDto(t.Trigger, [t.Span.Start, t.Span.End], EventJson.Name(t.Decision), t.Rule, t.Reason, t.Event,
            t.Steps.Select(s => new TraceStepDto(s.Rule, EventJson.Name(s.Decision), s.Reason)).ToList())).ToList();
        return TypedResults.Ok(new ExtractResponse(result.DocumentId, events, entries));
    }

    private static int[]? Span(TextSpan? s) => s is { } x ? [x.Start, x.End] : null;
}

/// <summary>A document to extract from.</summary>
/// <param name="Id">Caller's identifier, echoed back.</param>
/// <param name="Text">The dispatch text; spans refer to it.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="Published">Publication date (YYYY-MM-DD), which anchors dates.</param>
/// <param name="Lang">A language hint (fr, en).</param>
public sealed record ExtractRequest(string Id, string Text, string? Url = null, string? Published = null, string? Lang = null);

/// <summary>The events of a document and, when asked, the trace of its trigger candidates.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Events">The events in the spec's shape, each with the sources of its fields when explained.</param>
/// <param name="Trace">Every trigger candidate with its decision, or null when not asked.</param>
public sealed record ExtractResponse(string Id, IReadOnlyList<ExtractedEventDto> Events, IReadOnlyList<TraceEntryDto>? Trace);

/// <summary>An extracted event and where each of its fields came from.</summary>
/// <param name="Event">The event.</param>
/// <param name="Sources">Per field (type, date, location, countries, participants, mechanism, areas, status), its source; null when not explained.</param>
public sealed record ExtractedEventDto(SpecEventDto Event, IReadOnlyDictionary<string, FieldSourceDto>? Sources);

/// <summary>The rule that gave a field, its evidence and why.</summary>
/// <param name="Rule">Rule name.</param>
/// <param name="Span">Evidence as a <c>[start, end)</c> pair of UTF-16 offsets into the text, or null.</param>
/// <param name="Reason">How the rule chose it.</param>
public sealed record FieldSourceDto(string Rule, int[]? Span, string Reason);

/// <summary>A trigger candidate and what became of it.</summary>
/// <param name="Trigger">The phrase.</param>
/// <param name="Span">Its <c>[start, end)</c> UTF-16 offsets in the text.</param>
/// <param name="Decision"><c>kept</c>, <c>dropped</c> or <c>joined</c>.</param>
/// <param name="Rule">The rule that decided last.</param>
/// <param name="Reason">Why.</param>
/// <param name="Event">The index of the event it made or joined, or null.</param>
/// <param name="Steps">Every rule that decided on it, in order.</param>
public sealed record TraceEntryDto(string Trigger, int[] Span, string Decision, string Rule, string Reason, int? Event, IReadOnlyList<TraceStepDto> Steps);

/// <summary>One rule's decision on a candidate.</summary>
/// <param name="Rule">Rule name.</param>
/// <param name="Decision"><c>kept</c>, <c>dropped</c> or <c>joined</c>.</param>
/// <param name="Reason">Why.</param>
public sealed record TraceStepDto(string Rule, string Decision, string Reason);
