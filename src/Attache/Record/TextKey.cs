using System.Text;

namespace Attache.Record;

/// <summary>Folds text into comparison keys: lower case, no diacritics, words separated by single spaces.</summary>
public static class TextKey
{
    /// <summary>Lower-cases, strips diacritics (Vietnamese đ included) and replaces every non-alphanumeric run with one space.</summary>
    /// <remarks><c>+</c> is kept as a letter so that names such as <c>2+2</c> survive.</remarks>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var ch in text)
        {
            // Combining marks vanish; letters fold through the engine's one folding table (case, diacritics, đ).
            if (ch is >= '\u0300' and <= '\u036F') continue;
            var c = Tokenization.TextFolding.Fold(ch);
            if (char.IsLetterOrDigit(c) || c == '+')
            {
                sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The folded words of a text.</summary>
    public static string[] Tokens(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A short, stable hexadecimal hash of a string (first 12 hex digits of its SHA-256).</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
