using Attache.Extraction;
using Attache.Model;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Attache.Bench;

/// <summary>The whole extraction pipeline against Lucene.Net's StandardAnalyzer on the same corpus, on one thread.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    /// <summary>Documents in the corpus; each benchmark invocation processes all of them.</summary>
    public const int DocumentCount = 10_000;

    private IReadOnlyList<Document> _docs = [];
    private Extractor _extractor = null!;
    private StandardAnalyzer _analyzer = null!;

    /// <summary>The corpus shared by every benchmark, built once.</summary>
    internal static readonly Lazy<IReadOnlyList<Document>> SharedCorpus = new(() => Corpus.Generate(DocumentCount));

    [GlobalSetup]
    public void Setup()
    {
        _docs = SharedCorpus.Value;
        _extractor = new Extractor();
        _analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer.Dispose();

    [Benchmark(OperationsPerInvoke = DocumentCount)]
    public int Extract() => ExtractAll(_extractor, _docs);

    [Benchmark(Baseline = true, OperationsPerInvoke = DocumentCount)]
    public long LuceneTokenizeOnly() => TokenizeAll(_analyzer, _docs);

    internal static int ExtractAll(Extractor extractor, IReadOnlyList<Document> docs)
    {
        var events = 0;
        foreach (var doc in docs) events += extractor.Extract(doc).Events.Count;
        return events;
    }

    internal static long TokenizeAll(StandardAnalyzer analyzer, IReadOnlyList<Document> docs)
    {
        long chars = 0;
        foreach (var doc in docs)
        {
            using var stream = analyzer.GetTokenStream("text", new StringReader(doc.Text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) chars += term.Length;
            stream.End();
        }
        return chars;
    }
}
