using Attache.Languages;

namespace Attache.Record;

/// <summary>Compares person names across documents: titles, case, accents and word order do not matter.</summary>
/// <remarks>Leading honorifics come from every language's <c>person-honorifics.tsv</c>. Thread-safe.</remarks>
public static class PersonNames
{
    private static readonly Lazy<(HashSet<string> Words, HashSet<string> Connectors)> Honorifics = new(Load);

    /// <summary>The folded words of a name, leading titles and ranks removed (all words kept if nothing would remain).</summary>
    public static string[] Tokens(string? name)
    {
        var tokens = TextKey.Tokens(name);
        var (words, connectors) = Honorifics.Value;
        var i = 0;
        while (i < tokens.Length - 1)
        {
            if (words.Contains(tokens[i])) i++;
            else if (i > 0 && connectors.Contains(tokens[i]) && words.Contains(tokens[i + 1])) i++;
            else break;
        }
        return tokens[i..];
    }

    /// <summary>The name without leading titles, in the document's word order and spelling.</summary>
    public static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Tokens(name);
        if (tokens.Length == 0) return name.Trim();
        var words = name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var drop = TextKey.Tokens(name).Length - tokens.Length;
        // Drop as many original words as folded tokens were dropped (a word may fold to several tokens).
        var kept = new List<string>();
        var dropped = 0;
        foreach (var w in words)
        {
            if (dropped < drop)
            {
                dropped += Math.Max(1, TextKey.Tokens(w).Length);
                continue;
            }
            kept.Add(w);
        }
        return kept.Count == 0 ? name.Trim() : string.Join(' ', kept);
    }

    /// <summary>A key equal for two forms of one full name: sorted folded words without titles.</summary>
    public static string Key(string? name) => string.Join(' ', Tokens(name).Order(StringComparer.Ordinal));

    /// <summary>How well a mention matches a known name: 3 same words, 2 one is a single word of the other,
    /// 1 the shorter (two words or more) is contained in the longer, 0 no match.</summary>
    public static int Match(string? a, string? b) => Match(Tokens(a), Tokens(b));

    /// <summary><see cref="Match(string?, string?)"/> of two names given by their <see cref="Tokens"/>.</summary>
    public static int Match(string[] a, string[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ta = a.ToHashSet(StringComparer.Ordinal);
        var tb = b.ToHashSet(StringComparer.Ordinal);
        if (ta.Count == 0 || tb.Count == 0) return 0;
        if (ta.SetEquals(tb)) return 3;
        // Syllables written apart or together ("Xu Xue Qiang", "Xu Xueqiang") are one name.
        if (string.Concat(a) == string.Concat(b)) return 3;
        var (small, large) = ta.Count <= tb.Count ? (ta, tb) : (tb, ta);
        if (!small.IsSubsetOf(large)) return 0;
        return small.Count == 1 ? 2 : 1;
    }

    /// <summary>True when two names can be the same person (see <see cref="Match(string?, string?)"/>).</summary>
    public static bool Same(string? a, string? b) => Match(a, b) > 0;

    private static (HashSet<string>, HashSet<string>) Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var connectors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lang in LanguageData.Available)
        {
            foreach (var row in LanguageData.For(lang).Table("person-honorifics"))
            {
                var w = TextKey.Fold(row[0]);
                if (w.Length == 0) continue;
                if (row.Length > 1 && row[1] == "connector") connectors.Add(w); else words.Add(w);
            }
        }
        return (words, connectors);
    }
}
