using System.Diagnostics;
using System.Globalization;
using Attache.Bench.Workers;
using Attache.Queue;
using Npgsql;

// Worker throughput: the same generated dispatches ingested by one plain 'attache ingest' process, then queued and
// processed by 1, 2, ... 'attache worker' processes over one PostgreSQL; documents/s from the first worker's start to
// the queue's drain (extraction included). See bench/README.md.
//   Attache.Bench.Workers [--docs N] [--workers 1,2] [--write FILE]      (ATTACHE_TEST_POSTGRES names the server)
// --engines JOBS compares the job engines instead: Hangfire and Quartz.NET on PostgreSQL, with empty jobs.
var docs = 2000;
int[] workerCounts = [1, 2];
string? write = null;
var engines = 0;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--docs": docs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--workers": workerCounts = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
        case "--write": write = args[++i]; break;
        case "--engines": engines = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine("usage: Attache.Bench.Workers [--docs N] [--workers 1,2] [--write FILE] [--engines JOBS]");
            return 2;
    }
}
var dispatches = Dispatches.Make(docs);
if (write is not null)
{
    Dispatches.Write(write, dispatches);
    Console.WriteLine($"{dispatches.Count} dispatches written to {write}");
    return 0;
}
var admin = Environment.GetEnvironmentVariable("ATTACHE_TEST_POSTGRES");
if (string.IsNullOrEmpty(admin))
{
    Console.Error.WriteLine("set ATTACHE_TEST_POSTGRES to a PostgreSQL connection string (scripts/start-postgres.sh prints one)");
    return 2;
}
if (engines > 0)
{
    try
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        Console.WriteLine(await Engines.HangfireAsync(await CreateDatabaseAsync(admin, "hangfire"), engines, 2));
        Console.WriteLine(await Engines.QuartzAsync(await CreateDatabaseAsync(admin, "quartz"), engines, 2));
    }
    finally
    {
        await DropDatabasesAsync(admin);
    }
    return 0;
}
var dir = Directory.CreateTempSubdirectory("attache-bench-workers-").FullName;
var input = Path.Combine(dir, "docs.jsonl");
Dispatches.Write(input, dispatches);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {docs:N0} dispatches"));
try
{
    {
        var db = await CreateDatabaseAsync(admin, "plain");
        Check(await RunAsync("init", "--db", db));
        var watch = Stopwatch.StartNew();
        var result = await RunAsync("ingest", input, "--db", db);
        watch.Stop();
        Check(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plain ingest, 1 process: {docs / watch.Elapsed.TotalSeconds:N0} documents/s ({watch.Elapsed.TotalSeconds:N1} s; {result.Out.Trim()})"));
    }
    foreach (var workers in workerCounts)
    {
        var db = await CreateDatabaseAsync(admin, $"w{workers}");
        Check(await RunAsync("init", "--db", db));
        var enqueue = Stopwatch.StartNew();
        var queued = await RunAsync("ingest", input, "--db", db, "--queue");
        enqueue.Stop();
        Check(queued);
        var jobs = IngestJobs.Open(db);
        var total = jobs.Counts().Pending;
        var busy = MachineBusySeconds();
        var watch = Stopwatch.StartNew();
        var processes = Enumerable.Range(0, workers).Select(_ => Start("worker", "--db", db)).ToList();
        foreach (var p in processes)
        {
            // Read, so that a full pipe never blocks a worker.
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
        }
        while (jobs.Counts() is var c && (c.Pending > 0 || c.Running > 0 || c.Done < total))
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(20)) throw new TimeoutException($"not drained: {c}");
            // Not more often: each look is a few queries, on the cores the workers and PostgreSQL share.
            await Task.Delay(500);
        }
        watch.Stop();
        busy = MachineBusySeconds() - busy;
        var workerCpu = processes.Sum(p => p.TotalProcessorTime.TotalSeconds);
        foreach (var p in processes)
        {
            p.Kill(); // SIGKILL: the queue is empty, nothing is lost
            await p.WaitForExitAsync();
            p.Dispose();
        }
        var (documents, events) = await CountAsync(db);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{workers} worker process{(workers > 1 ? "es" : "")}: {docs / watch.Elapsed.TotalSeconds:N0} documents/s ({watch.Elapsed.TotalSeconds:N1} s for {total} jobs; enqueue {docs / enqueue.Elapsed.TotalSeconds:N0} documents/s; stored {documents} documents, {events} events); CPU: machine busy {busy:N1} of {watch.Elapsed.TotalSeconds * Environment.ProcessorCount:N1} core-seconds, workers {workerCpu:N1}, the rest (PostgreSQL, this harness) {busy - workerCpu:N1}"));
    }
}
finally
{
    Directory.Delete(dir, recursive: true);
    await DropDatabasesAsync(admin);
}
return 0;

// Seconds of CPU time spent by the whole machine, user and system (from /proc/stat, in clock ticks of 1/100 s).
static double MachineBusySeconds()
{
    var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
    // user nice system idle iowait irq softirq steal: busy is everything but idle and iowait.
    return (fields.Take(8).Sum() - fields[3] - fields[4]) / 100.0;
}

static void Check((int Code, string Out, string Err) result)
{
    if (result.Code != 0) throw new InvalidOperationException($"attache exited {result.Code}: {result.Err}");
}

static async Task<(long, long)> CountAsync(string db)
{
    await using var connection = new NpgsqlConnection(db);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events)", connection);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    return (reader.GetInt64(0), reader.GetInt64(1));
}

static async Task<string> CreateDatabaseAsync(string admin, string label)
{
    var name = $"attache_bench_workers_{label}";
    await using var connection = new NpgsqlConnection(admin);
    await connection.OpenAsync();
    await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection)) await drop.ExecuteNonQueryAsync();
    await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection)) await create.ExecuteNonQueryAsync();
    return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
}

static async Task DropDatabasesAsync(string admin)
{
    NpgsqlConnection.ClearAllPools();
    await using var connection = new NpgsqlConnection(admin);
    await connection.OpenAsync();
    var names = new List<string>();
    await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'attache_bench_workers_%'", connection))
    await using (var reader = await list.ExecuteReaderAsync())
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
    foreach (var name in names)
    {
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
{
    using var process = Start(args);
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    return (process.ExitCode, await stdout, await stderr);
}

static Process Start(params string[] args)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    start.ArgumentList.Add(AttacheDll());
    foreach (var a in args) start.ArgumentList.Add(a);
    var process = Process.Start(start)!;
    return process;
}

static string AttacheDll()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
    {
        var candidate = Path.Combine(d.FullName, "src", "Attache.Cli", "bin", "Release", "net10.0", "attache.dll");
        if (File.Exists(candidate)) return candidate;
    }
    throw new FileNotFoundException("attache.dll not found: build src/Attache.Cli -c Release first");
}
