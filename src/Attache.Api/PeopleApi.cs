using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>People of the record with their offices, and full-text search over documents.</summary>
public static class PeopleApi
{
    /// <summary>Maps <c>GET /api/people</c> and <c>GET /api/search</c>.</summary>
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people", PeopleAsync)
            .WithTags("People")
            .WithName("ListPeople")
            .WithSummary("People whose name (any form seen) contains ?name=, with their offices and events; everyone without it");
        app.MapGet("/api/search", SearchAsync)
            .WithTags("Search")
            .WithName("SearchDocuments")
            .WithSummary("Documents whose text contains ?q= (case ignored), with the matches and the events each reports")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Ok<List<PersonDto>>> PeopleAsync(string? name, StorePool pool, CancellationToken ct)
    {
        var people = await pool.ReadAsync(store => store.FindPeopleAsync(string.IsNullOrWhiteSpace(name) ? null : name.Trim(), ct), ct).ConfigureAwait(false);
        return TypedResults.Ok(people.Select(p => new PersonDto(p.Id, p.Name, p.Country, p.Aliases,
            p.Offices.Select(o => new OfficeDto(o.Title, o.Country, o.FirstSeen, o.LastSeen)).ToList(), p.EventIds)).ToList());
    }

    private static async Task<Results<Ok<List<SearchHitDto>>, ProblemHttpResult>> SearchAsync(string? q, int? limit, StorePool pool, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2) return Problems.BadRequest("Invalid search", "Give ?q= with at least two characters.");
        var text = q.Trim();
        var max = Math.Clamp(limit ?? 50, 1, 200);
        var (documents, events) = await pool.ReadAsync(async store =>
        {
            var docs = await store.SearchDocumentsAsync(text, max, ct).ConfigureAwait(false);
            var evs = await store.QueryEventsAsync(new Record.EventQuery { Text = text, Limit = 1000 }, ct).ConfigureAwait(false);
            return (docs, evs);
        }, ct).ConfigureAwait(false);
        return TypedResults.Ok(documents.Select(d => new SearchHitDto(d.Id, d.Url, Dto.Day(d.Published), Matches(d.Text, text),
            events.Where(e => e.Sources.Contains(d.Id)).Select(e => e.Id).ToList())).ToList());
    }

    /// <summary>Up to five matches, each with some context on both sides.</summary>
    private static List<EvidenceDto> Matches(string text, string q)
    {
        var result = new List<EvidenceDto>();
        for (var i = text.IndexOf(q, StringComparison.OrdinalIgnoreCase); i >= 0 && result.Count < 5; i = text.IndexOf(q, i + q.Length, StringComparison.OrdinalIgnoreCase))
            result.Add(Dto.Span(text, i - 80, i + q.Length + 80));
        return result;
    }
}
