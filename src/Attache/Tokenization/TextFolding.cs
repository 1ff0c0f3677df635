using System.Text;

namespace Attache.Tokenization;

/// <summary>Case and diacritic folding used for every lookup, so "Défense", "DEFENSE" and "defense" are one key.</summary>
public static class TextFolding
{
    // One table for the whole BMP: folding is on the hot path of every token.
    private static readonly char[] Table = BuildTable();

    /// <summary>The folded form of one character (lower case, no diacritics, typographic apostrophes as ').</summary>
    public static char Fold(char c) => Table[c];

    /// <summary>The folded form of a string.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        return string.Create(text.Length, text, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++) dst[i] = Table[src[i]];
        });
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
        for (var i = 0; i <= char.MaxValue; i++) t[i] = char.ToLowerInvariant((char)i);
        // Decompositions come from a data file: with invariant globalization, string.Normalize keeps diacritics.
        foreach (var row in Languages.LanguageData.Common.Table("folding"))
            if (row.Length >= 2 && row[0].Length == 1 && row[1].Length == 1) t[row[0][0]] = row[1][0];
        foreach (var c in "\u2019\u2018\u201B\u02BC`\u00B4") t[c] = '\'';
        foreach (var c in "\u00A0\u202F\u2007") t[c] = ' ';
        return t;
    }
}
