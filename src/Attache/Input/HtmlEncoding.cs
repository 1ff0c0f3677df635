using System.Text;
using System.Text.RegularExpressions;

namespace Attache.Input;

/// <summary>Decodes a page's bytes: byte-order mark, then UTF-8 when the bytes are valid UTF-8, then the HTTP header's charset, then <c>&lt;meta charset&gt;</c>, then windows-1252.</summary>
/// <remarks>
/// Bytes that are valid UTF-8 and hold non-ASCII characters are read as UTF-8 whatever the page declares: text in a
/// single-byte encoding is almost never valid UTF-8 by chance, while pages saved as UTF-8 under a stale Latin-1
/// declaration are common. ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do (WHATWG Encoding).
/// </remarks>
public static partial class HtmlEncoding
{
    /// <summary>How far into the page <c>&lt;meta charset&gt;</c> is looked for (the HTML standard says 1024; saved pages put it later).</summary>
    public const int SniffBytes = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The page's text, and the name of the encoding it was read with.</summary>
    /// <param name="bytes">The page as received or saved.</param>
    /// <param name="headerCharset">The charset of the HTTP <c>Content-Type</c> header, when there was one.</param>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string? headerCharset = null)
    {
        if (bytes.StartsWith("\uFEFF"u8)) return (StrictUtf8.GetString(bytes[3..]), "utf-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return (StrictUtf8.GetString(bytes), "utf-8");
        var declared = Find(headerCharset) ?? Find(MetaCharset(bytes));
        // A page declared UTF-8 whose bytes are not is in the usual single-byte encoding of the Web.
        var encoding = declared is null || declared.CodePage == Encoding.UTF8.CodePage ? Windows1252 : declared;
        return (encoding.GetString(bytes), encoding.WebName);
    }

    /// <summary>The charset a <c>Content-Type</c> value names (<c>text/html; charset=ISO-8859-1</c>), or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = ContentTypeCharset().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        // Declarations are ASCII: reading the head as Latin-1 keeps every byte one character.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var m = MetaPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim().Trim('"', '\'');
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) || name.Equals("ascii", StringComparison.OrdinalIgnoreCase))
            return Windows1252;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaPattern();

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ContentTypeCharset();
}
