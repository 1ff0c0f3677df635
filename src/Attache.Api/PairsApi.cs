using Attache.Record;
using Attache.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>Country pairs: counts by year and type, one pair's timeline, the network of contacts, mechanisms.</summary>
public static class PairsApi
{
    /// <summary>Maps <c>/api/pairs</c>, <c>/api/pairs/{A}-{B}</c>, <c>/api/network</c> and <c>/api/mechanisms</c>.</summary>
    public static IEndpointRouteBuilder MapPairsApi(this IEndpointRouteBuilder app)
    {
        var pairs = app.MapGroup("/api").WithTags("Pairs");
        pairs.MapGet("/pairs", ListAsync)
            .WithName("ListPairs")
            .WithSummary("Country pairs with defense contacts, with event counts by year and by type");
        pairs.MapGet("/pairs/{pair}", TimelineAsync)
            .WithName("GetPairTimeline")
            .WithSummary("One pair (e.g. JPN-VNM): its events in date order, counts by year and type, areas by year, mechanisms, people")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        pairs.MapGet("/network", NetworkAsync)
            .WithName("GetNetwork")
            .WithSummary("Countries sized by events, and the pairs that have contacts");
        app.MapGet("/api/mechanisms", MechanismsAsync)
            .WithTags("Mechanisms")
            .WithName("ListMechanisms")
            .WithSummary("Recurring mechanisms as series of editions, optionally for one pair (?pair=VNM-JPN)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PairSummaryDto>>> ListAsync(RecordSummary summary, CancellationToken ct) =>
        TypedResults.Ok((await summary.NetworkAsync(ct).ConfigureAwait(false)).Links);

    private static async Task<Ok<NetworkDto>> NetworkAsync(RecordSummary summary, CancellationToken ct) =>
        TypedResults.Ok(await summary.NetworkAsync(ct).ConfigureAwait(false));

    private static async Task<Results<Ok<PairTimelineDto>, ProblemHttpResult>> TimelineAsync(string pair, StorePool pool, CancellationToken ct)
    {
        if (Countries.Pair(pair) is not { } two) return Problems.BadRequest("Invalid pair", $"'{pair}' is not two ISO alpha-3 codes such as JPN-VNM.");
        var events = await pool.ReadAsync(store => store.QueryEventsAsync(new EventQuery { Country = two[0], Partner = two[1] }, ct), ct).ConfigureAwait(false);
        var byYear = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var areas = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var year = RecordSummary.Year(e);
            Add(byYear, year, EventJson.Name(e.Event.Type));
            foreach (var a in e.Event.Areas) Add(areas, year, EventJson.Name(a));
        }
        var people = events
            .SelectMany(e => e.Event.Participants.Select(p => (Person: p, EventId: e.Id)))
            .GroupBy(x => TextKey.Fold(x.Person.Name), StringComparer.Ordinal)
            .Select(g => new PairPersonDto(
                g.Select(x => x.Person.Name).OrderByDescending(n => n.Length).First(),
                g.Select(x => x.Person.Country).FirstOrDefault(c => c is not null),
                g.Select(x => x.Person.Title).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                g.Select(x => x.EventId).Distinct(StringComparer.Ordinal).ToList()))
            .OrderByDescending(p => p.Events.Count).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var series = await pool.ReadAsync(store => MechanismSeriesBuilder.BuildAsync(store, two, ct), ct).ConfigureAwait(false);
        return TypedResults.Ok(new PairTimelineDto(two, events.Select(EventDto.From).ToList(), Freeze(byYear), Freeze(areas), [.. series.Select(MechanismSeriesDto.From)], people));
    }

    private static async Task<Results<Ok<List<MechanismSeriesDto>>, ProblemHttpResult>> MechanismsAsync(string? pair, StorePool pool, CancellationToken ct)
    {
        string[]? two = null;
        if (!string.IsNullOrWhiteSpace(pair) && (two = Countries.Pair(pair)) is null)
            return Problems.BadRequest("Invalid pair", $"'{pair}' is not two ISO alpha-3 codes such as VNM-JPN.");
        // Only the series between exactly the pair when one is given (as the CLI does).
        var series = await pool.ReadAsync(store => MechanismSeriesBuilder.BuildAsync(store, two, ct), ct).ConfigureAwait(false);
        return TypedResults.Ok(series.Select(MechanismSeriesDto.From).ToList());
    }

    private static void Add(Dictionary<string, Dictionary<string, int>> table, string row, string column)
    {
        if (!table.TryGetValue(row, out var counts)) table[row] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        counts[column] = counts.GetValueOrDefault(column) + 1;
    }

    private static SortedDictionary<string, IReadOnlyDictionary<string, int>> Freeze(Dictionary<string, Dictionary<string, int>> table) =>
        new SortedDictionary<string, IReadOnlyDictionary<string, int>>(
            table.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)RecordSummary.Sorted(kv.Value), StringComparer.Ordinal), StringComparer.Ordinal);
}
