using System.Diagnostics;
using System.Globalization;
using Attache.Bench.Fuzz;

// Usage: dotnet run -c Release --project bench/Attache.Bench.Fuzz -- [--count N] [--seed S] [--from I] [--threads T]
// Input I of seed S is the same on every run: '--seed S --from I --count 1' replays one input and prints it.
var inv = CultureInfo.InvariantCulture;
long count = 1_000_000, from = 0;
int seed = 15, threads = 1;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count": count = long.Parse(args[++i], inv); break;
        case "--seed": seed = int.Parse(args[++i], inv); break;
        case "--from": from = long.Parse(args[++i], inv); break;
        case "--threads": threads = int.Parse(args[++i], inv); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}; options: --count N --seed S --from I --threads T"); return 2;
    }
}

var basesDir = Path.Combine(AppContext.BaseDirectory, "bases");
var extra = Directory.Exists(basesDir) ? Directory.GetFiles(basesDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray() : [];
var fuzzer = new DispatchFuzzer(extra);
var checks = new FuzzChecks();
checks.Check(fuzzer.Generate(seed, 0), explain: true); // warm-up: language data compiled before the clock starts

Console.WriteLine($"fuzz campaign: seed {seed}, inputs {FuzzChecks.Count(from)}..{FuzzChecks.Count(from + count - 1)}, {threads} thread(s), {fuzzer.BaseCount} base dispatches");
long done = 0, chars = 0, exceptions = 0, failing = 0;
var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
var crashes = new System.Collections.Concurrent.ConcurrentQueue<string>();
var slowest = new System.Collections.Concurrent.ConcurrentBag<(double Ms, long Index, int Length)>();
var clock = Stopwatch.StartNew();
var lastReport = 0L;

void RunOne(long index)
{
    var doc = fuzzer.Generate(seed, index);
    var started = Stopwatch.GetTimestamp();
    try
    {
        var problems = checks.Check(doc, explain: index % 8 == 0, dateLanguage: (int)(index % checks.DateLanguages));
        if (problems.Count > 0)
        {
            Interlocked.Increment(ref failing);
            if (failures.Count < 20) failures.Enqueue($"seed {seed} input {index}: {string.Join("; ", problems.Take(5))}\n  text {DispatchFuzzer.Literal(doc.Text, 600)}\n  published {doc.Published?.ToString("yyyy-MM-dd", inv) ?? "null"}, language {doc.Language ?? "null"}, url {doc.Url ?? "null"}");
        }
    }
    catch (Exception e)
    {
        Interlocked.Increment(ref exceptions);
        if (crashes.Count < 20) crashes.Enqueue($"seed {seed} input {index}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}\n  text {DispatchFuzzer.Literal(doc.Text, 600)}\n  published {doc.Published?.ToString("yyyy-MM-dd", inv) ?? "null"}, language {doc.Language ?? "null"}, url {doc.Url ?? "null"}");
    }
    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (ms > 200) slowest.Add((ms, index, doc.Text.Length));
    if (count <= 10)
    {
        var (c, d, x) = checks.LastTimes;
        Console.WriteLine($"input {index}: {doc.Text.Length} characters, cleaner {c:0.0} ms, dates {d:0.0} ms, extract{(index % 8 == 0 ? " (explained)" : "")} {x:0.0} ms\n  text {DispatchFuzzer.Literal(doc.Text, 3000)}");
    }
    Interlocked.Add(ref chars, doc.Text.Length);
    var n = Interlocked.Increment(ref done);
    if (n % 50_000 == 0 && Interlocked.Exchange(ref lastReport, n) < n)
        Console.Error.WriteLine($"  {FuzzChecks.Count(n)} inputs, {n / clock.Elapsed.TotalSeconds:0} inputs/s, {exceptions} exceptions, {failing} failing");
}

if (threads <= 1) for (var i = from; i < from + count; i++) RunOne(i);
else Parallel.For(from, from + count, new ParallelOptions { MaxDegreeOfParallelism = threads }, RunOne);
clock.Stop();

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"inputs           {FuzzChecks.Count(done)} in {seconds:0.0} s: {done / seconds:0} inputs/s, {chars / 1e6:0.0} M characters ({chars / 1e6 / seconds:0.00} M/s), mean {chars / Math.Max(1, done)} characters");
Console.WriteLine($"checked          {FuzzChecks.Count(checks.Events)} events, {FuzzChecks.Count(checks.Dates)} date resolutions (one language's dates per input, in turn), one input in eight explained");
Console.WriteLine($"exceptions       {exceptions}");
Console.WriteLine($"failing inputs   {failing} (span out of range, malformed event, offset map, JSON)");
Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
var slow = slowest.OrderByDescending(x => x.Ms).ToList();
Console.WriteLine($"slow inputs      {slow.Count} over 200 ms{(slow.Count == 0 ? "" : ", slowest: " + string.Join(", ", slow.Take(5).Select(x => $"input {x.Index} ({x.Length} characters) {x.Ms:0} ms")))}");
foreach (var f in crashes) Console.WriteLine(f);
foreach (var f in failures.Take(10)) Console.WriteLine(f);
return exceptions + failing == 0 ? 0 : 1;
