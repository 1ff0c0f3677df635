using Attache.Model;
using Attache.Record;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Attache.Storage.Tests.Fixtures;

namespace Attache.Storage.Tests;

/// <summary>Full-text search, written once and run on every provider: accents, phrases, prefixes, ranking, snippets, filters.</summary>
public class SearchTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string Viet = "Hanoi, 27 février - Le général Hoang Xuân Chiến, vice-ministre de la Défense, a reçu à Hanoi une délégation japonaise.\nLes deux parties ont évoqué la coopération de défense.";
    private const string Title = "Defence talks in Tokyo\nThe two ministers met on Monday and spoke about maritime security and training.";
    private const string Body = "Bangkok, 3 March - A long report about many things.\nAmong them, the defence talks of last year were recalled in passing by officials.";

    private static async Task<IEventStore> Seed(TestDatabase db)
    {
        var store = await EventStores.OpenAsync(db.Db);
        await store.IngestAsync(Doc("vn-1", Viet, lang: "fr"), [Ev(EventType.Meeting, "2024-02-27", ["JPN", "VNM"], [P("Hoang Xuân Chiến", "VNM")], location: new Location("Hanoi", "VNM"))]);
        await store.IngestAsync(Doc("jp-1", Title), [Ev(EventType.Dialogue, "2023-05-02", ["JPN", "PHL"])]);
        await store.IngestAsync(Doc("th-1", Body), [Ev(EventType.Visit, "2018-03-03", ["THA", "USA"])]);
        return store;
    }

    private static async Task<List<string>> Ids(IEventStore store, string q, EventQuery? filter = null) =>
        (await store.SearchAsync(new SearchQuery { Text = q, Filter = filter })).Select(h => h.Document.Id).ToList();

    [Theory, MemberData(nameof(Providers))]
    public async Task Search_FoldsAccentsAndCase(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await Seed(db);
        Assert.Equal(["vn-1"], await Ids(store, "Chien"));
        Assert.Equal(["vn-1"], await Ids(store, "CHIẾN"));
        Assert.Contains("vn-1", await Ids(store, "defense"));
        Assert.Equal(["vn-1"], await Ids(store, "delegation japonaise"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Search_NamesInEitherOrder_PhrasesInTheirOrder(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await Seed(db);
        Assert.Equal(["vn-1"], await Ids(store, "Chien Hoang"));
        Assert.Equal(["vn-1"], await Ids(store, "\"Xuan Chien\""));
        Assert.Empty(await Ids(store, "\"Chien Xuan\""));
        Assert.Equal(["jp-1"], await Ids(store, "\"maritime security\""));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Search_Prefix(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await Seed(db);
        Assert.Equal(["jp-1"], await Ids(store, "marit*"));
        Assert.Equal(["vn-1"], await Ids(store, "\"hoang xu\"*"));
        Assert.Empty(await Ids(store, "marit"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Search_TitleRanksAboveText_SnippetMarksTheWords(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await Seed(db);
        var hits = await store.SearchAsync(new SearchQuery { Text = "defence talks" });
        Assert.Equal(["jp-1", "th-1"], hits.Select(h => h.Document.Id));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal("Defence talks in Tokyo", hits[0].Title);
        var snippet = hits[1].Snippet;
        Assert.Equal(Body[snippet.Start..snippet.End], snippet.Text);
        Assert.Equal(["defence", "talks"], snippet.Highlights.Select(h => snippet.Text[h.Start..h.End]));

        var viet = Assert.Single(await store.SearchAsync(new SearchQuery { Text = "chien" }));
        Assert.Equal("Chiến", viet.Snippet.Text[viet.Snippet.Highlights[0].Start..viet.Snippet.Highlights[0].End]);
        var ev = Assert.Single(viet.Events);
        Assert.Equal(EventType.Meeting, ev.Event.Type);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Search_EventFilters_KeepDocumentsSupportingAMatchingEvent(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await Seed(db);
        Assert.Equal(["jp-1", "th-1"], await Ids(store, "defence"));
        Assert.Equal(["jp-1"], await Ids(store, "defence", new EventQuery { Country = "PHL" }));
        Assert.Equal(["jp-1"], await Ids(store, "defence", new EventQuery { Country = "JPN", Partner = "PHL", Type = "dialogue" }));
        Assert.Equal(["jp-1"], await Ids(store, "defence", new EventQuery { From = "2019" }));
        Assert.Empty(await Ids(store, "defence", new EventQuery { Type = "exercise" }));
        Assert.Empty(await Ids(store, "!!"));
        var paged = await store.SearchAsync(new SearchQuery { Text = "defence", Limit = 1, Offset = 1 });
        Assert.Equal("th-1", Assert.Single(paged).Document.Id);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Migration_BackfillsTheIndexOfAnOlderDatabase(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await (await Seed(db)).DisposeAsync();
        // Back to schema 4: no index, as a database written before search was (nor the filter rows of migration 9).
        var filters = TestDatabases.UndoFilterIndex(provider) + "; ";
        var sql = filters + (provider == "sqlite"
            ? "DROP TABLE event_reviews; DROP TABLE review_corrections; DROP TABLE review_anchors; DROP TABLE review_subjects; DROP TABLE search_fts; DROP TABLE deliveries; DROP TABLE subscriptions; DROP INDEX ix_event_sources_document_event; DROP TABLE http_validators; DROP TABLE document_revisions; ALTER TABLE documents DROP COLUMN revision; DELETE FROM schema_version WHERE version >= 5"
            : "DROP TABLE event_reviews; DROP TABLE review_corrections; DROP TABLE review_anchors; DROP TABLE review_subjects; DROP TABLE search_documents; DROP TABLE deliveries; DROP TABLE subscriptions; DROP INDEX ix_event_sources_document_event; DROP TABLE http_validators; DROP TABLE document_revisions; ALTER TABLE documents DROP COLUMN revision; DELETE FROM schema_version WHERE version >= 5");
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
        Assert.Equal(["vn-1"], await Ids(store, "Chien"));
        Assert.Equal(["jp-1", "th-1"], await Ids(store, "defence talks"));
    }
}
