using Attache.Bench.Workers;
using Attache.Storage.Tests;
using Hangfire;
using Hangfire.States;

namespace Attache.Queue.Tests;

/// <summary><c>ingest --queue</c>, <c>worker</c> and <c>queue</c> on a real PostgreSQL.</summary>
public class WorkerTests
{
    private static readonly string Samples = Path.Combine(Attache.Root(), "samples");
    private static readonly string Demo = Path.Combine(Attache.Root(), "demo");

    /// <summary>Runs an in-process worker until every job of the queue is done.</summary>
    internal static async Task DrainAsync(string db, int workers, long jobs)
    {
        var queue = IngestJobs.Open(db);
        using var stop = new CancellationTokenSource();
        var log = new StringWriter();
        var worker = IngestWorker.RunAsync(queue, db, workers, log, stop.Token);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (queue.Counts() is var c && (c.Pending > 0 || c.Running > 0 || c.Done < jobs))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"queue not drained: {c}; log: {log}");
            await Task.Delay(100);
        }
        await stop.CancelAsync();
        await worker;
        Assert.Equal("", await FailedAttemptsAsync(db));
    }

    /// <summary>Why jobs failed an attempt (each then retried), one line each: none is expected.</summary>
    internal static async Task<string> FailedAttemptsAsync(string db)
    {
        await using var connection = new Npgsql.NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT COALESCE(string_agg(jobid || ': ' || COALESCE(data::text, reason, ''), E'\\n'), '') FROM {IngestJobs.SchemaName}.state WHERE name = 'Failed'", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [PostgresTheory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task QueuedAndDrained_SameRecordAsOneIngest(int workers)
    {
        await using var queued = await TestDatabases.CreateAsync("postgres");
        await using var plain = await TestDatabases.CreateAsync("postgres");
        Assert.Equal(0, (await Attache.RunAsync("init", "--db", queued.Db)).Code);
        var enqueue = await Attache.RunAsync("ingest", Samples, Demo, "--db", queued.Db, "--queue", "--batch", "3");
        Assert.Equal(0, enqueue.Code);
        Assert.Equal("queued: 18 documents in 6 jobs; 0 failed", enqueue.Out.Trim());
        await DrainAsync(queued.Db, workers, 6);

        var single = await Attache.RunAsync("ingest", Samples, Demo, "--db", plain.Db);
        Assert.Equal(0, single.Code);
        Assert.Contains("documents: 18 new", single.Out, StringComparison.Ordinal);
        // The whole record as 'attache export' writes it (events with their fields and sources), and the people.
        foreach (var what in new[] { new[] { "export", "--format", "jsonl" }, ["people", "--json"], ["events"] })
        {
            var want = await Attache.RunAsync([.. what, "--db", plain.Db]);
            var got = await Attache.RunAsync([.. what, "--db", queued.Db]);
            Assert.Equal(0, want.Code);
            Assert.Equal(0, got.Code);
            Assert.True(want.Out.Length > 1000, $"{what[0]} holds the record");
            Assert.Equal(want.Out, got.Out);
        }
        Assert.Contains("24 events", (await Attache.RunAsync("events", "--db", queued.Db)).Out, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task QueueJson_CountsPendingRunningFailedDone()
    {
        await using var db = await TestDatabases.CreateAsync("postgres");
        Assert.Equal(0, (await Attache.RunAsync("init", "--db", db.Db)).Code);
        var enqueue = await Attache.RunAsync("ingest", Samples, "--db", db.Db, "--queue", "--batch", "1");
        Assert.Equal("queued: 2 documents in 2 jobs; 0 failed", enqueue.Out.Trim());
        var before = await Attache.RunAsync("queue", "--db", db.Db, "--json");
        Assert.Equal(0, before.Code);
        Assert.Equal("{\"pending\": 2, \"running\": 0, \"failed\": 0, \"done\": 0}", before.Out.Trim());
        await DrainAsync(db.Db, 1, 2);
        // A dead letter: a job that failed every attempt (put in that state directly, without the retry filter that would
        // schedule it again; a real one takes ten retries over hours).
        new BackgroundJobClient(IngestJobs.Open(db.Db).Storage, new Hangfire.Common.JobFilterCollection()).Create<IngestJob>(j => j.RunAsync(Array.Empty<QueuedDocument>(), CancellationToken.None),
            new FailedState(new InvalidOperationException("test")));
        var after = await Attache.RunAsync("queue", "--db", db.Db, "--json");
        Assert.Equal("{\"pending\": 0, \"running\": 0, \"failed\": 1, \"done\": 2}", after.Out.Trim());
        Assert.Equal("pending 0, running 0, failed 1, done 2", (await Attache.RunAsync("queue", "--db", db.Db)).Out.Trim());
    }

    [PostgresFact]
    public async Task Sigterm_StopsTheWorkerGracefully_ItsJobIsDoneByTheNext()
    {
        var dir = Directory.CreateTempSubdirectory("attache-term-");
        await using var db = await TestDatabases.CreateAsync("postgres");
        try
        {
            var input = Path.Combine(dir.FullName, "docs.jsonl");
            Dispatches.Write(input, Dispatches.Make(400));
            Assert.Equal(0, (await Attache.RunAsync("init", "--db", db.Db)).Code);
            Assert.Equal("queued: 400 documents in 8 jobs; 0 failed", (await Attache.RunAsync("ingest", input, "--db", db.Db, "--queue", "--batch", "50")).Out.Trim());
            using var worker = Attache.Start("worker", "--db", db.Db);
            var stdout = worker.StandardOutput.ReadToEndAsync();
            var stderr = worker.StandardError.ReadToEndAsync();
            var jobs = IngestJobs.Open(db.Db);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (jobs.Counts().Done < 1)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "the worker did not start working");
                await Task.Delay(50);
            }
            using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
            await worker.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, worker.ExitCode);
            Assert.EndsWith("attache worker: stopped", (await stdout).Trim(), StringComparison.Ordinal);
            Assert.Equal("", await stderr);
            Assert.True(jobs.Counts().Done < 8, "stopped before the queue was empty");
            // Whatever the stopped worker left (a job cancelled between two documents) is done by the next worker.
            await DrainAsync(db.Db, 1, 8);
            await using var store = await Storage.EventStores.OpenExistingAsync(db.Db);
            Assert.Equal(400, (await store.CountAsync()).Documents);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task UnreachableServer_OneClearLine_DatabaseExit()
    {
        // Port 1: nothing listens there, so the connection is refused at once.
        const string db = "Host=127.0.0.1;Port=1;Username=attache;Password=attache;Database=attache";
        foreach (var args in new[] { new[] { "queue", "--db", db, "--json" }, ["ingest", Samples, "--db", db, "--queue"] })
        {
            var result = await Attache.RunAsync(args);
            Assert.Equal(3, result.Code);
            var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal("attache: cannot reach PostgreSQL database attache on 127.0.0.1:1: is the server running?", line);
        }
    }

    [Fact]
    public async Task SqliteWithQueue_OneClearLine_UsageExit_NothingCreated()
    {
        var dir = Directory.CreateTempSubdirectory("attache-queue-");
        try
        {
            var file = Path.Combine(dir.FullName, "record.db");
            foreach (var args in new[] { new[] { "ingest", Samples, "--db", file, "--queue" }, ["worker", "--db", file], ["queue", "--db", file, "--json"] })
            {
                var result = await Attache.RunAsync(args);
                Assert.Equal(2, result.Code);
                Assert.Equal("", result.Out);
                var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.StartsWith("attache: the queue needs PostgreSQL", line, StringComparison.Ordinal);
                Assert.False(File.Exists(file), "no SQLite file was created");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
