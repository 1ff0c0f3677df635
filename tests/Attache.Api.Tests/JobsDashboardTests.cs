using System.Net;
using Attache.Model;
using Attache.Queue;
using Attache.Storage;
using Attache.Storage.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Attache.Api.Tests;

/// <summary>Hangfire's dashboard under /jobs of a server over PostgreSQL: behind the API key, reading the workers' queue.</summary>
public sealed class JobsDashboardTests
{
    [PostgresFact]
    public async Task WithoutKey_401_WrongKey_401_KeyOnce_ThenCookie_HangfirePage()
    {
        await using var server = await PostgresServer.StartAsync(ApiServer.Key);
        using var client = server.Client(out var cookies);

        using var none = await client.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("?key=", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var wrong = await client.GetAsync("/jobs?key=not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Empty(cookies.GetCookies(server.BaseAddress));
        // A cookie that was not made from the key opens nothing either.
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/jobs");
        forged.Headers.Add("Cookie", "attache_jobs=" + new string('A', 64));
        using var forgedAnswer = await client.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedAnswer.StatusCode);

        using var once = await client.GetAsync("/jobs?key=" + Uri.EscapeDataString(ApiServer.Key));
        Assert.Equal(HttpStatusCode.Redirect, once.StatusCode);
        Assert.Equal("/jobs", once.Headers.Location?.OriginalString);
        var setCookie = Assert.Single(once.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/jobs", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ApiServer.Key, setCookie, StringComparison.Ordinal);

        // Now without the key, on the cookie alone.
        using var page = await client.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Hangfire", html, StringComparison.Ordinal);
        Assert.Contains("Attaché jobs", html, StringComparison.Ordinal);
        Assert.Contains("Realtime Graph", html, StringComparison.Ordinal);
        Assert.Contains("Retries", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/jobs/js", html, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        // Inline styles (which Hangfire's script sets) are allowed under /jobs only.
        using var home = await client.GetAsync("/");
        Assert.Contains("style-src 'self';", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        // Hangfire's retries and dead-letter views are there too, and its scripts come from under /jobs.
        using var retries = await client.GetAsync("/jobs/retries");
        Assert.Equal(HttpStatusCode.OK, retries.StatusCode);
        using var failed = await client.GetAsync("/jobs/jobs/failed");
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
    }

    [PostgresFact]
    public async Task EnqueuedJob_ShowsInTheDashboard_AndNothingRunsIt()
    {
        await using var server = await PostgresServer.StartAsync(ApiServer.Key);
        var jobs = IngestJobs.Open(server.Database);
        var id = jobs.Enqueue([new Document("jobs-dashboard-1", "Vietnam and Japan held their first defence policy dialogue in Hanoi on 3 March 2024.")]);
        using var client = server.Client(out _);
        using (var login = await client.GetAsync("/jobs?key=" + Uri.EscapeDataString(ApiServer.Key))) Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        using var queue = await client.GetAsync("/jobs/jobs/enqueued/" + IngestJobs.QueueName);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        var html = await queue.Content.ReadAsStringAsync();
        Assert.Contains("IngestJob", html, StringComparison.Ordinal);
        Assert.Contains("jobs/details/" + id, html, StringComparison.Ordinal);

        using var details = await client.GetAsync("/jobs/jobs/details/" + id);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("Enqueued", await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The dashboard's counters (what its pages poll) count it; serve runs no Hangfire server, so it stays enqueued.
        using var stats = await client.PostAsync("/jobs/stats", new FormUrlEncodedContent([new("metrics[]", "enqueued:count-or-null"), new("metrics[]", "servers:count")]));
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        var json = await stats.Content.ReadAsStringAsync();
        Assert.Contains("\"enqueued:count-or-null\":{\"value\":\"1\"", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"servers:count\":{\"value\":\"0\"", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(new QueueCounts(1, 0, 0, 0), jobs.Counts());
    }

    [PostgresFact]
    public async Task InChromium_TheKeyOnce_ThenThePagesScriptsRunUnderTheContentPolicy()
    {
        if (!File.Exists(BrowserFixture.Chromium))
        {
            Assert.True(Environment.GetEnvironmentVariable("ATTACHE_SKIP_BROWSER") == "1", $"{BrowserFixture.Chromium} is missing: run scripts/install-chromium.sh, or set ATTACHE_SKIP_BROWSER=1");
            return;
        }
        await using var server = await PostgresServer.StartAsync(ApiServer.Key);
        IngestJobs.Open(server.Database).Enqueue([new Document("jobs-dashboard-2", "Australia and Indonesia signed a defence cooperation agreement in Canberra on 29 August 2024.")]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add("page error: " + e);
        // A script or style the content policy refused shows as a console error.
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };
        page.Request += (_, r) => { if (!r.Url.StartsWith(server.BaseAddress.ToString(), StringComparison.Ordinal)) problems.Add("external request: " + r.Url); };

        await page.GotoAsync(new Uri(server.BaseAddress, "/jobs?key=" + Uri.EscapeDataString(ApiServer.Key)).ToString());
        Assert.Equal(new Uri(server.BaseAddress, "/jobs").ToString(), page.Url);
        Assert.Contains("Attaché jobs", await page.TitleAsync(), StringComparison.Ordinal);
        // The counter in the menu is filled by the page's script from /jobs/stats: it ran, and reads the workers' queue.
        await Assertions.Expect(page.Locator("span[data-metric='enqueued:count-or-null']").First).ToHaveTextAsync("1");
        await page.GotoAsync(new Uri(server.BaseAddress, "/jobs/jobs/enqueued/" + IngestJobs.QueueName).ToString());
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("IngestJob");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [PostgresFact]
    public async Task NoApiKey_403_WithOneClearMessage()
    {
        await using var server = await PostgresServer.StartAsync(apiKey: null);
        using var client = server.Client(out _);
        using var answer = await client.GetAsync("/jobs?key=anything");
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains(ApiOptions.ApiKeyVariable, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>serve over a fresh PostgreSQL database, with a client that keeps cookies and shows redirects.</summary>
    private sealed class PostgresServer : IAsyncDisposable
    {
        private readonly TestDatabase _database;
        private readonly WebApplication _app;

        private PostgresServer(TestDatabase database, WebApplication app, Uri address)
        {
            _database = database;
            _app = app;
            BaseAddress = address;
        }

        public Uri BaseAddress { get; }

        public string Database => _database.Db;

        public static async Task<PostgresServer> StartAsync(string? apiKey)
        {
            var database = await TestDatabases.CreateAsync("postgres");
            await (await EventStores.OpenAsync(database.Db)).DisposeAsync();
            var app = AttacheApi.Build(new ApiOptions { Database = database.Db, ApiKey = apiKey }, "http://127.0.0.1:0");
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new PostgresServer(database, app, new Uri(address));
        }

        public HttpClient Client(out CookieContainer cookies)
        {
            cookies = new CookieContainer();
            return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = BaseAddress };
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}

/// <summary>/jobs of a server over SQLite: no queue, and a 404 that says it needs PostgreSQL.</summary>
public sealed class JobsDashboardSqliteTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Theory]
    [InlineData("/jobs")]
    [InlineData("/jobs?key=" + ApiServer.Key)]
    [InlineData("/jobs/retries")]
    public async Task Sqlite_404_SaysTheQueueNeedsPostgres(string path)
    {
        using var answer = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.Contains("needs PostgreSQL", body, StringComparison.Ordinal);
        Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
