using System.Globalization;
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
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            t[i] = char.IsSurrogate(c) ? c : FoldSlow(c);
        }
        return t;
    }

    private static char FoldSlow(char c)
    {
        switch (c)
        {
            case 'đ' or 'Đ' or 'ð' or 'Ð': return 'd';
            case 'ł' or 'Ł': return 'l';
            case 'ø' or 'Ø': return 'o';
            case '\u2019' or '\u2018' or '\u201B' or '\u02BC' or '`' or '\u00B4': return '\'';
            case '\u00A0' or '\u202F' or '\u2007': return ' ';
            case 'œ' or 'Œ': return 'œ';
            case 'æ' or 'Æ': return 'æ';
        }
        if (c < 128) return char.ToLowerInvariant(c);
        if (c > '\u2000' && !char.IsLetter(c)) return c; // symbols and unassigned code points: nothing to fold
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned || c.ToString().IsNormalized() is false) return char.ToLowerInvariant(c);
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                return char.ToLowerInvariant(d);
        }
        return char.ToLowerInvariant(c);
    }
}
