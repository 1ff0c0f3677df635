using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Attache.Bench.Warc;

// bench/Attache.Bench.Warc: writes a synthetic news crawl of a given size, then runs 'attache ingest CRAWL --db DB' on it
// as a child process and reports records/s, MB/s and the child's peak working set (VmHWM, read from /proc while it runs).
//   generate OUT.warc[.gz] SIZE_MB      write the crawl (".gz": one gzip member per record, as crawlers write them)
//   run CRAWL [DB]                       ingest it with the built attache.dll (Release; or $ATTACHE_DLL) into DB (a fresh SQLite file by default)
if (args is ["generate", var path, var size])
{
    var target = long.Parse(size, CultureInfo.InvariantCulture) * 1024 * 1024;
    var clock = Stopwatch.StartNew();
    long articles = 0;
    using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
    {
        var writer = new CrawlWriter(file, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
        while (file.Position < target) articles += writer.WriteCapture();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path}: {file.Position / 1e6:N1} MB, {writer.Records:N0} records, {articles:N0} article pages, in {clock.Elapsed.TotalSeconds:N0} s"));
    }
    return 0;
}
if (args is ["run", var crawl, ..])
{
    var db = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"attache-bench-warc-{Guid.NewGuid():N}.db");
    // ATTACHE_DLL runs a copy instead (so that a rebuild during a long run cannot change the program under test).
    var dll = Environment.GetEnvironmentVariable("ATTACHE_DLL") is { Length: > 0 } given ? given : Path.Combine(RepoRoot(), "src", "Attache.Cli", "bin", "Release", "net10.0", "attache.dll");
    if (!File.Exists(dll))
    {
        Console.Error.WriteLine($"{dll} not found: dotnet build src/Attache.Cli -c Release first");
        return 2;
    }
    var bytes = new FileInfo(crawl).Length;
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var a in new[] { dll, "ingest", crawl, "--db", db }) start.ArgumentList.Add(a);
    var clock = Stopwatch.StartNew();
    using var child = Process.Start(start)!;
    var output = child.StandardOutput.ReadToEndAsync();
    var errors = child.StandardError.ReadToEndAsync();
    long peak = 0, peakAnon = 0, peakFile = 0, samples = 0;
    var curve = new List<(double Seconds, long Kb, long Anon)>();
    while (!child.HasExited)
    {
        // VmHWM is the process's peak resident set so far: the last reading before exit is its peak, within one interval.
        // RssAnon is the process's own memory (heaps, stacks); RssFile its file-backed pages, which include the SQLite
        // file it maps (mmap_size): those grow with the database, not with the archive, and the kernel can reclaim them.
        if (ReadKb(child.Id, "VmHWM") is { } hwm) peak = Math.Max(peak, hwm);
        if (ReadKb(child.Id, "RssAnon") is { } anon) peakAnon = Math.Max(peakAnon, anon);
        if (ReadKb(child.Id, "RssFile") is { } mapped) peakFile = Math.Max(peakFile, mapped);
        if (samples++ % 50 == 0 && ReadKb(child.Id, "VmRSS") is { } rss) curve.Add((clock.Elapsed.TotalSeconds, rss, ReadKb(child.Id, "RssAnon") ?? 0));
        Thread.Sleep(100);
    }
    await child.WaitForExitAsync();
    var seconds = clock.Elapsed.TotalSeconds;
    var stdout = await output;
    var stderr = await errors;
    var records = Regex.Match(stdout, @"warc: ([0-9,]+) records", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m
        ? long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 0;
    Console.WriteLine(stdout.TrimEnd());
    var errorLines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    if (errorLines.Length > 0) Console.WriteLine($"stderr: {errorLines.Length} lines, first: {errorLines[0]}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"exit {child.ExitCode}; {bytes / 1e6:N1} MB in {seconds:N1} s: {records / seconds:N0} records/s, {bytes / 1e6 / seconds:N2} MB/s; peak working set {peak / 1024.0:N0} MB (peak anonymous {peakAnon / 1024.0:N0} MB, peak file-backed {peakFile / 1024.0:N0} MB)"));
    Console.WriteLine("resident set over the run (s: MB total/anonymous): " + string.Join(", ", curve.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Seconds:N0}: {c.Kb / 1024.0:N0}/{c.Anon / 1024.0:N0}"))));
    return 0;
}
Console.Error.WriteLine("usage: generate OUT.warc[.gz] SIZE_MB | run CRAWL [DB]");
return 2;

static long? ReadKb(int pid, string field)
{
    try
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
    catch (IOException)
    {
        // The process has just exited.
    }
    return null;
}

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Attache.slnx"))) return dir.FullName;
    throw new InvalidOperationException("Attache.slnx not found above " + AppContext.BaseDirectory);
}
