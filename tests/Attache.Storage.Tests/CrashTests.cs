using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Attache.Storage.Tests;

/// <summary>A child <c>attache ingest</c> killed at random points leaves whole documents only; a rerun completes the batch once.
/// One test, run on every database of <see cref="TestDatabases.Providers"/>.</summary>
public class CrashTests(ITestOutputHelper log)
{
    private const int Documents = 300;
    private const int KilledRuns = 6;
    // Generous: a loaded 2-core machine can be slow to start and to ingest.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    [Trait("Category", "Crash")]
    public async Task Ingest_KilledAtRandomPoints_RerunStoresEveryDocumentExactlyOnce(string provider)
    {
        var dll = AttacheDll();
        var dir = Path.Combine(Path.GetTempPath(), "attache-crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var (batch, events) = WriteBatch(dir);
            // A database of its own (a new PostgreSQL database, dropped at the end), so that runs in parallel do not meet.
            await using var database = await TestDatabases.CreateAsync(provider);
            await using StoreProbe probe = provider == "sqlite" ? new SqliteProbe(database.Db) : new PostgresProbe(database.Db);
            var random = new Random(Environment.TickCount);
            int runs = 0, killedMidway = 0, rolledBack = 0;
            for (var run = 0; run < KilledRuns; run++)
            {
                // The first run may die while creating the schema; later ones once the store has grown to a random size,
                // plus a random few milliseconds, so that the kill lands inside some document's transaction. No fixed
                // delays: a slow machine only takes longer.
                var before = probe.CountDocuments();
                if (before >= Documents - 1) break; // a fast machine finished the batch between kills: nothing left to cut
                var target = run == 0 ? 0 : random.Next((int)before + 1, Documents);
                var result = await RunAsync(dll, batch, events, probe, killWhen: target, extraDelay: random.Next(0, 40));
                runs++;
                if (!result.Exited) killedMidway++;
                if (result.RolledBack == true) rolledBack++;
                var stored = probe.CountDocuments();
                var how = result.Exited ? "had finished" : result.RolledBack switch
                {
                    true => $"killed inside a write transaction (last statement: {result.Statement}), rolled back",
                    false => "killed with no write transaction seen open",
                    null => "killed",
                };
                log.WriteLine($"run {run}: kill at {target} documents: {how}, {stored} documents stored");
                Assert.InRange(stored, 0, Documents);
                AssertWholeDocuments(probe);
            }
            var final = await RunAsync(dll, batch, events, probe, killWhen: null, extraDelay: 0);
            Assert.True(final.Exited, "the final run did not finish in time");
            Assert.True(final.Code == 0, $"the final run exited with {final.Code}: {final.Output}");
            Assert.Equal(Documents, probe.CountDocuments());
            AssertWholeDocuments(probe);
            Assert.Equal(Documents, probe.Scalar("SELECT COUNT(DISTINCT id) FROM documents"));
            Assert.Equal(Documents, probe.Scalar("SELECT COUNT(DISTINCT content_hash) FROM documents"));
            Assert.Equal(2 * Documents, probe.Scalar("SELECT COUNT(*) FROM event_sources"));
            Assert.Equal(0, probe.Scalar("SELECT COUNT(*) FROM events e WHERE e.source_count <> (SELECT COUNT(*) FROM event_sources s WHERE s.event_id = e.id)"));
            // How many runs were cut short, and where, varies with the machine's speed; the checks above hold either way.
            log.WriteLine($"{killedMidway} of {runs} runs killed before the end"
                + (probe.SeesTransactions ? $", {rolledBack} of them inside a write transaction that the server rolled back" : ""));
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // the folder is in the temp directory
            }
        }
    }

    /// <summary>A document stored without its events (or events without their document) would be half a document; the store
    /// version moves in the same transactions as the documents.</summary>
    private static void AssertWholeDocuments(StoreProbe probe)
    {
        if (!probe.TableExists("event_sources")) return;
        // Every document reports exactly its two events, once each.
        Assert.Equal(0, probe.Scalar("SELECT COUNT(*) FROM (SELECT d.id FROM documents d LEFT JOIN event_sources s ON s.document_id = d.id GROUP BY d.id HAVING COUNT(s.event_id) <> 2) x"));
        Assert.Equal(0, probe.Scalar("SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id)"));
        Assert.Equal(0, probe.Scalar("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)"));
        if (probe.TableExists("store_version"))
        {
            // The version moves once per committed transaction, which holds one document or a batch of them.
            var documents = probe.Scalar("SELECT COUNT(*) FROM documents");
            var version = probe.Scalar("SELECT version FROM store_version WHERE id = 1");
            Assert.True(documents == 0 ? version == 0 : version >= 1 && version <= documents, $"store version {version} with {documents} documents");
        }
    }

    /// <summary>The test's view of the store the child writes, on one kind of database.</summary>
    private abstract class StoreProbe : IAsyncDisposable
    {
        /// <summary>The <c>--db</c> value.</summary>
        public abstract string Db { get; }

        /// <summary>Whether the child has reached the store (its first step, before the schema exists).</summary>
        public abstract bool ChildArrived();

        public abstract bool TableExists(string table);

        public abstract long Scalar(string sql);

        public long CountDocuments() => TableExists("documents") ? Scalar("SELECT COUNT(*) FROM documents") : 0;

        /// <summary>The document count while the child writes (0 while the store cannot be read yet).</summary>
        public virtual long SafeCount() => CountDocuments();

        /// <summary>Whether the probe can tell if a kill landed inside a write transaction.</summary>
        public virtual bool SeesTransactions => false;

        /// <summary>Waits, when it can see it, until the child is inside a transaction that has written; returns that transaction.</summary>
        public virtual Task<WriteSeen?> AwaitWriteAsync(Process child, TimeSpan limit) => Task.FromResult<WriteSeen?>(null);

        /// <summary>Once the child is killed: whether <paramref name="write"/> was rolled back, or null when the probe cannot tell.</summary>
        public virtual Task<bool?> AfterKillAsync(WriteSeen? write, TimeSpan limit) => Task.FromResult<bool?>(null);

        public abstract ValueTask DisposeAsync();
    }

    /// <summary>A transaction of the child that has written, and the start of the statement it was at.</summary>
    private sealed record WriteSeen(long Xid, string Statement);

    private sealed class SqliteProbe(string path) : StoreProbe
    {
        public override string Db => path;

        public override bool ChildArrived() => File.Exists(path);

        public override bool TableExists(string table) =>
            File.Exists(path) && Scalar($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'") > 0;

        public override long Scalar(string sql)
        {
            // Not pooled: a kept connection would hold the file between runs.
            using var conn = new SqliteConnection($"Data Source={path};Pooling=false;Default Timeout=30");
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public override long SafeCount()
        {
            try
            {
                return CountDocuments();
            }
            catch (SqliteException)
            {
                return 0; // the file is busy, or not a database yet
            }
        }

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Reads the database on one connection of its own, and watches the child's session in <c>pg_stat_activity</c>.</summary>
    private sealed class PostgresProbe(string db) : StoreProbe
    {
        // Every client session on the test database but the probe's is the child's (it keeps one connection).
        private const string ChildSessions = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'";
        private readonly NpgsqlConnection _connection = new(new NpgsqlConnectionStringBuilder(db) { Pooling = false }.ToString());

        public override string Db => db;

        public override bool ChildArrived() => Scalar("SELECT COUNT(*) " + ChildSessions) > 0;

        public override bool TableExists(string table) => Scalar($"SELECT COUNT(to_regclass('{table}'))") > 0;

        public override long Scalar(string sql) => Convert.ToInt64(Query(sql), CultureInfo.InvariantCulture);

        public override bool SeesTransactions => true;

        /// <summary>Polls for the child's transaction id, which PostgreSQL gives a transaction at its first write (for ingest,
        /// the document's row): a kill then lands mid-document unless the commit wins the race.</summary>
        public override async Task<WriteSeen?> AwaitWriteAsync(Process child, TimeSpan limit)
        {
            var clock = Stopwatch.StartNew();
            while (!child.HasExited && clock.Elapsed < limit)
            {
                if (Query("SELECT MAX(backend_xid::text || ' ' || query) " + ChildSessions) is string seen)
                {
                    var words = seen.Split((char[]?)null, 5, StringSplitOptions.RemoveEmptyEntries);
                    return new WriteSeen(long.Parse(words[0], CultureInfo.InvariantCulture), string.Join(' ', words.Skip(1).Take(3)).TrimEnd(','));
                }
                await Task.Delay(1);
            }
            return null;
        }

        public override async Task<bool?> AfterKillAsync(WriteSeen? write, TimeSpan limit)
        {
            // The server ends the session when it sees the socket closed, rolling back its open transaction. Waiting for that
            // settles the transaction's fate and lets the next run start alone on the database.
            var clock = Stopwatch.StartNew();
            while (Scalar("SELECT COUNT(*) " + ChildSessions) > 0)
            {
                if (clock.Elapsed > limit) throw new TimeoutException("the killed child's session did not end");
                await Task.Delay(5);
            }
            if (write is null) return false;
            // pg_stat_activity gives a 32-bit id; pg_xact_status wants it with its epoch: that of the next id, or the one
            // before when the id is above the next one's low 32 bits (the counter wrapped since).
            var status = Query(
                """
                SELECT pg_xact_status(((((n.next >> 32) - CASE WHEN @xid > (n.next & 4294967295) THEN 1 ELSE 0 END) << 32) | @xid)::text::xid8)
                FROM (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS next) n
                """,
                write.Xid);
            return status switch
            {
                "aborted" => true,
                "committed" => false,
                _ => throw new InvalidOperationException($"transaction {write.Xid} of the killed child is {status ?? "unknown"}"),
            };
        }

        private object? Query(string sql, long? xid = null)
        {
            if (_connection.State != System.Data.ConnectionState.Open) _connection.Open();
            using var cmd = new NpgsqlCommand(sql, _connection);
            if (xid is long x) cmd.Parameters.AddWithValue("xid", x);
            var value = cmd.ExecuteScalar();
            return value is DBNull ? null : value;
        }

        public override ValueTask DisposeAsync() => _connection.DisposeAsync();
    }

    private sealed record RunResult(bool Exited, int Code, string Output, bool? RolledBack = null, string? Statement = null);

    /// <summary>Runs <c>dotnet attache.dll ingest</c>; when <paramref name="killWhen"/> is given, kills it once the store holds
    /// that many documents (0: as soon as the child reaches the store) and <paramref name="extraDelay"/> more milliseconds
    /// passed, and, where the probe can see it, the child is inside a write transaction.</summary>
    private static async Task<RunResult> RunAsync(string dll, string batch, string events, StoreProbe probe, int? killWhen, int extraDelay)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "ingest", batch, "--events", events, "--db", probe.Db }) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        TimeSpan Left() => Limit - deadline.Elapsed > TimeSpan.Zero ? Limit - deadline.Elapsed : TimeSpan.Zero;
        if (killWhen is int target)
        {
            while (!process.HasExited && deadline.Elapsed < Limit)
            {
                if (probe.ChildArrived() && (target == 0 || probe.SafeCount() >= target)) break;
                await Task.Delay(10);
            }
            await Task.Delay(extraDelay);
            var write = await probe.AwaitWriteAsync(process, Left());
            if (!process.HasExited)
            {
                // The process alone: `dotnet attache.dll` starts no children, and killing the tree first walks every process
                // of the machine, tens of milliseconds in which the transaction just seen commits.
                process.Kill();
                await process.WaitForExitAsync();
                var rolledBack = await probe.AfterKillAsync(write, Limit);
                return new RunResult(false, -1, await stdout + await stderr, rolledBack, write?.Statement);
            }
        }
        using var timeout = new CancellationTokenSource(Left());
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new RunResult(false, -1, await stdout + await stderr);
        }
        return new RunResult(true, process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Invented documents (JSON Lines) and their events (as <c>--events</c> takes them): two events each, people and
    /// occasions shared across documents so that reports merge.</summary>
    private static (string Batch, string Events) WriteBatch(string dir)
    {
        var batch = new StringBuilder();
        var events = new StringBuilder();
        string[] partners = ["JPN", "FRA", "IND", "AUS", "KOR"];
        for (var i = 0; i < Documents; i++)
        {
            var partner = partners[i % partners.Length];
            batch.Append(JsonSerializer.Serialize(new { id = $"crash-{i}", text = $"Invented dispatch number {i}: officials of Vietnam and {partner} met.", url = $"https://example.org/crash/{i}", lang = "en" })).Append('\n');
            var countries = new[] { "VNM", partner }.Order(StringComparer.Ordinal).ToArray();
            object Ev(string type, string date, string person) => new
            {
                type,
                status = "reported",
                date,
                location = new { city = "Hanoi", country = "VNM" },
                countries,
                participants = new[] { new { name = person, country = "VNM", title = "Deputy Defence Minister" } },
                areas = Array.Empty<string>(),
                evidence = new[] { new[] { 0, 10 } },
            };
            var day = 1 + (i / 10 % 28);
            events.Append(JsonSerializer.Serialize(new
            {
                id = $"crash-{i}",
                events = new[] { Ev("meeting", $"2023-05-{day:D2}", $"Nguyen Van Person{i % 7}"), Ev("visit", $"2022-{1 + (i % 12):D2}-{day:D2}", $"Tran Duc Other{i % 5}") },
            })).Append('\n');
        }
        var batchPath = Path.Combine(dir, "batch.jsonl");
        var eventsPath = Path.Combine(dir, "events.jsonl");
        File.WriteAllText(batchPath, batch.ToString());
        File.WriteAllText(eventsPath, events.ToString());
        return (batchPath, eventsPath);
    }

    /// <summary>The attache.dll built next to this test assembly's configuration (src/Attache.Cli/bin/CONFIG/net10.0).</summary>
    internal static string AttacheDll()
    {
        var testDir = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testDir.Name;
        var configuration = testDir.Parent!.Name;
        for (var dir = testDir; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Attache.Cli", "bin", configuration, framework, "attache.dll");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"attache.dll not found: build src/Attache.Cli ({configuration}) first");
    }
}
