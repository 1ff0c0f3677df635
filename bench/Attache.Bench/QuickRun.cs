using System.Diagnostics;
using System.Globalization;
using Attache.Extraction;
using Attache.Model;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Attache.Bench;

/// <summary>A few seconds' measurement without BenchmarkDotNet: best of three passes over the corpus, one thread.</summary>
internal static class QuickRun
{
    public static int Run(TextWriter output)
    {
        var docs = PipelineBenchmarks.SharedCorpus.Value;
        var bytes = Corpus.Bytes(docs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {docs.Count:N0} documents, {bytes / 1e6:N1} MB of UTF-8, {bytes / (double)docs.Count:N0} bytes per document"));

        var extractor = new Extractor();
        using var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        var extract = Measure(docs, bytes, d => PipelineBenchmarks.ExtractAll(extractor, d));
        var lucene = Measure(docs, bytes, d => PipelineBenchmarks.TokenizeAll(analyzer, d));

        output.WriteLine(Line("Extract", extract));
        output.WriteLine(Line("LuceneTokenizeOnly", lucene));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio of time per document, Extract / LuceneTokenizeOnly: {lucene.DocsPerSecond / extract.DocsPerSecond:N4} (above 1: extraction is slower than tokenizing)"));
        SizeSeries(output, extractor, docs);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {self.PeakWorkingSet64 / (1024.0 * 1024.0):N1} MiB"));
        return 0;
    }

    /// <summary>The size series alone (<c>--sizes</c>).</summary>
    public static int Sizes(TextWriter output)
    {
        SizeSeries(output, new Extractor(), PipelineBenchmarks.SharedCorpus.Value);
        return 0;
    }

    /// <summary>Extracts the corpus's first <paramref name="count"/> documents once (<c>--docs N</c>): a fixed amount of work
    /// to run under a profiler (<c>dotnet-trace collect -- dotnet Attache.Bench.dll --docs 20000</c>).</summary>
    public static int Docs(TextWriter output, int count)
    {
        var docs = PipelineBenchmarks.SharedCorpus.Value;
        var extractor = new Extractor();
        long events = 0;
        for (var i = 0; i < Math.Min(count, 500); i++) extractor.Extract(docs[i % docs.Count]); // JIT, tiering, data loaded
        var before = GC.GetAllocatedBytesForCurrentThread();
        var paused = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) events += extractor.Extract(docs[i % docs.Count]).Events.Count;
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        paused = GC.GetTotalPauseDuration() - paused;
        // CPU time moves less than wall time with the machine's load; the GC's pauses are part of both.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} documents, {events:N0} events, {count / watch.Elapsed.TotalSeconds:N0} docs/s, {count / cpu.TotalSeconds:N0} docs per CPU-second, {allocated / count:N0} B allocated/doc, GC paused {paused.TotalMilliseconds / watch.Elapsed.TotalMilliseconds:P1} of the time"));
        return 0;
    }

    private readonly record struct Result(double DocsPerSecond, double MegabytesPerSecond, long AllocatedPerDocument, int Gen0, int Gen1, int Gen2);

    private static Result Measure(IReadOnlyList<Document> docs, long bytes, Func<IReadOnlyList<Document>, long> work)
    {
        work(docs); // warm up: JIT, tiered compilation, lazily loaded data
        var best = double.MaxValue;
        long allocated = 0;
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        for (var pass = 0; pass < 3; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            work(docs);
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        // Collections over the three passes: what the allocation costs (a gen-2 collection walks the whole corpus).
        return new Result(docs.Count / best, bytes / 1e6 / best, allocated / docs.Count,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
    }

    /// <summary>
    /// One document of 3 KB, 30 KB, 300 KB and 2 MB: cost linear in the text shows as the same MB/s at every size.
    /// Each size is run over about 4 MB of text (at least once), best of two passes after a warm-up.
    /// </summary>
    private static void SizeSeries(TextWriter output, Extractor extractor, IReadOnlyList<Document> docs)
    {
        output.WriteLine("size series (one French document of each size, best of two passes over about 4 MB each):");
        foreach (var size in (long[])[3_000, 30_000, 300_000, 2_000_000])
        {
            var doc = Corpus.Concatenated(docs, size, "size-" + size.ToString(CultureInfo.InvariantCulture));
            var bytes = System.Text.Encoding.UTF8.GetByteCount(doc.Text);
            var repeats = (int)Math.Max(1, 4_000_000 / bytes);
            extractor.Extract(doc);
            var best = double.MaxValue;
            for (var pass = 0; pass < 2; pass++)
            {
                var watch = Stopwatch.StartNew();
                for (var r = 0; r < repeats; r++) extractor.Extract(doc);
                best = Math.Min(best, watch.Elapsed.TotalSeconds / repeats);
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {bytes,10:N0} bytes {best * 1000,10:N1} ms/doc {bytes / 1e6 / best,9:N2} MB/s"));
        }
    }

    private static string Line(string name, Result r) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-20} {r.DocsPerSecond,12:N0} docs/s {r.MegabytesPerSecond,9:N1} MB/s {r.AllocatedPerDocument,10:N0} B allocated/doc   collections in 3 passes: {r.Gen0} gen0, {r.Gen1} gen1, {r.Gen2} gen2");
}
