using Attache.Model;
using Attache.Record;
using Attache.Serialization;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Attache.Storage.Tests.Fixtures;

namespace Attache.Storage.Tests;

/// <summary>Event filters answered from indexes (migration 9), on every provider: areas, mechanism and person words, text
/// through the full-text index, and a country's pages read in date order from its own rows.</summary>
public class FilterIndexTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<IEventStore> Seed(TestDatabase db)
    {
        var store = await EventStores.OpenAsync(db.Db);
        await store.IngestAsync(Doc("d1", "Hanoi - Le général Hoang Xuân Chiến a coprésidé le dialogue sur la politique de défense avec le Japon.", lang: "fr"),
            [Ev(EventType.Dialogue, "2024-02-27", ["JPN", "VNM"], [P("Hoang Xuân Chiến", "VNM"), P("Serizawa Kiyoshi", "JPN")],
                new Mechanism("Dialogue sur la politique de défense Vietnam - Japon", 10), areas: [CooperationArea.Training, CooperationArea.DefenseIndustry])]);
        await store.IngestAsync(Doc("d2", "Canberra - The Australia-Indonesia Defence Ministers' Meeting discussed maritime security."),
            [Ev(EventType.Meeting, "2023-05-02", ["AUS", "IDN"], [P("Andrew Callister", "AUS")], new Mechanism("Defence Ministers' Meeting", null),
                areas: [CooperationArea.MaritimeSecurity])]);
        await store.IngestAsync(Doc("d3", "Vientiane - A Thai delegation visited the Lao army's training school."),
            [Ev(EventType.Visit, "2019-11-20", ["LAO", "THA"], areas: [CooperationArea.Training])]);
        return store;
    }

    private static async Task<List<string>> Types(IEventStore store, EventQuery query) =>
        (await store.QueryEventsAsync(query)).Select(e => EventJson.Name(e.Event.Type)).ToList();

    [Theory, MemberData(nameof(Providers))]
    public async Task Filters_Areas_MechanismWords_PersonWords_Text(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await Seed(db);
        Assert.Equal(["visit", "dialogue"], await Types(store, new EventQuery { Area = "training" }));
        Assert.Equal(["meeting"], await Types(store, new EventQuery { Area = "maritime_security" }));
        Assert.Empty(await Types(store, new EventQuery { Area = "peacekeeping" }));
        // Mechanism: words of the name in any order, each a word's start, accents folded; or the series key itself.
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Mechanism = "politique défense" }));
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Mechanism = "DEFENSE dial" }));
        Assert.Equal(["meeting"], await Types(store, new EventQuery { Mechanism = "ministers meet" }));
        Assert.Empty(await Types(store, new EventQuery { Mechanism = "efense" }));
        var series = (await store.QueryEventsAsync(new EventQuery { Type = "dialogue" }))[0].SeriesKey!;
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Mechanism = series }));
        Assert.Empty(await Types(store, new EventQuery { Mechanism = "--" }));
        // Person: words of one person's name, in either order, accents folded, a word's start.
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Person = "chien hoang" }));
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Person = "Seriz" }));
        Assert.Equal(["meeting"], await Types(store, new EventQuery { Person = "callister" }));
        Assert.Empty(await Types(store, new EventQuery { Person = "chien callister" }));
        Assert.Empty(await Types(store, new EventQuery { Person = "_" }));
        // Text: the dispatches' words through the full-text index, accents folded.
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Text = "defense japon" }));
        Assert.Equal(["meeting"], await Types(store, new EventQuery { Text = "\"maritime security\"" }));
        Assert.Equal(["visit"], await Types(store, new EventQuery { Text = "train*" }));
        Assert.Empty(await Types(store, new EventQuery { Text = "security maritime army" }));
        // Combined, and counted the same way.
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Area = "training", Country = "VNM", Person = "kiyoshi", Mechanism = "dialogue" }));
        Assert.Equal(1, await store.CountEventsAsync(new EventQuery { Area = "training", Country = "VNM", Person = "kiyoshi", Mechanism = "dialogue" }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CountryPages_InDateOrder_BothWays_AfterADateCorrection(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await EventStores.OpenAsync(db.Db);
        // Stored out of date order, one undated: every page of VNM's events, either way, matches the unpaged order.
        string?[] dates = ["2021-03-01", "2019-07-15", null, "2024-01-10", "2019-07-15", "2022", "2020-12-31", "2023-06-02"];
        for (var i = 0; i < dates.Length; i++)
            await store.IngestAsync(Doc($"c{i}", $"Report number {i} of a meeting."), [Ev(EventType.Meeting, dates[i], ["VNM", i % 2 == 0 ? "JPN" : "IND"])]);
        await store.IngestAsync(Doc("x", "Elsewhere."), [Ev(EventType.Meeting, "2020-01-01", ["FRA", "DEU"])]);

        async Task Check()
        {
            foreach (var descending in new[] { false, true })
                foreach (var (country, partner) in new[] { ("VNM", (string?)null), ("VNM", "JPN") })
                {
                    var all = (await store.QueryEventsAsync(new EventQuery { Country = country, Partner = partner, Descending = descending })).Select(e => e.Id).ToList();
                    var paged = new List<string>();
                    for (var offset = 0; offset < all.Count + 3; offset += 3)
                        paged.AddRange((await store.QueryEventsAsync(new EventQuery { Country = country, Partner = partner, Descending = descending, Limit = 3, Offset = offset })).Select(e => e.Id));
                    Assert.Equal(all, paged);
                    Assert.Equal(partner is null ? dates.Length : 4, all.Count);
                }
        }
        await Check();
        var first = (await store.QueryEventsAsync(new EventQuery { Country = "VNM", Limit = 1 }))[0];
        Assert.Equal("2019-07-15", first.Event.Date?.ToString());
        // A reviewer moves the earliest event to the end: the country rows follow the event's new date.
        var review = await store.ReviewAsync(first.Id, new ReviewRequest(ReviewAction.Set, new ReviewNote("ana", "typo"), "date", "2025-05-05"));
        Assert.Equal(ReviewResult.Done, review.Result);
        Assert.Equal(first.Id, (await store.QueryEventsAsync(new EventQuery { Country = "VNM", Descending = true, Limit = 1 }))[0].Id);
        await Check();
    }

    [Fact]
    public async Task CountryPage_Sqlite_ReadsTheCountryRowsInOrder_WithoutSorting()
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        await using var store = (SqlEventStore)await Seed(db);
        foreach (var descending in new[] { false, true })
        {
            var plan = await store.ExplainEventsAsync(new EventQuery { Country = "VNM", Descending = descending, Limit = 50 });
            Assert.Contains(descending ? "ix_event_countries_order_desc" : "ix_event_countries_order", plan, StringComparison.Ordinal);
            // The one sort left is the page's own (50 rows), outside the subquery that walks the index.
            Assert.Single(plan.Split('\n'), l => l.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
        }
        var pair = await store.ExplainEventsAsync(new EventQuery { Country = "VNM", Partner = "JPN", Limit = 50 });
        Assert.Contains("ix_event_pairs_order", pair, StringComparison.Ordinal);
        var area = await store.ExplainEventsAsync(new EventQuery { Area = "training" });
        Assert.Contains("event_areas", area, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN e", area, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Migration_FillsTheFilterRowsOfAnOlderDatabase(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await (await Seed(db)).DisposeAsync();
        // Back to schema 8: no filter tables, country rows without their sort keys.
        var sql = "DROP TABLE http_validators; DROP TABLE document_revisions; ALTER TABLE documents DROP COLUMN revision; "
            + TestDatabases.UndoFilterIndex(provider) + "; DELETE FROM schema_version WHERE version >= 9";
        await using (System.Data.Common.DbConnection conn = provider == "sqlite" ? new SqliteConnection($"Data Source={db.Db};Pooling=False") : new NpgsqlConnection(db.Db))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            await cmd.ExecuteNonQueryAsync();
        }
        await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenExistingAsync(db.Db));
        await using var store = await EventStores.OpenAsync(db.Db);
        Assert.Equal(Migrations.Latest, await store.SchemaVersionAsync());
        Assert.Equal(["visit", "dialogue"], await Types(store, new EventQuery { Area = "training" }));
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Mechanism = "politique défense" }));
        Assert.Equal(["dialogue"], await Types(store, new EventQuery { Person = "chien hoang" }));
        Assert.Equal(["dialogue"], (await store.QueryEventsAsync(new EventQuery { Country = "VNM", Limit = 10 })).Select(e => EventJson.Name(e.Event.Type)));
        Assert.Equal(["meeting"], (await store.QueryEventsAsync(new EventQuery { Country = "AUS", Partner = "IDN", Limit = 10 })).Select(e => EventJson.Name(e.Event.Type)));
    }
}
