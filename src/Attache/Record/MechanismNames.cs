using Attache.Languages;
using Attache.Model;

namespace Attache.Record;

/// <summary>Identifies the series a mechanism session belongs to, whatever language or wording its name has.</summary>
/// <remarks>Head words come from every language's <c>mechanism-heads.tsv</c>; names with no known head words fall back
/// to their folded words. Thread-safe.</remarks>
public static class MechanismNames
{
    private static readonly Lazy<IReadOnlyList<HeadRule>> Rules = new(Load);

    /// <summary>The concept key and display name of a mechanism name: a known concept, or the folded name itself.</summary>
    public static (string Concept, string Display) Concept(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = TextKey.Tokens(name);
        foreach (var rule in Rules.Value)
            if (rule.Matches(tokens)) return (rule.Concept, rule.Display);
        return (string.Join('-', tokens), name.Trim());
    }

    /// <summary>True when the name is a form of a concept the language data know (not its own folded words).</summary>
    public static bool IsKnownConcept(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = TextKey.Tokens(name);
        return Rules.Value.Any(rule => rule.Matches(tokens));
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
        public bool Matches(string[] tokens) => Words.All(w => LanguageData.Alternatives(w).Any(alt => tokens.Any(t => Fits(alt, t))));

        private static bool Fits(string pattern, string token) =>
            pattern.EndsWith('*') ? token.StartsWith(pattern[..^1], StringComparison.Ordinal) : token == pattern;
    }
}
