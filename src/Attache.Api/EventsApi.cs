using Attache.Record;
using Attache.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>The query string of <c>GET /api/events</c>: the CLI's filters, paging and sorting.</summary>
/// <param name="Country">A party (ISO alpha-3).</param>
/// <param name="Partner">Another party (ISO alpha-3).</param>
/// <param name="Type">Event type, e.g. <c>dialogue</c>.</param>
/// <param name="Area">Cooperation area, e.g. <c>war_legacy</c>.</param>
/// <param name="Mechanism">Words starting words of a mechanism's name (any order), or its series key.</param>
/// <param name="Person">Words starting words of a participant's name (any order).</param>
/// <param name="From">Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="To">Latest date, same forms.</param>
/// <param name="Q">Words a source document contains (search syntax: "a phrase", prefix*; accents folded).</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Events per page (default 50).</param>
/// <param name="Sort"><c>date</c> (earliest first, the default) or <c>-date</c> (latest first).</param>
public sealed record EventFilter(string? Country, string? Partner, string? Type, string? Area, string? Mechanism, string? Person,
    string? From, string? To, string? Q, int? Page, int? PageSize, string? Sort);

/// <summary>Events of the record: list with filters and paging, and one event with every source's evidence.</summary>
public static class EventsApi
{
    /// <summary>Maps <c>GET /api/events</c> and <c>GET /api/events/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events");
        group.MapGet("/", ListAsync)
            .WithName("ListEvents")
            .WithSummary("Lists events, filtered like 'attache events', one page at a time");
        group.MapGet("/{id}", GetAsync)
            .WithName("GetEvent")
            .WithSummary("One event with its sources and their evidence (span offsets and text)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Turns the query string into a store query, or describes what is wrong with it.</summary>
    internal static (EventQuery? Query, Dictionary<string, string[]> Errors) ToQuery(EventFilter f, int maxPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (f.From is not null && PartialDates.Bound(f.From, upper: false) is null) errors["from"] = ["must be YYYY, YYYY-MM or YYYY-MM-DD"];
        if (f.To is not null && PartialDates.Bound(f.To, upper: true) is null) errors["to"] = ["must be YYYY, YYYY-MM or YYYY-MM-DD"];
        if (f.Type is not null && !EventJson.TryParseType(f.Type, out _)) errors["type"] = [$"unknown event type '{f.Type}'"];
        if (f.Area is not null && !EventJson.TryParseArea(f.Area, out _)) errors["area"] = [$"unknown cooperation area '{f.Area}'"];
        if (f.Page is < 1) errors["page"] = ["must be 1 or more"];
        if (f.PageSize is < 1 || f.PageSize > maxPageSize) errors["pageSize"] = [$"must be between 1 and {maxPageSize}"];
        if (f.Sort is not (null or "date" or "-date")) errors["sort"] = ["must be 'date' or '-date'"];
        foreach (var (name, value) in new[] { ("country", f.Country), ("partner", f.Partner) })
            if (value is not null && !Countries.IsCode(value)) errors[name] = ["must be an ISO 3166-1 alpha-3 code such as VNM"];
        if (errors.Count > 0) return (null, errors);
        var size = f.PageSize ?? 50;
        return (new EventQuery
        {
            Country = Blank(f.Country),
            Partner = Blank(f.Partner),
            Type = Blank(f.Type),
            Area = Blank(f.Area),
            Mechanism = Blank(f.Mechanism),
            Person = Blank(f.Person),
            From = Blank(f.From),
            To = Blank(f.To),
            Text = Blank(f.Q),
            Limit = size,
            Offset = ((f.Page ?? 1) - 1L) * size,
            Descending = f.Sort == "-date",
        }, errors);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static async Task<Results<Ok<EventPage>, ValidationProblem>> ListAsync(
        [AsParameters] EventFilter filter, StorePool pool, ApiOptions options, CancellationToken ct)
    {
        var (query, errors) = ToQuery(filter, options.MaxPageSize);
        if (query is null) return TypedResults.ValidationProblem(errors, title: "Invalid event filter");
        var (items, total) = await pool.ReadAsync(async store =>
        {
            var events = await store.QueryEventsAsync(query, ct).ConfigureAwait(false);
            // The first page rarely needs a count query: when it is not full, its length is the total.
            var count = query.Offset == 0 && events.Count < query.Limit ? events.Count : await store.CountEventsAsync(query, ct).ConfigureAwait(false);
            return (events, count);
        }, ct).ConfigureAwait(false);
        return TypedResults.Ok(new EventPage(items.Select(EventDto.From).ToList(), total, filter.Page ?? 1, query.Limit!.Value));
    }

    private static async Task<Results<Ok<EventDetailDto>, ProblemHttpResult>> GetAsync(string id, StorePool pool, CancellationToken ct)
    {
        id = Problems.RouteId(id);
        var detail = await pool.ReadAsync(async store =>
        {
            if (await store.GetEventAsync(id, ct).ConfigureAwait(false) is not { } stored) return null;
            var reports = new List<SourceReportDto>();
            var documents = new Dictionary<string, DocumentRecord?>(StringComparer.Ordinal);
            foreach (var r in await store.GetSourcesAsync(id, ct).ConfigureAwait(false))
            {
                if (!documents.TryGetValue(r.DocumentId, out var doc)) documents[r.DocumentId] = doc = await store.GetDocumentAsync(r.DocumentId, ct).ConfigureAwait(false);
                var text = doc?.Text ?? "";
                reports.Add(new SourceReportDto(r.DocumentId, doc?.Url, Dto.Day(doc?.Published), doc?.Language, r.EventIndex, SpecEventDto.From(r.Event),
                    r.Event.Evidence.Select(s => Dto.Span(text, s.Start, s.End)).ToList()));
            }
            return new EventDetailDto(EventDto.From(stored), reports);
        }, ct).ConfigureAwait(false);
        return detail is null ? Problems.NotFound($"No event '{id}'.") : TypedResults.Ok(detail);
    }
}
