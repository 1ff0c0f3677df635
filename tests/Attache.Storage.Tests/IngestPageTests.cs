using System.Text;
using System.Text.Json;

namespace Attache.Storage.Tests;

/// <summary>Saved pages keep their metadata (publication date, URL, language) and are decoded in the encoding they use.</summary>
public class IngestPageTests
{
    static IngestPageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The seed dispatch saved as a page: stored with its date, URL and language; its dialogue is dated 2024-02-27, not 2023.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SavedPage_KeepsPublishedDateUrlAndLanguage(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var dir = Directory.CreateTempSubdirectory("attache-page-");
        try
        {
            var page = Path.Combine(dir.FullName, "page.html");
            await File.WriteAllTextAsync(page, AttacheProcess.SeedPage("""
                <meta charset="utf-8">
                <meta property="article:published_time" content="2024-02-27T18:00:00+07:00">
                <link rel="canonical" href="https://agence.example/fr/defense/dialogue-vietnam-japon-123.html?utm_source=rss">
                """));
            var run = await AttacheProcess.RunAsync("ingest", page, "--db", db.Db);
            Assert.True(run.Code == 0, run.Out + run.Err);
            var events = await AttacheProcess.RunAsync("events", "--db", db.Db, "--json");
            using var json = JsonDocument.Parse(events.Out);
            var dialogue = Assert.Single(json.RootElement.EnumerateArray(), e => e.GetProperty("type").GetString() == "dialogue");
            Assert.Equal("2024-02-27", dialogue.GetProperty("date").GetString());
            await using var store = await EventStores.OpenAsync(db.Db);
            var stored = await store.GetDocumentAsync("page");
            Assert.NotNull(stored);
            Assert.Equal(new DateOnly(2024, 2, 27), stored.Published);
            Assert.Equal("https://agence.example/fr/defense/dialogue-vietnam-japon-123.html", stored.Url);
            Assert.Equal("fr", stored.Language);
            Assert.StartsWith("Le 10e Dialogue", stored.Text, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>JSON-LD datePublished and &lt;time datetime&gt; date a page too; a windows-1252 page without a charset and a
    /// UTF-8 page declaring ISO-8859-1 are both read without mojibake.</summary>
    [Fact]
    public async Task SavedPages_OtherDateSourcesAndEncodings()
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        var dir = Directory.CreateTempSubdirectory("attache-page-");
        try
        {
            var jsonLd = AttacheProcess.SeedPage("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"x","datePublished":"2024-02-27T11:00:00Z"}]}</script>""");
            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "jsonld.html"), Encoding.GetEncoding(1252).GetBytes(jsonLd));
            var time = AttacheProcess.SeedPage("""<meta charset="iso-8859-1">""").Replace("<article>", "<article><time datetime=\"2024-02-27\">27/02/2024</time>", StringComparison.Ordinal);
            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "time.html"), Encoding.UTF8.GetBytes(time));
            var run = await AttacheProcess.RunAsync("ingest", dir.FullName, "--db", db.Db);
            Assert.True(run.Code == 0, run.Out + run.Err);
            await using var store = await EventStores.OpenAsync(db.Db);
            foreach (var id in new[] { "jsonld", "time" })
            {
                var stored = await store.GetDocumentAsync(id);
                Assert.NotNull(stored);
                Assert.Equal(new DateOnly(2024, 2, 27), stored.Published);
                Assert.Contains("Le général de corps d’armée Hoang Xuân Chiên", stored.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Ã", stored.Text, StringComparison.Ordinal);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
