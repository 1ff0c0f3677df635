using System.Diagnostics;
using System.Text.Json;
using Attache.Bench.Workers;
using Attache.Storage.Tests;
using Npgsql;

namespace Attache.Queue.Tests;

/// <summary>Worker processes over one queue, one of them killed (SIGKILL) at random moments and restarted.</summary>
public class KillTests
{
    private const int Documents = 600;
    private const int Workers = 3;
    private const int Kills = 5;

    [PostgresFact]
    public async Task WorkersKilledAndRestarted_EveryDocumentOnce_SameEventsAndSourcesAsOneIngest()
    {
        var dir = Directory.CreateTempSubdirectory("attache-kill-");
        var input = Path.Combine(dir.FullName, "docs.jsonl");
        Dispatches.Write(input, Dispatches.Make(Documents));
        await using var queued = await TestDatabases.CreateAsync("postgres");
        await using var plain = await TestDatabases.CreateAsync("postgres");
        var workers = new List<Process>();
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        try
        {
            Assert.Equal(0, (await Attache.RunAsync("init", "--db", queued.Db)).Code);
            var enqueue = await Attache.RunAsync("ingest", input, "--db", queued.Db, "--queue", "--batch", "4");
            Assert.Equal($"queued: {Documents} documents in {Documents / 4} jobs; 0 failed", enqueue.Out.Trim());
            Process StartWorker()
            {
                // A killed worker's job is handed out again 10 s after its last heartbeat, not after minutes.
                var p = Attache.Start("worker", "--db", queued.Db, "--invisibility-seconds", "10");
                p.OutputDataReceived += (_, e) => { if (e.Data is { } line) log.Enqueue(line); };
                p.ErrorDataReceived += (_, e) => { if (e.Data is { } line) log.Enqueue("err: " + line); };
                p.BeginOutputReadLine();
                p.BeginErrorReadLine();
                return p;
            }
            for (var i = 0; i < Workers; i++) workers.Add(StartWorker());
            var random = new Random();
            var jobs = IngestJobs.Open(queued.Db);
            var killed = 0;
            var killedWhileRunning = 0;
            for (var k = 0; k < Kills; k++)
            {
                await Task.Delay(random.Next(700, 2500));
                var victim = random.Next(workers.Count);
                if (jobs.Counts().Running > 0) killedWhileRunning++;
                workers[victim].Kill(); // SIGKILL: no shutdown, open transactions and fetched jobs left as they are
                await workers[victim].WaitForExitAsync();
                workers[victim].Dispose();
                killed++;
                workers[victim] = StartWorker();
            }
            var clock = Stopwatch.StartNew();
            while (jobs.Counts() is var c && (c.Pending > 0 || c.Running > 0 || c.Done < Documents / 4))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"queue not drained: {c}\n{string.Join('\n', log.TakeLast(20))}");
                await Task.Delay(250);
            }
            Assert.Equal(Kills, killed);
            Assert.True(killedWhileRunning > 0, "at least one worker was killed while jobs ran");
            Assert.Equal(0, jobs.Counts().Failed);
            // A killed worker's job is handed out again, not failed and retried.
            Assert.Equal("", await WorkerTests.FailedAttemptsAsync(queued.Db));

            var single = await Attache.RunAsync("ingest", input, "--db", plain.Db);
            Assert.Equal(0, single.Code);
            // Every document once, every report once (the table's key is document and index: a second copy would be a
            // second document id or a failure), the same number of events and of sources per event.
            Assert.Equal(await ScalarAsync(plain.Db, "SELECT COUNT(*) FROM documents"), await ScalarAsync(queued.Db, "SELECT COUNT(*) FROM documents"));
            Assert.Equal(Documents, await ScalarAsync(queued.Db, "SELECT COUNT(*) FROM documents"));
            Assert.Equal(await ScalarAsync(plain.Db, "SELECT COUNT(*) FROM event_sources"), await ScalarAsync(queued.Db, "SELECT COUNT(*) FROM event_sources"));
            Assert.Equal(await ScalarAsync(plain.Db, "SELECT COUNT(*) FROM events"), await ScalarAsync(queued.Db, "SELECT COUNT(*) FROM events"));
            // The events themselves, with their sources, as 'attache export' writes them (sorted: the order of events of
            // one day follows the order of storing, which workers change): no event duplicated, none lost, no source lost.
            var want = await ExportAsync(plain.Db);
            var got = await ExportAsync(queued.Db);
            Assert.Equal(want.Count, got.Count);
            var missing = want.Except(got).ToList();
            var extra = got.Except(want).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{missing.Count} events differ; single ingest:\n{string.Join('\n', missing.Take(3))}\nworkers:\n{string.Join('\n', extra.Take(3))}");
        }
        finally
        {
            foreach (var w in workers)
            {
                if (!w.HasExited) w.Kill();
                await w.WaitForExitAsync();
                w.Dispose();
            }
            dir.Delete(recursive: true);
        }
    }

    private static async Task<long> ScalarAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Each exported event as one line without its id and participants' titles, its participants and sources sorted, the lines sorted.</summary>
    private static async Task<List<string>> ExportAsync(string db)
    {
        var export = await Attache.RunAsync("export", "--db", db, "--format", "jsonl");
        Assert.Equal(0, export.Code);
        var lines = new List<string>();
        foreach (var line in export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
            // Which of an occasion's reports was stored first is what concurrent workers change, and two values follow
            // from it: the event's id (a hash of the report that created it; the event is named by its sources here)
            // and the participants' titles and order (the consensus keeps the first stored report's wording and order).
            node.Remove("id");
            foreach (var participant in node["participants"]?.AsArray() ?? [])
                participant!.AsObject().Remove("title");
            if (node["participants"] is System.Text.Json.Nodes.JsonArray people)
                node["participants"] = new System.Text.Json.Nodes.JsonArray([.. people.Select(p => p!.ToJsonString()).Order(StringComparer.Ordinal).Select(p => System.Text.Json.Nodes.JsonNode.Parse(p))]);
            if (node["sources"] is System.Text.Json.Nodes.JsonArray sources)
                node["sources"] = new System.Text.Json.Nodes.JsonArray([.. sources.Select(s => s!.ToJsonString()).Order(StringComparer.Ordinal).Select(s => System.Text.Json.Nodes.JsonNode.Parse(s))]);
            lines.Add(node.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        }
        return [.. lines.Order(StringComparer.Ordinal)];
    }
}
