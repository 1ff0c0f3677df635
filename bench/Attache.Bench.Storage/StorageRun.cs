using System.Diagnostics;
using System.Globalization;
using Attache.Record;
using Attache.Storage;
using Npgsql;

namespace Attache.Bench.Storage;

/// <summary>Runs the measurements and prints one line per figure.</summary>
internal static class StorageRun
{
    private const string PostgresVariable = "ATTACHE_TEST_POSTGRES";

    public static async Task<int> RunAsync(Options options, TextWriter output)
    {
        var dir = options.Keep ?? Path.Combine(Path.GetTempPath(), "attache-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var postgres = options.SqliteOnly ? null : Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;
        try
        {
            if (options.Ingest)
            {
                // One transaction per document (IngestAsync alone), then batches as attache ingest opens them.
                int[] batches = options.Batch is int b ? [b] : [0, EventStores.IngestBatchDocuments];
                foreach (var batch in batches)
                    await IngestAsync("SQLite", Path.Combine(dir, $"ingest-{batch}.db"), options.Documents, batch, output).ConfigureAwait(false);
                if (postgres is not null)
                {
                    foreach (var batch in batches)
                    {
                        var (db, drop) = await CreatePostgresAsync(postgres).ConfigureAwait(false);
                        try
                        {
                            await IngestAsync("PostgreSQL", db, options.Documents, batch, output).ConfigureAwait(false);
                        }
                        finally
                        {
                            await drop().ConfigureAwait(false);
                        }
                    }
                }
                else if (!options.SqliteOnly)
                {
                    output.WriteLine($"PostgreSQL: skipped (set {PostgresVariable} to a connection string; scripts/start-postgres.sh prints one)");
                }
            }
            if (options.Timeline)
            {
                await TimelineAsync("SQLite", Path.Combine(dir, "timeline.db"), options.Events, BulkStore.LoadSqliteAsync, output).ConfigureAwait(false);
                if (postgres is not null)
                {
                    var (db, drop) = await CreatePostgresAsync(postgres).ConfigureAwait(false);
                    try
                    {
                        await TimelineAsync("PostgreSQL", db, options.Events, BulkStore.LoadPostgresAsync, output).ConfigureAwait(false);
                    }
                    finally
                    {
                        await drop().ConfigureAwait(false);
                    }
                }
            }
            return 0;
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"bench: {e.Message}");
            return 2;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (options.Keep is null) Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Ingests <paramref name="count"/> synthetic documents (two events each) one by one, with the calls of <c>attache ingest</c>:
    /// one transaction per document when <paramref name="batch"/> is 0, else batches of that many (250 ms at most).</summary>
    private static async Task IngestAsync(string label, string db, int count, int batch, TextWriter output)
    {
        var docs = new Synthetic().Documents(count).ToList();
        var warmup = new Synthetic(7).Documents(50, "warm").ToList();
        await using var store = await EventStores.OpenAsync(db).ConfigureAwait(false);
        foreach (var (doc, events) in warmup) await store.IngestAsync(doc, events).ConfigureAwait(false);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int eventsNew = 0, merged = 0;
        await using (var group = batch > 0 ? store.BeginIngestBatch(batch, EventStores.IngestBatchDelay) : null)
        {
            foreach (var (doc, events) in docs)
            {
                // The command checks first, then extracts, then ingests: the same two calls.
                if (await store.ContainsDocumentAsync(doc.ContentHash, doc.Url).ConfigureAwait(false)) continue;
                var outcome = await store.IngestAsync(doc, events).ConfigureAwait(false);
                eventsNew += outcome.EventsNew;
                merged += outcome.EventsMerged;
            }
            if (group is not null) await group.CommitAsync().ConfigureAwait(false);
        }
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var rerun = Stopwatch.StartNew();
        foreach (var (doc, events) in docs) await store.IngestAsync(doc, events).ConfigureAwait(false);
        rerun.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} ingest{(batch > 0 ? $" (batches of {batch})" : " (one transaction per document)")}: {count:N0} documents (2 events each) in {watch.Elapsed.TotalSeconds:N2} s = {count / watch.Elapsed.TotalSeconds:N0} documents/s; events {eventsNew:N0} new, {merged:N0} merged; rerun (all unchanged) {count / rerun.Elapsed.TotalSeconds:N0} documents/s; this process's CPU time {cpu.TotalSeconds:N2} s ({count / cpu.TotalSeconds:N0} documents per CPU-second)"));
    }

    /// <summary>Fills a store with <paramref name="events"/> events in bulk, then times the timeline query of one pair.</summary>
    private static async Task TimelineAsync(string label, string db, int events, Func<string, int, Task> load, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        if (File.Exists(db))
        {
            output.WriteLine($"{label}: reusing {db} (--keep)");
        }
        else
        {
            await (await EventStores.OpenAsync(db).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false); // creates the schema
            await load(db, events).ConfigureAwait(false);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} bulk load: {events:N0} events in {watch.Elapsed.TotalSeconds:N1} s"));
        }
        await using var store = await EventStores.OpenAsync(db).ConfigureAwait(false);
        foreach (var (a, b) in new[] { ("VNM", "JPN"), ("FRA", "IND") })
        {
            var query = new EventQuery { Country = a, Partner = b };
            var first = Stopwatch.StartNew();
            var result = await store.QueryEventsAsync(query).ConfigureAwait(false);
            first.Stop();
            var times = new List<double>();
            for (var i = 0; i < 10; i++)
            {
                var w = Stopwatch.StartNew();
                result = await store.QueryEventsAsync(query).ConfigureAwait(false);
                times.Add(w.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label} timeline {a} {b} on {events:N0} events: {result.Count:N0} events returned; first {first.Elapsed.TotalMilliseconds:N1} ms, median {times[times.Count / 2]:N1} ms, max {times[^1]:N1} ms (10 runs)"));
        }
    }

    private static async Task<(string Db, Func<Task> Drop)> CreatePostgresAsync(string admin)
    {
        var name = "attache_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync().ConfigureAwait(false);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        var db = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return (db, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync().ConfigureAwait(false);
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        );
    }
}
