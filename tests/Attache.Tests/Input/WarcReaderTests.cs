using System.Text;
using Attache.Input;

namespace Attache.Tests.Input;

public sealed class WarcReaderTests
{
    private static byte[] Build(bool gzip, bool truncated)
    {
        var stream = new MemoryStream();
        var w = new WarcWriter(stream, gzip);
        w.Record("warcinfo", null, "software: tests\r\n"u8.ToArray(), "application/warc-fields");
        w.Request("https://agence.example/fr/a.html");
        w.Response("https://agence.example/fr/a.html", "<html><body><p>Un texte écrit pour le test.</p></body></html>"u8.ToArray(), "text/html; charset=utf-8");
        w.Response("https://agence.example/fr/b.pdf", "%PDF-1.4 binary"u8.ToArray(), "application/pdf");
        if (truncated) w.Response("https://agence.example/fr/c.html", new byte[5000], "text/html", truncateTo: 700);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Next_ReadsEveryRecord_PlainOrGzipPerRecord(bool gzip)
    {
        using var reader = new WarcReader(new MemoryStream(Build(gzip, truncated: false)), 1 << 20);
        Assert.Equal(gzip, reader.IsCompressed);
        var records = new List<WarcRecord>();
        while (reader.Next() is { } r) records.Add(r);
        Assert.Equal(["warcinfo", "request", "response", "response"], records.Select(r => r.Type));
        var page = records[2];
        Assert.Equal("https://agence.example/fr/a.html", page.TargetUri);
        Assert.Equal(new DateTimeOffset(2024, 2, 28, 3, 15, 0, TimeSpan.Zero), page.Date);
        var payload = HttpPayload.Parse(page.Content!)!;
        Assert.Equal(200, payload.Status);
        Assert.True(payload.IsHtml);
        Assert.Contains("écrit", Encoding.UTF8.GetString(payload.Body.Span), StringComparison.Ordinal);
        Assert.False(HttpPayload.Parse(records[3].Content!)!.IsHtml);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Next_TruncatedLastRecord_ThrowsNamingItsOffset_AfterTheOthers(bool gzip)
    {
        using var reader = new WarcReader(new MemoryStream(Build(gzip, truncated: true)), 1 << 20);
        for (var i = 0; i < 4; i++) Assert.NotNull(reader.Next());
        var e = Assert.ThrowsAny<Exception>(() => reader.Next());
        Assert.True(e is InvalidDataException or EndOfStreamException or IOException, e.GetType().Name);
    }

    [Fact]
    public void Next_RecordOverTheLimit_IsSkippedUnread()
    {
        var stream = new MemoryStream();
        var w = new WarcWriter(stream, gzip: false, version: "WARC/1.0");
        w.Response("https://agence.example/big.html", new byte[100_000], "text/html");
        w.Response("https://agence.example/small.html", "<p>x</p>"u8.ToArray(), "text/html");
        using var reader = new WarcReader(new MemoryStream(stream.ToArray()), 10_000);
        var big = reader.Next()!;
        Assert.Null(big.Content);
        Assert.True(big.ContentLength > 100_000);
        Assert.Equal("https://agence.example/small.html", reader.Next()!.TargetUri);
        Assert.Null(reader.Next());
    }
}
