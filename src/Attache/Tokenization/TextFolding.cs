using System.Text;

namespace Attache.Tokenization;

/// <summary>Case and diacritic folding used for every lookup, so "Défense", "DEFENSE" and "defense" are one key.</summary>
public static class TextFolding
{
    // One table for the whole BMP: folding is on the hot path of every token.
    private static readonly Dictionary<char, string> Expansions = [];
    private static readonly char[] Table = BuildTable();
    // Which characters expand, as a table: the test runs for every character of every token.
    private static readonly bool[] Expanding = BuildExpanding();

    /// <summary>The folded form of one character (lower case, no diacritics, typographic apostrophes as ').</summary>
    public static char Fold(char c) => Table[c];

    /// <summary>The folded form of a string; ligatures expand ("cœur" → "coeur").</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (Expands(text)) return FoldExpanding(text);
        return string.Create(text.Length, text, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++) dst[i] = Table[src[i]];
        });
    }

    /// <summary>True when a character of <paramref name="text"/> folds to more than one (a ligature).</summary>
    internal static bool Expands(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (Expanding[c]) return true;
        return false;
    }

    /// <summary>Folds <paramref name="text"/>, which does not <see cref="Expands"/>, into <paramref name="destination"/> of its length.</summary>
    internal static void FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++) destination[i] = Table[text[i]];
    }

    private static bool[] BuildExpanding()
    {
        var t = new bool[char.MaxValue + 1];
        foreach (var c in Expansions.Keys) t[c] = true;
        return t;
    }

    private static string FoldExpanding(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (Expansions.TryGetValue(c, out var plain)) sb.Append(plain);
            else sb.Append(Table[c]);
        }
        return sb.ToString();
    }

    /// <summary>Removes diacritics but keeps case: "Hoang Xuân Chiên" → "Hoang Xuan Chien".</summary>
    public static string StripDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = Table[c];
            sb.Append(char.IsUpper(c) ? char.ToUpperInvariant(f) : f);
        }
        return sb.ToString();
    }

    private static char[] BuildTable()
    {
        var t = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            // Combining marks vanish in spirit; mapping them to a space would split words, so they map to themselves and are rare.
            t[i] = char.ToLowerInvariant(c);
        }
        // Decompositions come from a data file: with invariant globalization, string.Normalize keeps diacritics.
        foreach (var row in Languages.LanguageData.Common.Table("fold"))
        {
            if (row.Length < 2) continue;
            var plain = row[0].ToLowerInvariant();
            foreach (var c in row[1])
            {
                if (plain.Length == 1) t[c] = plain[0];
                else Expansions[c] = plain;
            }
        }
        foreach (var c in "\u2019\u2018\u201B\u02BC`\u00B4") t[c] = '\'';
        foreach (var c in "\u00A0\u202F\u2007\u2009") t[c] = ' ';
        return t;
    }
}
