using System.Text;

namespace Attache.Languages;

/// <summary>Lowercases and strips diacritics (<c>Défense</c> → <c>defense</c>, <c>HÀ NỘI</c> → <c>ha noi</c>) using <c>data/lang/common/fold.tsv</c>.</summary>
/// <remarks>Works without ICU (the project runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose).</remarks>
public static class TextFold
{
    private static readonly Dictionary<char, string> Table = Load();

    /// <summary>The lowercase, diacritic-free form of <paramref name="text"/>; ligatures expand (<c>œ</c> → <c>oe</c>), combining marks drop.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Table.TryGetValue(c, out var plain)) sb.Append(plain);
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static Dictionary<char, string> Load()
    {
        var table = new Dictionary<char, string>();
        foreach (var row in LanguageData.Common.Table("fold"))
        {
            if (row.Length < 2) continue;
            var plain = row[0].ToLowerInvariant();
            foreach (var c in row[1]) table[c] = plain;
        }
        return table;
    }
}
