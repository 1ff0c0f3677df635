using System.Security.Cryptography;
using System.Text;

namespace Attache.Record;

/// <summary>The content hash that identifies a document regardless of incidental whitespace or Unicode form.</summary>
public static class DocumentHash
{
    /// <summary>Normalises a text: Unicode NFC, every whitespace run collapsed to one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        var space = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The lower-case hexadecimal SHA-256 of the normalised text.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))));
}
