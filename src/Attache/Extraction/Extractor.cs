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
    public ExtractionResult Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Text)) return new ExtractionResult(document.Id, []);
        var cleaned = _cleaner.Clean(document.Text);
        var language = document.Language is { } l && LanguageData.Available.Contains(l) ? l : _identifier.Identify(cleaned.Text);
        var resources = LanguageResources.For(language);
        var analyzed = new AnalyzedText(cleaned.Text, resources);
        var context = Context(document, cleaned, resources);
        var drafts = EventAssembler.Assemble(analyzed, context);
        var events = drafts.Select(d => ToEvent(d, drafts, analyzed, cleaned)).ToList();
        return new ExtractionResult(document.Id, events);
    }

    private static DocumentContext Context(Document document, CleanedText cleaned, LanguageResources resources)
    {
        var meta = cleaned.Metadata;
        var reference = document.Published is { } p ? PartialDate.FromDate(p) : meta.HeaderDate;
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
        return new DocumentContext(reference, city, country, datelineDate);
    }

    private static Event ToEvent(Draft d, List<Draft> all, AnalyzedText a, CleanedText cleaned)
    {
        // Areas: from the sentences the event owns, i.e. up to the next reported event's first sentence. What is discussed
        // during a visit belongs to the talks held during it, so a visit owns only its own sentences.
        var owned = new SortedSet<int>(d.Sentences);
        if (d.Status == EventStatus.Reported && d.Type != EventType.Visit)
        {
            var next = all.Where(o => o.Status == EventStatus.Reported && o.Type != EventType.Visit && o.FirstSentence > d.FirstSentence).Select(o => o.FirstSentence).DefaultIfEmpty(a.Sentences.Count).Min();
            for (var si = d.FirstSentence; si < next; si++) owned.Add(si);
        }
        var areas = new SortedSet<CooperationArea>();
        foreach (var m in a.Areas)
            if (owned.Contains(a.SentenceOf(m.Start))) areas.Add(m.Value);
        if (d.Type == EventType.PortCall) areas.Add(CooperationArea.NavalCooperation);

        var participants = d.People.Select(id => a.People[id]).Select(p => new Participant(p.Name, p.Country, p.Title)).ToList();
        var evidence = d.Sentences.Order().Select(si => a.Sentences[si]).Select(s => cleaned.ToOriginal(new TextSpan(s.CharStart, s.CharEnd))).ToList();
        return new Event(d.Type, d.Status, d.Date, d.Location, d.Countries.Order(StringComparer.Ordinal).ToList(), participants, d.Mechanism,
            areas.OrderBy(EventJson.Name, StringComparer.Ordinal).ToList(), evidence);
    }
}
