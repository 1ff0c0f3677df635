namespace Attache.Record;

/// <summary>How a mechanism or person filter matches: every folded word it gives starts a word of the name (any order),
/// so that the stores can answer it from an index of words instead of scanning every name.</summary>
public static class FilterWords
{
    /// <summary>The distinct folded words of a name (or of a filter).</summary>
    public static string[] Of(string? text) => TextKey.Tokens(text).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The words an event's mechanism is found by: those of its name and of its series key.</summary>
    public static string[] OfMechanism(string? name, string? seriesKey) => Of(name).Concat(Of(seriesKey)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Whether every word of <paramref name="filter"/> starts one of <paramref name="words"/> (false when it has none).</summary>
    public static bool Matches(string? filter, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var wanted = Of(filter);
        return wanted.Length > 0 && wanted.All(w => words.Any(x => x.StartsWith(w, StringComparison.Ordinal)));
    }
}
