using Attache.Cleaning;
using Attache.Events;
using Attache.Languages;
using Attache.Model;
using Attache.Recognition;
using Attache.Serialization;
using Attache.Tokenization;

namespace Attache.Extraction;

/// <summary>The default French and English extraction pipeline: clean, identify language, split, recognise, assemble.</summary>
/// <remarks>Thread-safe: language resources are built once and shared read-only.</remarks>
public sealed class Extractor : IExtractor
{
    private readonly TextCleaner _cleaner = new();
    private readonly LanguageIdentifier _identifier = new();


    /// <inheritdoc />
    public ExtractionResult Extract(Document document) => Run(document, explain: false);

    /// <inheritdoc />
    public ExtractionResult Explain(Document document) => Run(document, explain: true);

    private ExtractionResult Run(Document document, bool explain)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Text)) return new ExtractionResult(document.Id, [], explain ? new ExtractionTrace([], []) : null);
        var cleaned = _cleaner.Clean(document.Text);
        var language = document.Language is { } l && LanguageData.Available.Contains(l) ? l : _identifier.Identify(cleaned.Text);
        var resources = LanguageResources.For(language);
        var analyzed = new AnalyzedText(cleaned.Text, resources);
        var context = Context(document, cleaned, resources, analyzed);
        var trace = explain ? new AssemblyTrace() : null;
        var drafts = EventAssembler.Assemble(analyzed, context, trace);
        var events = new List<Event>(drafts.Count);
        var sources = new List<FieldSources>(drafts.Count);
        foreach (var d in drafts)
        {
            var (e, s) = EventOutput.ToEvent(analyzed, d, drafts, cleaned.ToOriginal);
            events.Add(e);
            sources.Add(s);
        }
        return new ExtractionResult(document.Id, events, trace is null ? null : TraceExplainer.Explain(trace, drafts, sources, analyzed, cleaned));
    }

    private static DocumentContext Context(Document document, CleanedText cleaned, LanguageResources resources, AnalyzedText analyzed)
    {
        var meta = cleaned.Metadata;
        var reference = document.Published is { } p ? PartialDate.FromDate(p) : meta.HeaderDate ?? Input.UrlDate.Parse(document.Url) ?? PublicationLine(analyzed);
        string? city = null, country = null;
        if (meta.DatelinePlace is { } place)
        {
            var tokens = Tokenizer.Tokenize(place);
            if (resources.Cities.MatchAt(tokens, 0) is { } cm && cm.End == tokens.Count) (city, country) = (cm.Value.City, cm.Value.Country);
            else if (resources.Countries.MatchAt(tokens, 0) is { } km && km.End == tokens.Count) country = km.Value.Code;
        }
        PartialDate? datelineDate = null;
        if (meta.DatelineDate is { } dd)
        {
            foreach (var m in resources.Dates.Recognize(dd))
            {
                datelineDate = Recognition.Dates.DateResolver.Resolve(m.Expression, new Recognition.Dates.DateContext(reference, null));
                if (datelineDate is not null) break;
            }
        }
        // The dateline's year is the dispatch's own, though cleaning took it out of the text.
        int? fallback = reference is not null ? null : (LatestYear(analyzed), datelineDate?.Year) switch
        {
            (int y, int d) => Math.Max(y, d),
            (var y, var d) => y ?? d,
        };
        // "Singapore, May 31 —" in a dispatch that gives no date of its own: its day is in the dispatch's year too.
        if (reference is null && fallback is int fy && datelineDate is { Year: null, Month: not null }) datelineDate = datelineDate with { Year = fy };
        return new DocumentContext(reference, city, country, datelineDate, fallback);
    }

    private const int PublicationWindow = 600;
    private const int PublicationLineLength = 100;

    /// <summary>
    /// A saved page's own date line near the top ("Mise à jour : 30/01/2018", "10h51 JST, le 11 mai 2023", "Oct 04,
    /// 2022"): a short line, with no event word in it, holding a whole date. It stands for the publication date when the
    /// document gives none.
    /// </summary>
    private static PartialDate? PublicationLine(AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        foreach (var dm in analyzed.Dates)
        {
            if (dm.Span.Start >= PublicationWindow) break;
            var lineStart = dm.Span.Start == 0 ? 0 : text.LastIndexOf('\n', dm.Span.Start - 1) + 1;
            var lineEnd = text.IndexOf('\n', dm.Span.End);
            if (lineEnd < 0) lineEnd = text.Length;
            if (text.AsSpan(lineStart, lineEnd - lineStart).Trim().Length > PublicationLineLength) continue;
            if (analyzed.Triggers.Exists(t => analyzed.Tokens[t.Start].Start < lineEnd && analyzed.Tokens[t.End - 1].End > lineStart)) continue;
            if (Recognition.Dates.DateResolver.Resolve(dm.Expression, new Recognition.Dates.DateContext(null, null)) is { IsComplete: true } date) return date;
        }
        return null;
    }

    /// <summary>
    /// With no publication or header date, the latest year the dispatch writes ("its 2022 White Paper", "September 11,
    /// 2021") stands for its year: news comes after the background it recalls.
    /// </summary>
    private static int? LatestYear(AnalyzedText analyzed)
    {
        int? latest = null;
        var tokens = analyzed.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Number || t.End - t.Start != 4) continue;
            if (!int.TryParse(analyzed.Text.AsSpan(t.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)) continue;
            if (year is < 1945 or > 2100) continue;
            // Plans look ahead ("to prepare for its chairmanship in 2020", "the 2021-2025 plan"): their years are not the news's.
            var range = (k + 2 < tokens.Count && tokens[k + 1].Key == "-" && tokens[k + 2].Kind == TokenKind.Number)
                || (k >= 2 && tokens[k - 1].Key == "-" && tokens[k - 2].Kind == TokenKind.Number);
            // … but an anniversary's span ends now: "(1960-2025)", "65 years of relations (1960-2025)".
            var anniversary = range && k >= 2 && tokens[k - 1].Key == "-" && YearAt(analyzed, k - 2) is int from && year - from >= AnniversarySpan;
            if (!anniversary && (range || ForwardLooking(analyzed, k))) continue;
            if (latest is null || year > latest) latest = year;
        }
        return latest;
    }

    private const int AnniversarySpan = 15;

    private static int? YearAt(AnalyzedText a, int k) =>
        a.Tokens[k] is { Kind: TokenKind.Number } t && t.End - t.Start == 4
        && int.TryParse(a.Text.AsSpan(t.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    private static bool ForwardLooking(AnalyzedText a, int token)
    {
        var s = a.Sentences[a.SentenceOf(token)];
        return a.HasCueWithin(s.Start, s.End, "future", "intent");
    }
}
