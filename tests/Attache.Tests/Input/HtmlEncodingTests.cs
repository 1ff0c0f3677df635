using System.Text;
using Attache.Input;

namespace Attache.Tests.Input;

public sealed class HtmlEncodingTests
{
    private const string French = "Le général a coprésidé à Hanoï le 10e Dialogue « défense » — mardi 27 février.";

    static HtmlEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string charsetMeta, Encoding encoding) =>
        encoding.GetBytes($"<html><head>{charsetMeta}<title>t</title></head><body><p>{French}</p></body></html>");

    [Theory]
    [InlineData("", 1252, null)] // no charset anywhere: windows-1252, the Web's usual single-byte encoding
    [InlineData("<meta charset=\"windows-1252\">", 1252, null)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", 28591, null)]
    [InlineData("<meta charset=\"utf-8\">", 1252, null)] // declared UTF-8, bytes are not: not mojibake
    [InlineData("", 28591, "ISO-8859-1")] // the HTTP header names it
    [InlineData("<meta charset=\"iso-8859-1\">", 65001, null)] // valid UTF-8 under a stale Latin-1 declaration
    [InlineData("", 65001, "windows-1252")] // a wrong header: the bytes are valid UTF-8
    public void Decode_ReadsTheTextWhateverTheDeclaration(string meta, int codePage, string? header)
    {
        var (text, _) = HtmlEncoding.Decode(Page(meta, Encoding.GetEncoding(codePage)), header);
        // windows-1252 has no « » — in ISO-8859-1 they exist too; the dash is 1252-only, so check the letters everyone has.
        Assert.Contains("Le général a coprésidé à Hanoï", text, StringComparison.Ordinal);
        Assert.Contains("27 février", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ã", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Windows1252Punctuation()
    {
        var (text, name) = HtmlEncoding.Decode(Encoding.GetEncoding(1252).GetBytes("<p>l’accord — “signé”</p>"));
        Assert.Equal("<p>l’accord — “signé”</p>", text);
        Assert.Equal("windows-1252", name);
    }

    [Theory]
    [InlineData("text/html; charset=ISO-8859-1", "ISO-8859-1")]
    [InlineData("text/html;charset=\"utf-8\"", "utf-8")]
    [InlineData("text/html", null)]
    public void CharsetOf_ContentType(string contentType, string? expected) => Assert.Equal(expected, HtmlEncoding.CharsetOf(contentType));

    [Theory]
    [InlineData("https://Agence.example/fr/a.html?utm_source=rss&utm_medium=x", "https://agence.example/fr/a.html")]
    [InlineData("https://agence.example/fr/a.html?id=4&ref=home#top", "https://agence.example/fr/a.html?id=4")]
    [InlineData("https://agence.example:443/fr/a/amp/", "https://agence.example/fr/a")]
    [InlineData("http://127.0.0.1:5001/x?fbclid=1", "http://127.0.0.1:5001/x")]
    public void PageUrls_Normalize_OneAddressPerArticle(string url, string expected) => Assert.Equal(expected, PageUrls.Normalize(url));
}
