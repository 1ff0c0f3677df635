using Attache.Events.Triggers;
using Attache.Model;
using Attache.Recognition;
using Attache.Recognition.Dates;
using Attache.Recognition.Entities;
using Attache.Tokenization;

namespace Attache.Events.Arguments;

/// <summary>One rule that sets an argument of the event a kept trigger makes (or leaves it out, when the argument rules it out).</summary>
internal interface IArgumentRule
{
    /// <summary>The rule's name, as the trace gives it (the class name).</summary>
    string Name { get; }

    /// <summary>Sets its fields on <paramref name="c"/>; returns why the event is left out, or null to go on.</summary>
    string? Apply(ArgumentContext c);
}

/// <summary>The date of the narrative so far ("the occasion just reported"), which undated news and bare weekdays lean on.</summary>
internal sealed class NarrativeDate
{
    /// <summary>The date, if any.</summary>
    public PartialDate? Date { get; set; }

    /// <summary>Where it came from.</summary>
    public FieldSource Source { get; set; }
}

/// <summary>An event's arguments while the rules set them, with the source of each.</summary>
/// <remarks>Mutable only while one trigger's arguments are decided; the draft made from it is then replaced, never changed.</remarks>
internal sealed class ArgumentContext(AnalyzedText a, DocumentContext ctx, Sentence s, int si, TriggerCandidate trigger, List<string> main, Draft? last, NarrativeDate previous)
{
    public AnalyzedText A { get; } = a;
    public DocumentContext Ctx { get; } = ctx;
    public Sentence S { get; } = s;
    public int Si { get; } = si;
    public TriggerCandidate Trigger { get; } = trigger;
    /// <summary>The document's two main countries.</summary>
    public List<string> Main { get; } = main;
    /// <summary>The draft made last in the document.</summary>
    public Draft? Last { get; } = last;
    public NarrativeDate Previous { get; } = previous;

    public PartialDate? Date { get; set; }
    /// <summary>The date mention the date was read from.</summary>
    public DateMention? Chosen { get; set; }
    public EventStatus Status { get; set; } = EventStatus.Reported;
    public List<int> People { get; set; } = [];
    public List<string> Countries { get; set; } = [];
    public Location? Location { get; set; }
    public Mechanism? Mechanism { get; set; }
    // Filled in place while the rules run (a copy per field set was about 20 KB of a 3 KB document's allocation), then copied once.
    private readonly FieldSource[] _sources = FieldSources.NewArray();

    public FieldSources Sources => FieldSources.From(_sources);

    /// <summary>The sentence's span, as evidence.</summary>
    public TextSpan SentenceSpan => new(S.CharStart, S.CharEnd);

    /// <summary>Records where <paramref name="field"/> came from.</summary>
    public void Source(EventField field, string rule, string reason, TextSpan? span) => _sources[(int)field] = new FieldSource(rule, reason, span);

    /// <summary>The draft these arguments make.</summary>
    public Draft ToDraft(int id) =>
        new(Trigger.Type, Status, Date, Location, Countries, People, Mechanism, Si, [Si], Trigger.Start, Trigger.End, id, Sources);
}

/// <summary>The argument rules, in the order they run (each may use what the ones before it set).</summary>
internal static class ArgumentRules
{
    /// <summary>The rules, first to last.</summary>
    internal static readonly IReadOnlyList<IArgumentRule> Ordered =
    [
        new DateRule(),
        new StatusRule(),
        new ParticipantsRule(),
        new PlaceRule(),
        new PartiesRule(),
        new MechanismRule(),
        new UndatedNewsRule(),
    ];
}

/// <summary>Spans of the cleaned text that stand as evidence for a field.</summary>
internal static class Evidence
{
    /// <summary>The characters of tokens <c>[start, end)</c>.</summary>
    internal static TextSpan Tokens(AnalyzedText a, int start, int end) => new(a.Tokens[start].Start, a.Tokens[Math.Max(start, end - 1)].End);

    /// <summary>The first mention in sentences <c>[from, to)</c> of the city, else the country, of <paramref name="place"/>.</summary>
    internal static TextSpan? Place(AnalyzedText a, int fromSentence, int toSentence, Location? place)
    {
        if (place is null || fromSentence >= toSentence || fromSentence >= a.Sentences.Count) return null;
        var (start, end) = (a.Sentences[fromSentence].Start, a.Sentences[Math.Min(toSentence, a.Sentences.Count) - 1].End);
        if (place.City is not null)
            foreach (var m in AnalyzedText.StartingIn(a.Cities, start, end))
                if (m.Start >= start && m.End <= end && m.Value.City == place.City) return Tokens(a, m.Start, m.End);
        if (place.Country is not null)
            foreach (var m in AnalyzedText.StartingIn(a.Countries, start, end))
                if (m.Start >= start && m.End <= end && m.Value.Code == place.Country) return Tokens(a, m.Start, m.End);
        return null;
    }

    /// <summary>The first mention of person <paramref name="id"/> from sentence <paramref name="fromSentence"/> on, else anywhere.</summary>
    internal static TextSpan? Person(AnalyzedText a, int id, int fromSentence)
    {
        var from = fromSentence < a.Sentences.Count ? a.Sentences[fromSentence].Start : 0;
        PersonMention? any = null;
        foreach (var pm in a.PersonMentions)
        {
            if (pm.PersonId != id) continue;
            if (pm.Start >= from) return Tokens(a, pm.Start, pm.End);
            any ??= pm;
        }
        return any is null ? null : Tokens(a, any.Start, any.End);
    }

    /// <summary>One span covering several, or null for none.</summary>
    internal static TextSpan? Cover(IEnumerable<TextSpan?> spans)
    {
        int start = int.MaxValue, end = -1;
        foreach (var s in spans)
            if (s is { } x) (start, end) = (Math.Min(start, x.Start), Math.Max(end, x.End));
        return end < 0 ? null : new TextSpan(start, end);
    }
}
