using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Attache.Storage.Tests;

/// <summary>A child <c>attache ingest</c> killed at random points leaves whole documents only; a rerun completes the batch once.</summary>
public class CrashTests(ITestOutputHelper log)
{
    private const int Documents = 300;

    [Fact]
    [Trait("Category", "Crash")]
    public async Task Ingest_KilledAtRandomPoints_RerunStoresEveryDocumentExactlyOnce()
    {
        var dll = AttacheDll();
        var dir = Path.Combine(Path.GetTempPath(), "attache-crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var (batch, events) = WriteBatch(dir);
            var db = Path.Combine(dir, "crash.db");
            var random = new Random(Environment.TickCount);
            var killedMidway = 0;
            for (var run = 0; run < 6; run++)
            {
                // The first run may die while creating the schema; later ones once the store has grown to a random size,
                // plus a random few milliseconds, so that the kill lands inside some document's transaction. No fixed
                // delays: a slow machine only takes longer.
                var before = CountDocuments(db);
                if (before >= Documents - 1) break; // a fast machine finished the batch between kills: nothing left to cut
                var target = run == 0 ? 0 : random.Next((int)before + 1, Documents);
                var (exited, _, _) = await RunAsync(dll, batch, events, db, killWhen: target, extraDelay: random.Next(0, 40));
                if (!exited) killedMidway++;
                var stored = CountDocuments(db);
                log.WriteLine($"run {run}: kill at {target} documents: {(exited ? "had finished" : "killed")}, {stored} documents stored");
                Assert.InRange(stored, 0, Documents);
                AssertWholeDocuments(db);
            }
            var (done, code, output) = await RunAsync(dll, batch, events, db, killWhen: null, extraDelay: 0);
            Assert.True(done, "the final run did not finish in time");
            Assert.True(code == 0, $"the final run exited with {code}: {output}");
            Assert.Equal(Documents, CountDocuments(db));
            AssertWholeDocuments(db);
            using var conn = Open(db);
            Assert.Equal(Documents, Scalar(conn, "SELECT COUNT(DISTINCT id) FROM documents"));
            Assert.Equal(Documents, Scalar(conn, "SELECT COUNT(DISTINCT content_hash) FROM documents"));
            // Every document reports exactly its two events, once each.
            Assert.Equal(0, Scalar(conn, "SELECT COUNT(*) FROM (SELECT d.id FROM documents d LEFT JOIN event_sources s ON s.document_id = d.id GROUP BY d.id HAVING COUNT(s.event_id) <> 2) x"));
            Assert.Equal(2 * Documents, Scalar(conn, "SELECT COUNT(*) FROM event_sources"));
            Assert.Equal(0, Scalar(conn, "SELECT COUNT(*) FROM events e WHERE e.source_count <> (SELECT COUNT(*) FROM event_sources s WHERE s.event_id = e.id)"));
            // How many runs were cut short varies with the machine's speed; the checks above hold either way.
            log.WriteLine($"{killedMidway} of 6 runs killed before the end");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // a killed child may still hold a handle for a moment; the folder is in the temp directory
            }
        }
    }

    /// <summary>A document stored without its events (or events without their document) would be half a document.</summary>
    private static void AssertWholeDocuments(string db)
    {
        if (!File.Exists(db)) return;
        using var conn = Open(db);
        if (Scalar(conn, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'event_sources'") == 0) return;
        Assert.Equal(0, Scalar(conn, "SELECT COUNT(*) FROM (SELECT d.id FROM documents d LEFT JOIN event_sources s ON s.document_id = d.id GROUP BY d.id HAVING COUNT(s.event_id) <> 2) x"));
        Assert.Equal(0, Scalar(conn, "SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id)"));
        Assert.Equal(0, Scalar(conn, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)"));
    }

    private static long CountDocuments(string db)
    {
        if (!File.Exists(db)) return 0;
        using var conn = Open(db);
        return Scalar(conn, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'") == 0 ? 0 : Scalar(conn, "SELECT COUNT(*) FROM documents");
    }

    private static SqliteConnection Open(string db)
    {
        var conn = new SqliteConnection($"Data Source={db};Pooling=false;Default Timeout=30");
        conn.Open();
        return conn;
    }

    private static long Scalar(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
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

    /// <summary>Runs <c>dotnet attache.dll ingest</c>; when <paramref name="killWhen"/> is given, kills it once the store holds
    /// that many documents (0: as soon as the database file appears) and <paramref name="extraDelay"/> more milliseconds passed.</summary>
    /// <returns>Whether it exited by itself, its exit code, and its output.</returns>
    private static async Task<(bool Exited, int Code, string Output)> RunAsync(string dll, string batch, string events, string db, int? killWhen, int extraDelay)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "ingest", batch, "--events", events, "--db", db }) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Generous: a loaded 2-core machine can be slow to start and to ingest.
        var deadline = Stopwatch.StartNew();
        var limit = TimeSpan.FromMinutes(5);
        if (killWhen is int target)
        {
            while (!process.HasExited && deadline.Elapsed < limit)
            {
                if (File.Exists(db) && (target == 0 || SafeCount(db) >= target)) break;
                await Task.Delay(10);
            }
            await Task.Delay(extraDelay);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return (false, -1, await stdout + await stderr);
            }
        }
        using var timeout = new CancellationTokenSource(limit - deadline.Elapsed);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (false, -1, await stdout + await stderr);
        }
        return (true, process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The document count while another process writes (0 while the schema is not there yet or the file is busy).</summary>
    private static long SafeCount(string db)
    {
        try
        {
            return CountDocuments(db);
        }
        catch (SqliteException)
        {
            return 0;
        }
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
