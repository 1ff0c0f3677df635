using System.Diagnostics;
using System.Globalization;
using Attache.Cleaning;
using Attache.Events;
using Attache.Extraction;
using Attache.Languages;
using Attache.Model;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Bench;

/// <summary>
/// Time and allocation of each stage of <see cref="Extractor"/> over the corpus (<c>--stages</c>): a profile readable
/// without a trace viewer. Each stage is rerun on its own input, so the parts of the analysis overlap its total.
/// </summary>
internal static class StageProfile
{
    private sealed record Prepared(Document Doc, CleanedText Cleaned, LanguageResources Resources, List<Token> Tokens);

    public static int Run(TextWriter output)
    {
        var docs = PipelineBenchmarks.SharedCorpus.Value;
        var cleaner = new TextCleaner();
        var identifier = new LanguageIdentifier();
        var extractor = new Extractor();
        PipelineBenchmarks.ExtractAll(extractor, docs); // warm up
        var prepared = docs.Select(d =>
        {
            var cleaned = cleaner.Clean(d.Text);
            var resources = LanguageResources.For(d.Language ?? identifier.Identify(cleaned.Text));
            return new Prepared(d, cleaned, resources, Tokenizer.Tokenize(cleaned.Text));
        }).ToList();
        var analyzed = prepared.Select(p => new AnalyzedText(p.Cleaned.Text, p.Resources)).ToList();
        var stages = new (string Name, Action<int> Run)[]
        {
            ("whole Extract", i => extractor.Extract(docs[i])),
            ("clean", i => cleaner.Clean(docs[i].Text)),
            ("identify language", i => identifier.Identify(prepared[i].Cleaned.Text)),
            ("analysis (all below)", i => _ = new AnalyzedText(prepared[i].Cleaned.Text, prepared[i].Resources)),
            ("  tokenize", i => Tokenizer.Tokenize(prepared[i].Cleaned.Text)),
            ("  split sentences", i => SentenceSplitter.Split(prepared[i].Cleaned.Text, prepared[i].Tokens, prepared[i].Resources)),
            ("  number words", i => prepared[i].Resources.Vocabulary.Number(prepared[i].Tokens)),
            ("  phrase matchers (9)", i => Phrases(prepared[i])),
            ("  dates", i => prepared[i].Resources.Dates.Recognize(prepared[i].Cleaned.Text)),
            ("  ordinals", i => prepared[i].Resources.Ordinals.Recognize(prepared[i].Cleaned.Text)),
            ("  persons", i => new Recognition.Entities.PersonRecognizer(prepared[i].Resources).Recognize(analyzed[i])),
            ("assembly and output", i => Assemble(prepared[i], analyzed[i], output: true)),
            ("  assembly", i => Assemble(prepared[i], analyzed[i], output: false)),
            ("  candidates", i => Candidates(analyzed[i])),
        };
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages over {docs.Count:N0} documents (best of three passes), per document:"));
        foreach (var (name, run) in stages)
        {
            var best = double.MaxValue;
            long bytes = 0;
            for (var pass = 0; pass < 3; pass++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < docs.Count; i++) run(i);
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
                bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-24} {best * 1e6 / docs.Count,8:N1} µs {bytes / 1024.0 / docs.Count,8:N1} KB"));
        }
        return 0;
    }

    private static void Phrases(Prepared p)
    {
        var r = p.Resources;
        var words = r.Vocabulary.Number(p.Tokens);
        r.Exclusions.FindAll(p.Tokens, words);
        r.Countries.FindAll(p.Tokens, words);
        r.Cities.FindAll(p.Tokens, words);
        r.Organizations.FindAll(p.Tokens, words);
        r.Titles.FindAll(p.Tokens, words);
        r.Triggers.FindAll(p.Tokens, words);
        r.Cues.FindAll(p.Tokens, words);
        r.Mechanisms.FindAll(p.Tokens, words);
        r.Areas.FindAll(p.Tokens, words);
    }

    private static void Candidates(AnalyzedText a)
    {
        foreach (var s in a.Sentences) Events.Triggers.TriggerCandidates.In(a, s);
    }

    private static void Assemble(Prepared p, AnalyzedText a, bool output)
    {
        var context = new DocumentContext(p.Doc.Published is { } d ? PartialDate.FromDate(d) : null, null, null, null, null);
        var drafts = EventAssembler.Assemble(a, context);
        if (output) foreach (var draft in drafts) EventOutput.ToEvent(a, draft, drafts, p.Cleaned.ToOriginal);
    }
}
