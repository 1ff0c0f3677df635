using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Attache.Storage.Tests;

/// <summary>Only stores that write create or migrate a database; a database of another program is never taken over.</summary>
public class ForeignDatabaseTests
{
    private static async Task<DbConnection> ConnectAsync(string provider, string db)
    {
        DbConnection connection = provider == "sqlite" ? new SqliteConnection($"Data Source={db};Pooling=false") : new NpgsqlConnection(db);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> TablesAsync(string provider, string db)
    {
        await using var connection = await ConnectAsync(provider, db);
        await using var command = connection.CreateCommand();
        command.CommandText = provider == "sqlite" ? "SELECT name FROM sqlite_master WHERE type = 'table'" : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ForeignDatabase_IsRefused_ByReadersAndWriters_AndLeftAsItWas(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using (var connection = await ConnectAsync(provider, db.Db))
        {
            await ExecuteAsync(connection, "CREATE TABLE notes (body TEXT)");
            await ExecuteAsync(connection, "INSERT INTO notes (body) VALUES ('kept')");
        }
        var hash = provider == "sqlite" ? SHA256.HashData(await File.ReadAllBytesAsync(db.Db)) : null;
        var read = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenExistingAsync(db.Db));
        Assert.Contains("is not an Attaché database", read.Message, StringComparison.Ordinal);
        Assert.Contains("notes", read.Message, StringComparison.Ordinal);
        var write = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync(db.Db));
        Assert.Contains("is not an Attaché database", write.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(["notes"], await TablesAsync(provider, db.Db));
        if (hash is not null) Assert.Equal(hash, SHA256.HashData(await File.ReadAllBytesAsync(db.Db)));
    }

    [Fact]
    public async Task OpenExisting_MissingFile_ClearMessage_NoFileCreated()
    {
        var dir = Directory.CreateTempSubdirectory("attache-missing-");
        try
        {
            var path = Path.Combine(dir.FullName, "mistyped.db");
            var e = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenExistingAsync(path));
            Assert.Contains($"SQLite database {path} does not exist: check the path", e.Message, StringComparison.Ordinal);
            Assert.Contains("attache init", e.Message, StringComparison.Ordinal);
            Assert.Empty(dir.GetFileSystemInfos());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OpenExisting_EmptyDatabase_IsRefused_AndNotCreated(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        if (provider == "sqlite") await File.WriteAllBytesAsync(db.Db, []);
        var e = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenExistingAsync(db.Db));
        Assert.Contains("is empty, not yet an Attaché database", e.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Empty(await TablesAsync(provider, db.Db));
        if (provider == "sqlite") Assert.Equal(0, new FileInfo(db.Db).Length);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OpenExisting_OlderSchema_IsNotMigrated_ButOpenUpgrades(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await (await EventStores.OpenAsync(db.Db)).DisposeAsync();
        await using (var connection = await ConnectAsync(provider, db.Db))
        {
            // Back to version 2 as an older Attaché left it (migration 9 undone first).
            await ExecuteAsync(connection, TestDatabases.UndoFilterIndex(provider));
            await ExecuteAsync(connection, "DROP TABLE store_version");
            await ExecuteAsync(connection, "DROP INDEX ix_events_order");
            await ExecuteAsync(connection, "DROP INDEX ix_events_order_desc");
            await ExecuteAsync(connection, "DROP INDEX ix_events_id_order");
            await ExecuteAsync(connection, "DROP TABLE feed_items");
            // Migrations 5 and 6 (search, subscriptions) came later still.
            await ExecuteAsync(connection, provider == "sqlite" ? "DROP TABLE search_fts" : "DROP TABLE search_documents");
            await ExecuteAsync(connection, "DROP INDEX ix_event_sources_document_event");
            // And migration 7 (reviews).
            await ExecuteAsync(connection, "DROP TABLE event_reviews; DROP TABLE review_corrections; DROP TABLE review_anchors; DROP TABLE review_subjects");
            await ExecuteAsync(connection, "DROP TABLE deliveries");
            await ExecuteAsync(connection, "DROP TABLE subscriptions");
            // And migration 8 (validators, revisions).
            await ExecuteAsync(connection, "DROP TABLE http_validators; DROP TABLE document_revisions; ALTER TABLE documents DROP COLUMN revision");
            await ExecuteAsync(connection, "DELETE FROM schema_version WHERE version >= 3");
        }
        var e = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenExistingAsync(db.Db));
        Assert.Contains("older than this Attaché's", e.Message, StringComparison.Ordinal);
        Assert.Contains("attache init", e.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.DoesNotContain("store_version", await TablesAsync(provider, db.Db));
        await using var upgraded = await EventStores.OpenAsync(db.Db);
        Assert.Equal(Migrations.Latest, await upgraded.SchemaVersionAsync());
    }

    /// <summary>A database of migration 9 with documents in it migrates to 10: its documents are revision 1, and can be revised.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Open_Version9WithDocuments_MigratesTo10_DocumentsRevisable(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var (doc, events) = Fixtures.SixthDialogue()[0];
        await using (var store = await EventStores.OpenAsync(db.Db)) await store.IngestAsync(doc, events);
        await using (var connection = await ConnectAsync(provider, db.Db))
        {
            await ExecuteAsync(connection, "DROP TABLE http_validators; DROP TABLE document_revisions; ALTER TABLE documents DROP COLUMN revision");
            await ExecuteAsync(connection, "DELETE FROM schema_version WHERE version >= 10");
        }
        SqliteConnection.ClearAllPools();
        await using var upgraded = await EventStores.OpenAsync(db.Db);
        Assert.Equal(10, await upgraded.SchemaVersionAsync());
        var revised = await upgraded.IngestAsync(Fixtures.Doc(doc.Id, doc.Text + " Mise à jour.", doc.Url, "fr"), events);
        Assert.Equal(2, revised.Revision);
        Assert.EndsWith("Mise à jour.", (await upgraded.GetDocumentAsync(doc.Id))!.Text, StringComparison.Ordinal);
    }
}
