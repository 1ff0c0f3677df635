using System.Diagnostics;
using System.Globalization;
using Attache.Bench.Search;
using Attache.Record;
using Attache.Storage;
using Npgsql;

// Search benchmark: bulk-loads N invented documents (each supporting one event) into SQLite, and into PostgreSQL when
// ATTACHE_TEST_POSTGRES is set, then times IEventStore.SearchAsync (first page of 20, with snippets and events) for
// queries of known selectivity. See bench/README.md. Not run by CI.
var docs = 1_000_000;
var pgDocs = (int?)null;
var runs = 50;
string? keep = null;
var sqliteOnly = false;
var pgOnly = false;
string? pgDb = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--docs" when i + 1 < args.Length: docs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--pg-docs" when i + 1 < args.Length: pgDocs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--keep" when i + 1 < args.Length: keep = args[++i]; break;
        case "--sqlite-only": sqliteOnly = true; break;
        case "--pg-only": pgOnly = true; break;
        case "--pg-db" when i + 1 < args.Length: pgDb = args[++i]; break;
        default:
            Console.Error.WriteLine("usage: Attache.Bench.Search [--docs N] [--pg-docs N] [--runs N] [--keep DIR] [--sqlite-only] [--pg-only] [--pg-db NAME]");
            return 2;
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
var dir = keep ?? Path.Combine(Path.GetTempPath(), "attache-search-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dir);
try
{
    if (!pgOnly) await MeasureAsync("SQLite", Path.Combine(dir, $"search-{docs}.db"), docs, BulkLoad.SqliteAsync, runs).ConfigureAwait(false);
    if (!sqliteOnly && Environment.GetEnvironmentVariable("ATTACHE_TEST_POSTGRES") is { Length: > 0 } admin)
    {
        // --pg-db NAME keeps the database (and reuses it when it exists), as --keep does for SQLite.
        var name = pgDb ?? "attache_bench_" + Guid.NewGuid().ToString("N")[..12];
        var exists = pgDb is not null && await Exists(admin, name).ConfigureAwait(false);
        if (!exists) await Admin(admin, $"CREATE DATABASE {name}").ConfigureAwait(false);
        try
        {
            await MeasureAsync("PostgreSQL", new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString(), pgDocs ?? docs,
                exists ? null : BulkLoad.PostgresAsync, runs).ConfigureAwait(false);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (pgDb is null) await Admin(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)").ConfigureAwait(false);
        }
    }
}
finally
{
    if (keep is null) Directory.Delete(dir, recursive: true);
}
return 0;

static async Task Admin(string admin, string sql)
{
    await using var conn = new NpgsqlConnection(admin);
    await conn.OpenAsync().ConfigureAwait(false);
    await using var cmd = new NpgsqlCommand(sql, conn);
    await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
}

static async Task<bool> Exists(string admin, string name)
{
    await using var conn = new NpgsqlConnection(admin);
    await conn.OpenAsync().ConfigureAwait(false);
    await using var cmd = new NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @n", conn);
    cmd.Parameters.AddWithValue("n", name);
    return Convert.ToInt64(await cmd.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
}

static async Task MeasureAsync(string label, string db, int docs, Func<string, int, Task>? load, int runs)
{
    var watch = Stopwatch.StartNew();
    if (load is null || File.Exists(db)) Console.WriteLine($"{label}: reusing {db}");
    else
    {
        await (await EventStores.OpenAsync(db).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        await load(db, docs).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} bulk load: {docs:N0} documents in {watch.Elapsed.TotalSeconds:N1} s"));
    }
    await using var store = await EventStores.OpenAsync(db).ConfigureAwait(false);
    var queries = new (string Name, SearchQuery Query)[]
    {
        ("rare name, folded (0.1%)", new SearchQuery { Text = "Chien" }),
        ("name, other order (0.1%)", new SearchQuery { Text = "chien hoang" }),
        ("phrase (2%)", new SearchQuery { Text = "\"defence policy dialogue\"" }),
        ("prefix (5%)", new SearchQuery { Text = "marit*" }),
        ("phrase + country filter", new SearchQuery { Text = "\"defence policy dialogue\"", Filter = new EventQuery { Country = "JPN" } }),
        ("common word (50%)", new SearchQuery { Text = "defense" }),
    };
    foreach (var (name, query) in queries)
    {
        var hits = 0;
        for (var i = 0; i < 3; i++) hits = (await store.SearchAsync(query).ConfigureAwait(false)).Count;
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var w = Stopwatch.StartNew();
            await store.SearchAsync(query).ConfigureAwait(false);
            times.Add(w.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} {docs:N0} docs, {name,-26} {hits,2} hits: p50 {At(0.5),8:N1} ms  p99 {At(0.99),8:N1} ms  max {times[^1],8:N1} ms ({runs} runs)"));
    }
}
