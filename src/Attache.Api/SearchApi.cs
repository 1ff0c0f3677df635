using Attache.Record;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>The query string of <c>GET /api/search</c>: the words, and the event filters of <c>GET /api/events</c>.</summary>
/// <param name="Q">Words (all must occur, any order, accents ignored), <c>"a phrase"</c>, <c>prefix*</c>.</param>
/// <param name="Country">A party of a supported event (ISO alpha-3).</param>
/// <param name="Partner">Another party (ISO alpha-3).</param>
/// <param name="Type">Event type, e.g. <c>visit</c>.</param>
/// <param name="Area">Cooperation area.</param>
/// <param name="Mechanism">Words starting words of a mechanism's name (any order), or its series key.</param>
/// <param name="Person">Words starting words of a participant's name (any order).</param>
/// <param name="From">Earliest event date: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="To">Latest event date.</param>
/// <param name="Page">1-based page (default 1).</param>
/// <param name="PageSize">Documents per page (default 20, at most 200).</param>
/// <param name="Limit">Older name of <paramref name="PageSize"/>.</param>
public sealed record SearchFilter(string? Q, string? Country, string? Partner, string? Type, string? Area, string? Mechanism, string? Person,
    string? From, string? To, int? Page, int? PageSize, int? Limit);

/// <summary>A passage of a found document, with the matched words.</summary>
/// <param name="Start">Offset of the passage in the document text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The passage (insert it as text).</param>
/// <param name="Highlights">Matched words as <c>[start, end)</c> offsets into <paramref name="Text"/>.</param>
public sealed record SnippetDto(int Start, int End, string Text, IReadOnlyList<int[]> Highlights);

/// <summary>A document found by a search, best first.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Language">Language code.</param>
/// <param name="Title">Its first line.</param>
/// <param name="Score">Relevance within this search (higher is better).</param>
/// <param name="Snippet">The passage with the most matches.</param>
/// <param name="Matches">The snippet as a span of the document (kept for older clients).</param>
/// <param name="Events">Ids of the stored events the document supports (passing the filters).</param>
/// <param name="EventDetails">Those events in full.</param>
public sealed record SearchHitDto(string Id, string? Url, string? Published, string? Language, string Title, double Score, SnippetDto Snippet,
    IReadOnlyList<EvidenceDto> Matches, IReadOnlyList<string> Events, IReadOnlyList<EventDto> EventDetails)
{
    /// <summary>Maps a search hit.</summary>
    public static SearchHitDto From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var d = hit.Document;
        var s = hit.Snippet;
        return new SearchHitDto(d.Id, d.Url, Dto.Day(d.Published), d.Language, hit.Title, hit.Score,
            new SnippetDto(s.Start, s.End, s.Text, s.Highlights.Select(h => new[] { h.Start, h.End }).ToList()),
            [new EvidenceDto(s.Start, s.End, s.Text)], hit.Events.Select(e => e.Id).ToList(), hit.Events.Select(EventDto.From).ToList());
    }
}

/// <summary>Full-text search over the stored documents.</summary>
public static class SearchApi
{
    /// <summary>Largest page of search results.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Maps <c>GET /api/search</c>.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync)
            .WithTags("Search")
            .WithName("SearchDocuments")
            .WithSummary("Documents ranked by ?q= (words in any order, \"phrases\", prefix*, accents and case ignored), with a highlighted snippet and the events each supports; event filters as /api/events")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<Ok<List<SearchHitDto>>, ProblemHttpResult, ValidationProblem>> SearchAsync(
        [AsParameters] SearchFilter f, StorePool pool, ApiOptions options, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(f.Q) || f.Q.Trim().Length < 2 || SearchText.Parse(f.Q).Count == 0)
            return Problems.BadRequest("Invalid search", "Give ?q= with at least two characters, and a letter or digit.");
        var size = f.PageSize ?? f.Limit ?? 20;
        if (size is < 1 or > MaxPageSize)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pageSize"] = [$"must be between 1 and {MaxPageSize}"] }, title: "Invalid search");
        var (filter, errors) = EventsApi.ToQuery(new EventFilter(f.Country, f.Partner, f.Type, f.Area, f.Mechanism, f.Person, f.From, f.To, null, f.Page, null, null),
            options.MaxPageSize);
        if (filter is null) return TypedResults.ValidationProblem(errors, title: "Invalid search");
        var filtered = filter with { Limit = null, Offset = 0 };
        var any = filtered != new EventQuery();
        var query = new SearchQuery { Text = f.Q.Trim(), Filter = any ? filtered : null, Limit = size, Offset = (int)Math.Min(int.MaxValue, ((f.Page ?? 1) - 1L) * size) };
        var hits = await pool.ReadAsync(store => store.SearchAsync(query, ct), ct).ConfigureAwait(false);
        return TypedResults.Ok(hits.Select(SearchHitDto.From).ToList());
    }
}
