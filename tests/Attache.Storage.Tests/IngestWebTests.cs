using System.Text;
using Microsoft.AspNetCore.Http;

namespace Attache.Storage.Tests;

/// <summary><c>attache ingest URL</c> and <c>attache watch</c> against a news site on loopback: pages, feeds, sitemaps, and what goes wrong on the Web.</summary>
public class IngestWebTests
{
    static IngestWebTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Busy = """
        Hanoi, March 3, 2024 - General Tran Van Long, Vietnam's deputy minister of national defence, held talks with Japan's
        vice-minister of defence Sato Kenji in Hanoi on Sunday. The two sides agreed to expand cooperation in peacekeeping,
        military medicine and cyber security, and to hold the next round of talks in Tokyo.
        """;

    private static string Cooperation() => File.ReadAllText(Directory.GetFiles(CliErrorTests.Samples(), "004_*.txt").Single());

    /// <summary>The site: one article under three addresses, a windows-1252 page without charset, a 429 then 200, a slow page, a 30 MB page, a redirect loop and a path robots.txt disallows.</summary>
    private static async Task<TestSite> NewsSiteAsync()
    {
        var site = await TestSite.StartAsync();
        site.Serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        var dialogue = AttacheProcess.SeedPage($"""
            <meta property="article:published_time" content="2024-02-27T18:00:00+07:00">
            <link rel="canonical" href="{site.Url("/fr/dialogue.html")}">
            """);
        site.Serve("/fr/dialogue.html", "text/html; charset=utf-8", dialogue);
        site.Serve("/fr/dialogue/amp", "text/html; charset=utf-8", dialogue.Replace("<nav>", "<nav class=\"amp\">", StringComparison.Ordinal));
        site.Serve("/fr/cooperation.html", "text/html", Encoding.GetEncoding(1252).GetBytes(AttacheProcess.SeedPage("", Cooperation())));
        var busyCalls = 0;
        site.Routes["/en/busy.html"] = async c =>
        {
            if (Interlocked.Increment(ref busyCalls) == 1)
            {
                c.Response.StatusCode = 429;
                c.Response.Headers.RetryAfter = "1";
                return;
            }
            c.Response.ContentType = "text/html; charset=utf-8";
            await c.Response.WriteAsync(AttacheProcess.SeedPage("""<meta property="article:published_time" content="2024-03-03T10:00:00Z">""", Busy, "en"));
        };
        site.Routes["/en/slow.html"] = async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            await c.Response.WriteAsync("<html><body><p>Too late.</p></body></html>");
        };
        var big = new byte[30 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        site.Serve("/big.html", "text/html", big);
        site.Routes["/loop/a"] = c => Redirect(c, "/loop/b");
        site.Routes["/loop/b"] = c => Redirect(c, "/loop/a");
        site.Serve("/private/secret.html", "text/html", AttacheProcess.SeedPage("", "Private text that must not be fetched."));
        return site;
    }

    private static Task Redirect(HttpContext c, string to)
    {
        c.Response.StatusCode = 302;
        c.Response.Headers.Location = to;
        return Task.CompletedTask;
    }

    private static string Rss(TestSite site, params string?[] links) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Agence - Défense</title><link>{site.Base}</link><description>Dépêches</description>
        {string.Concat(links.Select((l, i) => $"<item><title>Dépêche {i}</title>{(l is null ? "" : $"<link>{System.Net.WebUtility.HtmlEncode(site.Url(l))}</link>")}<pubDate>Tue, 27 Feb 2024 11:00:00 GMT</pubDate></item>\n"))}
        </channel></rss>
        """;

    [Fact]
    public async Task Ingest_Article_FetchedWithItsMetadata()
    {
        await using var site = await NewsSiteAsync();
        await using var db = await TestDatabases.CreateAsync("sqlite");
        var run = await AttacheProcess.RunAsync("ingest", site.Url("/fr/dialogue.html?utm_source=newsletter"), "--db", db.Db, "--per-host-delay", "0");
        Assert.True(run.Code == 0, run.Out + run.Err);
        await using var store = await EventStores.OpenAsync(db.Db);
        var stored = await store.GetDocumentAsync(site.Url("/fr/dialogue.html"));
        Assert.NotNull(stored);
        Assert.Equal(new DateOnly(2024, 2, 27), stored.Published);
        Assert.Equal("fr", stored.Language);
        Assert.Contains(site.Requests, r => r == "/robots.txt");
    }

    /// <summary>A feed listing every trap: each bad item is one line naming its URL, the good ones are stored once, exit code 1.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Ingest_Feed_EveryItemOnce_EachProblemOneLine(string provider)
    {
        await using var site = await NewsSiteAsync();
        site.Serve("/feed.xml", "application/rss+xml", Rss(site, "/fr/dialogue.html?utm_source=rss&utm_medium=feed", "/fr/dialogue/amp", "/fr/dialogue.html",
            "/fr/cooperation.html", "/en/busy.html", "/en/slow.html", "/big.html", "/loop/a", "/private/secret.html", null));
        await using var db = await TestDatabases.CreateAsync(provider);
        var run = await AttacheProcess.RunAsync("ingest", site.Url("/feed.xml"), "--db", db.Db, "--timeout", "3", "--per-host-delay", "0");
        Assert.True(run.Code == 1 && run.Out.Contains("documents: 3 new, 1 unchanged, 5 failed", StringComparison.Ordinal), run.Out + run.Err);
        var feed = site.Url("/feed.xml");
        Assert.True(run.ErrLines.Length == 5, run.Err);
        Assert.All(run.ErrLines, l => Assert.StartsWith($"attache: {feed}: ", l, StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.Contains("item 10 (\"Dépêche 9\") has no usable link", StringComparison.Ordinal));
        Assert.True(run.Err.Contains(site.Url("/en/slow.html"), StringComparison.Ordinal), run.Err);
        Assert.Contains(run.ErrLines, l => l.Contains(site.Url("/en/slow.html") + ": no response within 3 s (timeout)", StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.Contains(site.Url("/big.html") + ": response is", StringComparison.Ordinal) && l.Contains("over the limit", StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.Contains(site.Url("/loop/a") + ": redirect loop", StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.Contains(site.Url("/private/secret.html") + ": disallowed by the site's robots.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Requests, r => r.StartsWith("/private/", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", run.Err, StringComparison.Ordinal);

        await using var store = await EventStores.OpenAsync(db.Db);
        Assert.NotNull(await store.GetDocumentAsync(site.Url("/en/busy.html"))); // after the 429 and its Retry-After
        var cooperation = await store.GetDocumentAsync(site.Url("/fr/cooperation.html"));
        Assert.NotNull(cooperation);
        Assert.Contains("Le chef d'état-major général", cooperation.Text, StringComparison.Ordinal); // windows-1252 without a charset
        Assert.Equal(new DateOnly(2024, 2, 27), cooperation.Published); // the feed's date, the page has none
        Assert.Equal(3, (await store.SearchDocumentsAsync("", 100)).Count);
    }

    /// <summary>Atom, JSON Feed and news sitemaps are read like RSS; a sitemap's publication date stands in for a page without one.</summary>
    [Theory]
    [InlineData("atom")]
    [InlineData("json")]
    [InlineData("sitemap")]
    public async Task Ingest_AtomJsonFeedAndNewsSitemap(string kind)
    {
        await using var site = await NewsSiteAsync();
        string a = site.Url("/fr/dialogue.html"), b = site.Url("/fr/cooperation.html");
        var (type, body) = kind switch
        {
            "atom" => ("application/atom+xml", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Agence</title><id>urn:agence</id><updated>2019-03-04T00:00:00Z</updated>
                <entry><title>Dialogue</title><id>urn:1</id><link href="{a}"/><published>2024-02-27T11:00:00Z</published><updated>2024-02-27T11:00:00Z</updated></entry>
                <entry><title>Coopération</title><id>urn:2</id><link href="{b}"/><published>2019-03-04T08:00:00Z</published><updated>2019-03-04T08:00:00Z</updated></entry>
                </feed>
                """),
            "json" => ("application/feed+json", $$"""
                {"version": "https://jsonfeed.org/version/1.1", "title": "Agence", "items": [
                  {"id": "1", "url": "{{a}}", "title": "Dialogue", "date_published": "2024-02-27T11:00:00Z"},
                  {"id": "2", "url": "{{b}}", "title": "Coopération", "date_published": "2019-03-04T08:00:00Z"}]}
                """),
            _ => ("application/xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>{a}</loc><news:news><news:publication><news:name>Agence</news:name><news:language>fr</news:language></news:publication>
                  <news:publication_date>2024-02-27T18:00:00+07:00</news:publication_date><news:title>Dialogue</news:title></news:news></url>
                <url><loc>{b}</loc><news:news><news:publication><news:name>Agence</news:name><news:language>fr</news:language></news:publication>
                  <news:publication_date>2019-03-04</news:publication_date><news:title>Coopération</news:title></news:news></url>
                </urlset>
                """),
        };
        site.Serve("/list", type, body);
        await using var db = await TestDatabases.CreateAsync("sqlite");
        var run = await AttacheProcess.RunAsync("ingest", site.Url("/list"), "--db", db.Db, "--per-host-delay", "0");
        Assert.True(run.Code == 0, run.Out + run.Err);
        Assert.Contains("documents: 2 new, 0 unchanged, 0 failed", run.Out, StringComparison.Ordinal);
        await using var store = await EventStores.OpenAsync(db.Db);
        Assert.Equal(new DateOnly(2019, 3, 4), (await store.GetDocumentAsync(b))!.Published);
    }

    /// <summary>A watch picks up a new item within a polling interval; killed and restarted, it stores nothing twice and misses nothing.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Watch_NewItems_SurvivesKill_NothingTwice(string provider)
    {
        await using var site = await NewsSiteAsync();
        var items = new List<string> { "/fr/dialogue.html" };
        site.Routes["/feed.xml"] = async c =>
        {
            c.Response.ContentType = "application/rss+xml";
            string[] now;
            lock (items) now = [.. items];
            await c.Response.WriteAsync(Rss(site, now));
        };
        await using var db = await TestDatabases.CreateAsync(provider);
        var feeds = Path.Combine(Path.GetTempPath(), "attache-feeds-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(feeds, "# the agency's defence feed\n" + site.Url("/feed.xml") + "\n");
        try
        {
            string[] args = ["watch", feeds, "--every", "1s", "--db", db.Db, "--per-host-delay", "0"];
            using (var first = AttacheProcess.Start(args))
            {
                await WaitForDocumentsAsync(db.Db, 1, first);
                lock (items) items.Add("/fr/cooperation.html");
                await WaitForDocumentsAsync(db.Db, 2, first);
                first.Kill(entireProcessTree: true); // SIGKILL: no clean-up
                await first.WaitForExitAsync();
            }
            lock (items) items.Add("/en/busy.html");
            using var second = AttacheProcess.Start(args);
            try
            {
                await WaitForDocumentsAsync(db.Db, 3, second);
                // Two more rounds: the items already taken are not fetched again.
                var before = site.Requests.Count(r => r == "/fr/dialogue.html");
                await Task.Delay(TimeSpan.FromSeconds(2.5));
                Assert.Equal(before, site.Requests.Count(r => r == "/fr/dialogue.html"));
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync();
            }
            await using var store = await EventStores.OpenAsync(db.Db);
            Assert.Equal(3, (await store.SearchDocumentsAsync("", 100)).Count);
        }
        finally
        {
            File.Delete(feeds);
        }
    }

    /// <summary>The same article under three addresses (tracking parameters, an AMP page with its canonical link, ?ref=), each given in its own run, is stored once.</summary>
    [Fact]
    public async Task Ingest_SameArticleUnderThreeUrls_InSeparateRuns_StoredOnce()
    {
        await using var site = await NewsSiteAsync();
        await using var db = await TestDatabases.CreateAsync("sqlite");
        string[] urls = [site.Url("/fr/dialogue.html?utm_source=newsletter&utm_campaign=defense"), site.Url("/fr/dialogue/amp"), site.Url("/fr/dialogue.html?ref=home")];
        var outcomes = new List<string>();
        foreach (var url in urls)
        {
            var run = await AttacheProcess.RunAsync("ingest", url, "--db", db.Db, "--per-host-delay", "0");
            Assert.True(run.Code == 0, run.Out + run.Err);
            outcomes.Add(run.Out.Split('\n').Single(l => l.StartsWith("documents:", StringComparison.Ordinal)));
        }
        Assert.StartsWith("documents: 1 new, 0 unchanged, 0 failed", outcomes[0], StringComparison.Ordinal);
        Assert.All(outcomes.Skip(1), o => Assert.StartsWith("documents: 0 new, 1 unchanged, 0 failed", o, StringComparison.Ordinal));
        await using var store = await EventStores.OpenAsync(db.Db);
        var stored = Assert.Single(await store.SearchDocumentsAsync("", 100));
        Assert.Equal(site.Url("/fr/dialogue.html"), stored.Url);
    }

    /// <summary>An article whose text changed at the same address is stored as the document's next revision, and its events are re-extracted.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Ingest_ChangedArticle_IsARevision_EventsReExtracted(string provider)
    {
        await using var site = await NewsSiteAsync();
        var page = AttacheProcess.SeedPage("""<meta property="article:published_time" content="2024-02-27T18:00:00+07:00">""");
        site.Routes["/fr/article.html"] = async c =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            await c.Response.WriteAsync(Volatile.Read(ref page));
        };
        await using var db = await TestDatabases.CreateAsync(provider);
        var url = site.Url("/fr/article.html");
        var first = await AttacheProcess.RunAsync("ingest", url, "--db", db.Db, "--per-host-delay", "0");
        Assert.True(first.Code == 0, first.Out + first.Err);
        var before = await AttacheProcess.RunAsync("events", "--db", db.Db, "--json");
        Assert.Contains("\"2024-02-27\"", before.Out, StringComparison.Ordinal);
        // The agency rewrites the dispatch: another meeting, in English.
        Volatile.Write(ref page, AttacheProcess.SeedPage("""<meta property="article:published_time" content="2024-03-03T10:00:00Z">""", Busy, "en"));
        var second = await AttacheProcess.RunAsync("ingest", url, "--db", db.Db, "--per-host-delay", "0");
        Assert.True(second.Code == 0 && second.Out.Contains("documents: 0 new, 0 unchanged, 0 failed, 1 revised", StringComparison.Ordinal), second.Out + second.Err);
        await using (var store = await EventStores.OpenAsync(db.Db))
        {
            var stored = Assert.Single(await store.SearchDocumentsAsync("", 100));
            Assert.Equal(url, stored.Id);
            Assert.Contains("Sato Kenji", stored.Text, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2024, 3, 3), stored.Published);
        }
        var after = await AttacheProcess.RunAsync("events", "--db", db.Db, "--json");
        Assert.DoesNotContain("\"2024-02-27\"", after.Out, StringComparison.Ordinal); // the old text's dialogue is no longer supported
        Assert.Contains("\"2024-03-03\"", after.Out, StringComparison.Ordinal);
        // The same text again is unchanged.
        var third = await AttacheProcess.RunAsync("ingest", url, "--db", db.Db, "--per-host-delay", "0");
        Assert.Contains("documents: 0 new, 1 unchanged, 0 failed", third.Out, StringComparison.Ordinal);
    }

    /// <summary>A page's validators are stored with its document: ingesting the unchanged page again (a new process) costs a 304.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Ingest_PageAgain_UnchangedCostsA304(string provider)
    {
        await using var site = await NewsSiteAsync();
        var page = AttacheProcess.SeedPage("""<meta property="article:published_time" content="2024-02-27T18:00:00+07:00">""");
        var notModified = 0;
        site.Routes["/fr/etag.html"] = async c =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"a1\"")
            {
                Interlocked.Increment(ref notModified);
                c.Response.StatusCode = 304;
                return;
            }
            c.Response.Headers.ETag = "\"a1\"";
            c.Response.ContentType = "text/html; charset=utf-8";
            await c.Response.WriteAsync(page);
        };
        await using var db = await TestDatabases.CreateAsync(provider);
        var url = site.Url("/fr/etag.html");
        var first = await AttacheProcess.RunAsync("ingest", url, "--db", db.Db, "--per-host-delay", "0");
        Assert.True(first.Code == 0 && first.Out.Contains("documents: 1 new", StringComparison.Ordinal), first.Out + first.Err);
        Assert.Equal(0, notModified);
        var second = await AttacheProcess.RunAsync("ingest", url, "--db", db.Db, "--per-host-delay", "0");
        Assert.True(second.Code == 0 && second.Out.Contains("documents: 0 new, 1 unchanged, 0 failed", StringComparison.Ordinal), second.Out + second.Err);
        Assert.Equal(1, notModified);
    }

    /// <summary>A sitemap index is followed to the news sitemaps it lists; a sitemap it lists that cannot be fetched is one line naming it.</summary>
    [Fact]
    public async Task Ingest_SitemapIndex_FollowsItsNewsSitemaps()
    {
        await using var site = await NewsSiteAsync();
        static string News(string loc, string date) => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>{loc}</loc><news:news><news:publication><news:name>Agence</news:name><news:language>fr</news:language></news:publication>
              <news:publication_date>{date}</news:publication_date><news:title>Dépêche</news:title></news:news></url>
            </urlset>
            """;
        site.Serve("/sitemaps/news-1.xml", "application/xml", News(site.Url("/fr/dialogue.html"), "2024-02-27T18:00:00+07:00"));
        site.Serve("/sitemaps/news-2.xml", "application/xml", News(site.Url("/fr/cooperation.html"), "2019-03-04"));
        site.Serve("/sitemap-index.xml", "application/xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>{site.Url("/sitemaps/news-1.xml")}</loc><lastmod>2024-02-27</lastmod></sitemap>
            <sitemap><loc>{site.Url("/sitemaps/news-2.xml")}</loc></sitemap>
            <sitemap><loc>{site.Url("/sitemaps/gone.xml")}</loc></sitemap>
            </sitemapindex>
            """);
        await using var db = await TestDatabases.CreateAsync("sqlite");
        var run = await AttacheProcess.RunAsync("ingest", site.Url("/sitemap-index.xml"), "--db", db.Db, "--per-host-delay", "0");
        Assert.True(run.Code == 1 && run.Out.Contains("documents: 2 new, 0 unchanged, 1 failed", StringComparison.Ordinal), run.Out + run.Err);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains(site.Url("/sitemaps/gone.xml") + ": HTTP 404", error, StringComparison.Ordinal);
        await using var store = await EventStores.OpenAsync(db.Db);
        Assert.Equal(new DateOnly(2019, 3, 4), (await store.GetDocumentAsync(site.Url("/fr/cooperation.html")))!.Published);
    }

    /// <summary>The validators of a feed are kept in the database: a watch restarted on an unchanged feed sends them and gets a 304.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Watch_Restarted_UnchangedFeedCostsA304(string provider)
    {
        await using var site = await NewsSiteAsync();
        var notModified = 0;
        var conditional = 0;
        const string Tag = "\"feed-v1\"";
        site.Routes["/feed.xml"] = async c =>
        {
            if (c.Request.Headers.IfNoneMatch.Count > 0) Interlocked.Increment(ref conditional);
            if (c.Request.Headers.IfNoneMatch == Tag)
            {
                Interlocked.Increment(ref notModified);
                c.Response.StatusCode = 304;
                return;
            }
            c.Response.Headers.ETag = Tag;
            c.Response.Headers.LastModified = "Tue, 27 Feb 2024 11:00:00 GMT";
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync(Rss(site, "/fr/dialogue.html"));
        };
        await using var db = await TestDatabases.CreateAsync(provider);
        var feeds = Path.Combine(Path.GetTempPath(), "attache-feeds-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(feeds, site.Url("/feed.xml") + "\n");
        try
        {
            string[] args = ["watch", feeds, "--once", "--db", db.Db, "--per-host-delay", "0"];
            var first = await AttacheProcess.RunAsync(args);
            Assert.True(first.Code == 0, first.Out + first.Err);
            Assert.Equal((0, 0), (conditional, notModified));
            // A new process: nothing in memory, the validators come from the database.
            var second = await AttacheProcess.RunAsync(args);
            Assert.True(second.Code == 0, second.Out + second.Err);
            Assert.Equal((1, 1), (conditional, notModified));
            Assert.Contains("feeds: 1 (1 unchanged, 304)", second.Out, StringComparison.Ordinal);
            Assert.Equal(1, site.Requests.Count(r => r == "/fr/dialogue.html"));
            await using var store = await EventStores.OpenAsync(db.Db);
            Assert.Single(await store.SearchDocumentsAsync("", 100));
        }
        finally
        {
            File.Delete(feeds);
        }
    }

    private static async Task WaitForDocumentsAsync(string db, int count, System.Diagnostics.Process process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "watch exited: " + (process.HasExited ? await process.StandardError.ReadToEndAsync() : ""));
            try
            {
                await using var store = await EventStores.OpenExistingAsync(db);
                if ((await store.SearchDocumentsAsync("", 100)).Count >= count) return;
            }
            catch (StoreException)
            {
                // Not created yet, or busy: look again.
            }
            await Task.Delay(200);
        }
        Assert.Fail($"fewer than {count} documents after 90 s");
    }
}
