using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Attache.Storage.Tests;

/// <summary>Database problems through the built <c>attache</c>: one line on standard error, exit code 3, no stack trace.</summary>
public class CliErrorTests
{
    private const int DatabaseError = 3;

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var r = await AttacheProcess.RunAsync(args);
        return (r.Code, r.Out, r.Err);
    }

    private static void AssertOneClearLine(string err, string expected)
    {
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line, got: {err}");
        Assert.StartsWith("attache: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", err.Replace(" at Attache", "", StringComparison.Ordinal).Replace("attache: ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("timeline")]
    [InlineData("export")]
    [InlineData("ingest")]
    public async Task UnreachablePostgres_OneLine_Exit3(string command)
    {
        var db = "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2";
        string[] args = command switch
        {
            "timeline" => ["timeline", "VNM", "JPN", "--db", db],
            "ingest" => ["ingest", Samples(), "--db", db],
            _ => [command, "--db", db],
        };
        var (code, _, err) = await RunAsync(args);
        Assert.Equal(DatabaseError, code);
        AssertOneClearLine(err, "cannot reach");
    }

    [Fact]
    public async Task InvalidPostgresUrl_OneLine_Exit3()
    {
        var (code, _, err) = await RunAsync("events", "--db", "postgresql://u:p@[bad/db");
        Assert.Equal(DatabaseError, code);
        AssertOneClearLine(err, "invalid PostgreSQL");
    }

    [Fact]
    public async Task LockedSqlite_OneLine_Exit3()
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        await (await EventStores.OpenAsync(db.Db)).DisposeAsync();
        var input = Path.Combine(Path.GetDirectoryName(db.Db)!, "in.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\":\"locked-1\",\"text\":\"Invented text about nothing.\"}\n");
        await using var locker = new SqliteConnection($"Data Source={db.Db};Pooling=false");
        await locker.OpenAsync();
        await using (var cmd = locker.CreateCommand())
        {
            cmd.CommandText = "BEGIN EXCLUSIVE";
            await cmd.ExecuteNonQueryAsync();
        }
        var (code, output, err) = await RunAsync("ingest", input, "--db", db.Db, "--lock-wait", "0");
        Assert.Equal(DatabaseError, code);
        AssertOneClearLine(err, "locked");
        // The summary says what was stored, also when the run stops.
        Assert.Contains("stopped: documents: 0 new, 0 unchanged, 0 failed", output, StringComparison.Ordinal);
    }

    /// <summary>A lock held for longer than SQLite's own wait: ingest says it waits, then stores everything.</summary>
    [Fact]
    public async Task LockedSqlite_IngestWaitsForTheLock_ThenStores()
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        await (await EventStores.OpenAsync(db.Db)).DisposeAsync();
        var input = Path.Combine(Path.GetDirectoryName(db.Db)!, "in.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\":\"wait-1\",\"text\":\"Invented text about nothing.\"}\n");
        var locker = new SqliteConnection($"Data Source={db.Db};Pooling=false");
        await locker.OpenAsync();
        await using (var cmd = locker.CreateCommand())
        {
            cmd.CommandText = "BEGIN EXCLUSIVE";
            await cmd.ExecuteNonQueryAsync();
        }
        var run = RunAsync("ingest", input, "--db", db.Db);
        // Past SQLite's own five seconds after the child has started and reached its first write (which takes a few
        // seconds more on a loaded machine), then let go.
        await Task.Delay(TimeSpan.FromSeconds(15));
        await locker.DisposeAsync();
        var (code, output, err) = await run;
        Assert.True(code == 0, err);
        Assert.Contains("is being written by another process (another ingest?); waiting for it", err, StringComparison.Ordinal);
        Assert.Contains("documents: 1 new", output, StringComparison.Ordinal);
    }

    /// <summary>Two ingests on one SQLite file take turns: both finish with their summary, and every document is stored once.</summary>
    [Fact]
    public async Task TwoIngests_OneSqliteFile_BothFinish()
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        var dir = Path.GetDirectoryName(db.Db)!;
        var sample = await File.ReadAllTextAsync(Directory.GetFiles(Samples(), "*.txt").Order(StringComparer.Ordinal).First());
        var inputs = new[] { "a", "b" }.Select(name =>
        {
            var path = Path.Combine(dir, name + ".jsonl");
            File.WriteAllLines(path, Enumerable.Range(0, 150).Select(i => System.Text.Json.JsonSerializer.Serialize(new { id = $"{name}{i}", text = sample + $"\nNote {name}{i}." })));
            return path;
        }).ToArray();
        var runs = await Task.WhenAll(inputs.Select(input => RunAsync("ingest", input, "--db", db.Db)));
        foreach (var (code, output, err) in runs)
        {
            Assert.True(code == 0, err);
            Assert.Contains("documents: 150 new, 0 unchanged, 0 failed", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        }
        await using var store = await EventStores.OpenExistingAsync(db.Db);
        Assert.Equal(300, (await store.CountAsync()).Documents);
    }

    [Fact]
    public async Task MissingSqliteFolder_OneLine_Exit3()
    {
        var (code, _, err) = await RunAsync("events", "--db", "/nonexistent-attache-folder/x.db");
        Assert.Equal(DatabaseError, code);
        AssertOneClearLine(err, "does not exist");
        (code, _, err) = await RunAsync("ingest", Samples(), "--db", "/nonexistent-attache-folder/x.db");
        Assert.Equal(DatabaseError, code);
        AssertOneClearLine(err, "cannot open");
    }

    /// <summary>A mistyped --db on a read command: one clear line, exit 3, and no database left behind.</summary>
    [Theory]
    [InlineData("events")]
    [InlineData("timeline", "VNM", "JPN")]
    [InlineData("mechanisms")]
    [InlineData("people")]
    [InlineData("sources", "some-event")]
    [InlineData("export")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    public async Task ReadCommand_MissingDatabase_Exit3_NothingCreated(params string[] command)
    {
        var dir = Directory.CreateTempSubdirectory("attache-mistyped-");
        try
        {
            var db = Path.Combine(dir.FullName, "atache.db");
            var (code, _, err) = await RunAsync([.. command, "--db", db]);
            Assert.Equal(DatabaseError, code);
            AssertOneClearLine(err, $"SQLite database {db} does not exist: check the path; 'attache ingest' or 'attache init' creates one.");
            Assert.Empty(dir.GetFileSystemInfos());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>A SQLite file of another program: every command refuses it (exit 3) and leaves its bytes as they were.</summary>
    [Theory]
    [InlineData("events")]
    [InlineData("timeline", "VNM", "JPN")]
    [InlineData("people")]
    [InlineData("export")]
    [InlineData("ingest", "SAMPLES")]
    [InlineData("init")]
    public async Task ForeignSqlite_Exit3_Untouched(params string[] command)
    {
        await using var database = await TestDatabases.CreateAsync("sqlite");
        await using (var connection = new SqliteConnection($"Data Source={database.Db};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('kept')";
            await create.ExecuteNonQueryAsync();
        }
        var before = await File.ReadAllBytesAsync(database.Db);
        var args = command.Select(a => a == "SAMPLES" ? Samples() : a).ToArray();
        var (code, _, err) = await RunAsync([.. args, "--db", database.Db]);
        Assert.Equal(DatabaseError, code);
        AssertOneClearLine(err, "is not an Attaché database (it holds other tables: notes)");
        Assert.Equal(before, await File.ReadAllBytesAsync(database.Db));
        Assert.Equal(["test.db"], Directory.GetFiles(Path.GetDirectoryName(database.Db)!).Select(Path.GetFileName));
    }

    /// <summary><c>init</c> creates the record that read commands then open; they do not create it themselves.</summary>
    [Fact]
    public async Task Init_CreatesTheDatabase_ReadCommandsThenOpenIt()
    {
        await using var database = await TestDatabases.CreateAsync("sqlite");
        var (code, output, _) = await RunAsync("init", "--db", database.Db);
        Assert.Equal(0, code);
        Assert.Contains("ready (schema version", output, StringComparison.Ordinal);
        Assert.Contains("0 documents, 0 events", output, StringComparison.Ordinal);
        var (events, list, err) = await RunAsync("events", "--db", database.Db);
        Assert.True(events == 0, err);
        Assert.Contains("0 events", list, StringComparison.Ordinal);
    }

    internal static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Attache.slnx"))) return Path.Combine(dir.FullName, "samples");
        throw new InvalidOperationException("repository root not found");
    }

    [PostgresFact]
    public async Task PostgresWrongPassword_OneLine_Exit3()
    {
        var db = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Password = "wrong-password" }.ToString();
        var (code, _, err) = await RunAsync("events", "--db", db);
        Assert.Equal(DatabaseError, code);
        AssertOneClearLine(err, "authentication failed");
    }

    [PostgresFact]
    public async Task PostgresMissingDatabase_OneLine_Exit3()
    {
        var db = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Database = "attache_no_such_db_" + Guid.NewGuid().ToString("N")[..8] }.ToString();
        var (code, _, err) = await RunAsync("events", "--db", db);
        Assert.Equal(DatabaseError, code);
        AssertOneClearLine(err, "does not exist");
    }
}
