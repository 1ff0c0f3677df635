using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>People of the record with their offices.</summary>
public static class PeopleApi
{
    /// <summary>Maps <c>GET /api/people</c>.</summary>
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people", PeopleAsync)
            .WithTags("People")
            .WithName("ListPeople")
            .WithSummary("People whose name (any form seen) contains ?name=, with their offices and events; everyone without it");
        return app;
    }

    private static async Task<Ok<List<PersonDto>>> PeopleAsync(string? name, StorePool pool, CancellationToken ct)
    {
        var people = await pool.ReadAsync(store => store.FindPeopleAsync(string.IsNullOrWhiteSpace(name) ? null : name.Trim(), ct), ct).ConfigureAwait(false);
        return TypedResults.Ok(people.Select(p => new PersonDto(p.Id, p.Name, p.Country, p.Aliases,
            p.Offices.Select(o => new OfficeDto(o.Title, o.Country, o.FirstSeen, o.LastSeen)).ToList(), p.EventIds)).ToList());
    }
}
