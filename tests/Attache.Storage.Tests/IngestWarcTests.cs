using System.Text;
using System.Text.Json;
using Attache.Tests.Input;

namespace Attache.Storage.Tests;

/// <summary><c>attache ingest crawl.warc[.gz]</c>: HTML responses become documents (URL and fetch date from the record), the rest is counted as skipped.</summary>
public class IngestWarcTests
{
    static IngestWarcTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static void WriteCrawl(string path, bool gzip)
    {
        using var file = File.Create(path);
        var w = new WarcWriter(file, gzip);
        w.Record("warcinfo", null, "software: attache-tests\r\nformat: WARC File Format 1.1\r\n"u8.ToArray(), "application/warc-fields");
        const string First = "https://agence.example/fr/defense/dialogue-vietnam-japon.html";
        w.Request(First);
        // No date in the page: the fetch date (28 February 2024) anchors "mardi 27 février". Encoded as its header says.
        w.Response(First, Encoding.GetEncoding(1252).GetBytes(AttacheProcess.SeedPage("")), "text/html; charset=windows-1252");
        w.Record("metadata", First, "fetchTimeMs: 120\r\n"u8.ToArray(), "application/warc-fields");
        w.Response("https://agence.example/fr/rapport.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8.ToArray(), "application/pdf");
        w.Response("https://agence.example/fr/old", [], "text/html", status: 301, extraHeaders: "Location: https://agence.example/fr/new\r\n");
        var second = File.ReadAllText(Directory.GetFiles(CliErrorTests.Samples(), "004_*.txt").Single());
        w.Response("https://agence.example/fr/monde/vietnam-japon-cooperation.html?utm_source=rss",
            Encoding.UTF8.GetBytes(AttacheProcess.SeedPage("""<meta property="article:published_time" content="2019-03-04T09:00:00+09:00">""", second)), "text/html", date: "2019-03-05T00:00:00Z");
        // The crawler died while writing the last record.
        w.Response("https://agence.example/fr/cut.html", Encoding.UTF8.GetBytes(AttacheProcess.SeedPage("") + new string(' ', 4000)), "text/html", truncateTo: 900);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ingest_Warc_StoresHtmlResponses_SkipsTheRest_ReportsTheTruncatedRecord(bool gzip)
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        var dir = Path.GetDirectoryName(db.Db)!;
        var crawl = Path.Combine(dir, gzip ? "crawl.warc.gz" : "crawl.warc");
        WriteCrawl(crawl, gzip);
        var run = await AttacheProcess.RunAsync("ingest", crawl, "--db", db.Db);
        Assert.True(run.Code == 1, run.Out + run.Err); // the truncated record is bad input; the others are stored
        var error = Assert.Single(run.ErrLines);
        Assert.StartsWith($"attache: {crawl}: record at byte ", error, StringComparison.Ordinal);
        Assert.Contains("truncated", error, StringComparison.Ordinal);
        Assert.Contains("warc: 7 records; 5 skipped (1 metadata, 1 not HTML, 1 request, 1 status 301, 1 warcinfo)", run.Out, StringComparison.Ordinal);
        Assert.Contains("documents: 2 new, 0 unchanged, 1 failed", run.Out, StringComparison.Ordinal);

        await using (var store = await EventStores.OpenAsync(db.Db))
        {
            var first = await store.GetDocumentAsync("https://agence.example/fr/defense/dialogue-vietnam-japon.html");
            Assert.NotNull(first);
            Assert.Equal(new DateOnly(2024, 2, 28), first.Published);
            Assert.Equal("fr", first.Language);
            Assert.Contains("Le général de corps d’armée Hoang Xuân Chiên", first.Text, StringComparison.Ordinal);
            var second = await store.GetDocumentAsync("https://agence.example/fr/monde/vietnam-japon-cooperation.html");
            Assert.NotNull(second);
            Assert.Equal(new DateOnly(2019, 3, 4), second.Published);
        }
        var events = await AttacheProcess.RunAsync("events", "--db", db.Db, "--json", "--type", "dialogue");
        using (var json = JsonDocument.Parse(events.Out))
            Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("date").GetString() == "2024-02-27");

        // Nothing is stored twice.
        var again = await AttacheProcess.RunAsync("ingest", crawl, "--db", db.Db);
        Assert.Contains("documents: 0 new, 2 unchanged, 1 failed", again.Out, StringComparison.Ordinal);
    }

    /// <summary>Responses stored as sent, with a Content-Encoding (gzip, deflate, br), are decoded; an unknown coding is one message naming the record.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ingest_Warc_ContentEncodedBodies_AreDecoded(bool gzip)
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        var crawl = Path.Combine(Path.GetDirectoryName(db.Db)!, gzip ? "encoded.warc.gz" : "encoded.warc");
        const string English = """
            Hanoi, March 3, 2024 - General Tran Van Long, Vietnam's deputy minister of national defence, held talks with Japan's
            vice-minister of defence Sato Kenji in Hanoi on Sunday.
            """;
        static byte[] Encode(byte[] body, Func<Stream, Stream> encoder)
        {
            using var buffer = new MemoryStream();
            using (var e = encoder(buffer)) e.Write(body);
            return buffer.ToArray();
        }
        using (var file = File.Create(crawl))
        {
            var w = new WarcWriter(file, gzip);
            var seed = Encoding.UTF8.GetBytes(AttacheProcess.SeedPage(""));
            w.Response("https://agence.example/fr/gzip.html", Encode(seed, s => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)),
                "text/html; charset=utf-8", extraHeaders: "Content-Encoding: gzip\r\n");
            w.Response("https://agence.example/en/brotli.html", Encode(Encoding.UTF8.GetBytes(AttacheProcess.SeedPage("", English, "en")),
                s => new System.IO.Compression.BrotliStream(s, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)), "text/html; charset=utf-8", extraHeaders: "Content-Encoding: br\r\n");
            w.Response("https://agence.example/fr/compress.html", [0x1F, 0x9D, 0x90, 0x00], "text/html", extraHeaders: "Content-Encoding: compress\r\n");
        }
        var run = await AttacheProcess.RunAsync("ingest", crawl, "--db", db.Db);
        Assert.True(run.Code == 1, run.Out + run.Err);
        Assert.Contains("documents: 2 new, 0 unchanged, 1 failed", run.Out, StringComparison.Ordinal);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains("https://agence.example/fr/compress.html", error, StringComparison.Ordinal);
        Assert.Contains("compress-encoded", error, StringComparison.Ordinal);
        await using var store = await EventStores.OpenAsync(db.Db);
        Assert.Contains("Hoang Xuân Chiên", (await store.GetDocumentAsync("https://agence.example/fr/gzip.html"))!.Text, StringComparison.Ordinal);
        Assert.Contains("Sato Kenji", (await store.GetDocumentAsync("https://agence.example/en/brotli.html"))!.Text, StringComparison.Ordinal);
    }
}
