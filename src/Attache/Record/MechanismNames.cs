using Attache.Languages;
using Attache.Model;

namespace Attache.Record;

/// <summary>Identifies the series a mechanism session belongs to, whatever language or wording its name has.</summary>
/// <remarks>Head words come from every language's <c>mechanism-heads.tsv</c>; names with no known head words fall back
/// to their folded words. Thread-safe.</remarks>
public static class MechanismNames
{
    private static readonly Lazy<IReadOnlyList<HeadRule>> Rules = new(Load);
    private static readonly Lazy<WordConcepts> Words = new(WordConcepts.Load);

    /// <summary>The concept key and display name of a mechanism name: a known concept, or the folded name itself.</summary>
    public static (string Concept, string Display) Concept(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = TextKey.Tokens(name);
        var concepts = Words.Value.Normalize(tokens);
        foreach (var rule in Rules.Value)
            if (rule.Matches(tokens, concepts)) return (rule.Concept, rule.Display);
        // An unknown mechanism is keyed by its content words' concepts in a fixed order, so that its French and English
        // names ("Joint Committee on Defence Cooperation", "comité mixte de coopération de défense") meet.
        var key = ContentConcepts(tokens);
        return (key.Length > 0 ? string.Join('-', key) : string.Join('-', tokens), name.Trim());
    }

    /// <summary>The language-neutral concepts of a name's content words, sorted: no function words, countries or ordinals.</summary>
    public static string[] ContentConcepts(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ContentConcepts(TextKey.Tokens(name));
    }

    /// <summary>True when a name holds only words that name no particular mechanism ("the dialogue", "la 3e session").</summary>
    public static bool IsGeneric(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = TextKey.Tokens(name);
        if (Rules.Value.Any(rule => rule.Matches(tokens, Words.Value.Normalize(tokens)))) return false;
        return ContentConcepts(tokens).All(Words.Value.IsGeneric);
    }

    private static string[] ContentConcepts(string[] tokens) =>
        [.. tokens.Where(t => !Words.Value.IsDropped(t)).Select(Words.Value.Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>True when the name is a form of a concept the language data know (not its own folded words).</summary>
    public static bool IsKnownConcept(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = TextKey.Tokens(name);
        var concepts = Words.Value.Normalize(tokens);
        return Rules.Value.Any(rule => rule.Matches(tokens, concepts));
    }

    /// <summary>True when a series key's concept is one the language data define (not a name's own folded words).</summary>
    public static bool IsKnownSeriesKey(string seriesKey)
    {
        ArgumentNullException.ThrowIfNull(seriesKey);
        var colon = seriesKey.LastIndexOf(':');
        var concept = colon < 0 ? seriesKey : seriesKey[..colon];
        return Rules.Value.Any(rule => rule.Concept == concept);
    }

    /// <summary>The series key of an event's mechanism: concept plus the sorted country set, e.g.
    /// <c>defence-policy-dialogue:JPN-VNM</c>; null when the event is not a session of a mechanism.</summary>
    public static string? SeriesKey(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Mechanism is null || string.IsNullOrWhiteSpace(e.Mechanism.Name)) return null;
        return $"{Concept(e.Mechanism.Name).Concept}:{CountryKey(e.Countries)}";
    }

    /// <summary>A sorted, dash-joined country set, e.g. <c>JPN-VNM</c>.</summary>
    public static string CountryKey(IEnumerable<string> countries) =>
        string.Join('-', countries.Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static List<HeadRule> Load()
    {
        var rules = new List<HeadRule>();
        foreach (var lang in LanguageData.Available)
            foreach (var row in LanguageData.For(lang).Table("mechanism-heads"))
                if (row.Length >= 3) rules.Add(new HeadRule(row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), row[1], row[2]));
        return rules;
    }

    private sealed record HeadRule(string[] Words, string Concept, string Display)
    {
        // A head word matches a token as written or through the concept both stand for ("politiques" and "policy").
        public bool Matches(string[] tokens, string[] concepts) => Words.All(w => LanguageData.Alternatives(w).Any(alt =>
            tokens.Any(t => Fits(alt, t)) || (!alt.EndsWith('*') && MechanismNames.Words.Value.Normalize(alt) is var c && c != alt && concepts.Contains(c))
            || (alt.EndsWith('*') && concepts.Any(t => Fits(alt, t)))));

        private static bool Fits(string pattern, string token) =>
            pattern.EndsWith('*') ? token.StartsWith(pattern[..^1], StringComparison.Ordinal) : token == pattern;
    }

    /// <summary>Every language's mechanism words: forms to concepts, the generic ones, and the words left out of keys.</summary>
    private sealed class WordConcepts
    {
        private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
        private readonly List<(string Prefix, string Concept)> _prefixes = [];
        private readonly HashSet<string> _generic = new(StringComparer.Ordinal);
        private readonly HashSet<string> _dropped = new(StringComparer.Ordinal);

        public static WordConcepts Load()
        {
            var w = new WordConcepts();
            foreach (var lang in LanguageData.Available)
            {
                var data = LanguageData.For(lang);
                foreach (var row in data.Table("mechanism-words"))
                {
                    if (row.Length < 2) continue;
                    if (row[0] == "-")
                    {
                        foreach (var form in LanguageData.Alternatives(row[1])) w._dropped.Add(form);
                        continue;
                    }
                    foreach (var form in LanguageData.Alternatives(row[1]))
                    {
                        if (form.EndsWith('*')) w._prefixes.Add((form[..^1], row[0]));
                        else w._exact.TryAdd(form, row[0]);
                    }
                    if (row.Length > 2 && row[2] == "generic") w._generic.Add(row[0]);
                }
                foreach (var row in data.Table("stopwords"))
                    if (row.Length > 0) w._dropped.Add(TextKey.Fold(row[0]));
                foreach (var row in data.Table("countries"))
                    foreach (var cell in row.Skip(1))
                        foreach (var form in LanguageData.Alternatives(cell))
                            foreach (var word in TextKey.Tokens(form)) w._dropped.Add(word);
                foreach (var row in data.Table("ordinals"))
                    if (row.Length > 1 && row[0] == "word")
                        foreach (var form in LanguageData.Alternatives(row[1])) w._dropped.Add(TextKey.Fold(form));
            }
            foreach (var row in LanguageData.Common.Table("countries"))
                foreach (var cell in row.Skip(1))
                    foreach (var word in TextKey.Tokens(cell)) w._dropped.Add(word);
            w._prefixes.Sort((x, y) => y.Prefix.Length.CompareTo(x.Prefix.Length));
            return w;
        }

        public string Normalize(string token) => Lookup(token) ?? token;

        private string? Lookup(string token)
        {
            if (_exact.TryGetValue(token, out var c)) return c;
            foreach (var (prefix, concept) in _prefixes)
                if (token.StartsWith(prefix, StringComparison.Ordinal)) return concept;
            return null;
        }

        public string[] Normalize(string[] tokens) => [.. tokens.Select(Normalize)];

        public bool IsGeneric(string concept) => _generic.Contains(concept);

        // Numbers and numbered forms ("10e", "11th") count a session; they do not name the mechanism.
        public bool IsDropped(string token) => (_dropped.Contains(token) && Lookup(token) is null) || (token.Length > 0 && char.IsDigit(token[0]));
    }
}
