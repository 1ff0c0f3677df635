using Attache.Record;

namespace Attache.Storage.Tests;

public class StoreErrorTests
{
    [Fact]
    public async Task Open_UnreachablePostgres_ClearMessage()
    {
        var e = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync("Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2"));
        Assert.Contains("cannot reach", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_MissingFolder_ClearMessage()
    {
        var e = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync("/nonexistent-folder-attache/x.db"));
        Assert.Contains("cannot open", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_NotADatabase_ClearMessage()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, new string('x', 4096));
        try
        {
            var e = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync(path));
            Assert.Contains("not an Attaché database", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Ingest_LockedSqlite_ClearMessage()
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        await using var store = await EventStores.OpenAsync(db.Db);
        await using (var locker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Db};Pooling=false"))
        {
            await locker.OpenAsync();
            await using var cmd = locker.CreateCommand();
            cmd.CommandText = "PRAGMA busy_timeout = 0; BEGIN EXCLUSIVE";
            await cmd.ExecuteNonQueryAsync();
            var e = await Assert.ThrowsAsync<StoreLockedException>(() => store.IngestAsync(Fixtures.Doc("x", "Invented text."), []));
            Assert.Contains("locked", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Host=localhost;Database=a", true)]
    [InlineData("postgresql://u:p@localhost/a", true)]
    [InlineData("/tmp/attache.db", false)]
    [InlineData("attache.db", false)]
    public void IsPostgres_DetectsConnectionStrings(string db, bool expected) => Assert.Equal(expected, EventStores.IsPostgres(db));

    [PostgresFact]
    public async Task Postgres_IsReachable()
    {
        await using var db = await TestDatabases.CreateAsync("postgres");
        await using var store = await EventStores.OpenAsync(db.Db);
        Assert.Equal(Migrations.Latest, await store.SchemaVersionAsync());
    }
}
