using Attache.Cli.Fetching;
using Attache.Storage.Tests;
using Microsoft.AspNetCore.Http;

namespace Attache.Cli.Tests.Fetching;

/// <summary>The fetcher's HttpClient pipeline against sites on loopback: retries, Retry-After, per-host circuit breakers, User-Agent.</summary>
public class PoliteFetcherTests
{
    // Short back-offs and no rate limit: the tests count requests, they do not time them.
    private static readonly FetchOptions Quick = FetchOptions.Default with { PerHostDelay = TimeSpan.Zero, RetryDelay = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(10) };

    private static int Count(TestSite site, string path) => site.Requests.Count(r => r == path);

    [Fact]
    public async Task Get_503Twice_RetriedThen200_WithTheUserAgent()
    {
        await using var site = await TestSite.StartAsync();
        var calls = 0;
        var agents = new System.Collections.Concurrent.ConcurrentQueue<string>();
        site.Routes["/page.html"] = async c =>
        {
            agents.Enqueue(c.Request.Headers.UserAgent.ToString());
            if (Interlocked.Increment(ref calls) <= 2)
            {
                c.Response.StatusCode = 503;
                return;
            }
            c.Response.ContentType = "text/html";
            await c.Response.WriteAsync("<html><body><p>Back.</p></body></html>");
        };
        using var fetcher = new PoliteFetcher(Quick);
        var result = await fetcher.GetAsync(new Uri(site.Url("/page.html")));
        Assert.Equal(200, result.Status);
        Assert.Null(result.Error);
        Assert.Equal(3, Count(site, "/page.html"));
        Assert.All(agents, a => Assert.Equal(PoliteFetcher.UserAgent, a));
    }

    [Fact]
    public async Task Get_503Always_GivesUpAfterTheRetries_OneMessage()
    {
        await using var site = await TestSite.StartAsync();
        site.Routes["/down.html"] = c =>
        {
            c.Response.StatusCode = 503;
            return Task.CompletedTask;
        };
        using var fetcher = new PoliteFetcher(Quick with { BreakAfter = 0 });
        var result = await fetcher.GetAsync(new Uri(site.Url("/down.html")));
        Assert.Equal(503, result.Status);
        Assert.Equal("HTTP 503 Service Unavailable (after 2 retries)", result.Error);
        Assert.Equal(3, Count(site, "/down.html"));
    }

    [Fact]
    public async Task Get_RetryAfterOverTheCap_NotWaited_Said()
    {
        await using var site = await TestSite.StartAsync();
        site.Routes["/busy.html"] = c =>
        {
            c.Response.StatusCode = 429;
            c.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        };
        using var fetcher = new PoliteFetcher(Quick);
        var result = await fetcher.GetAsync(new Uri(site.Url("/busy.html")));
        Assert.Equal("HTTP 429, asked to retry after 3600 s (more than 60 s); not fetched", result.Error);
        Assert.Equal(1, Count(site, "/busy.html"));
    }

    /// <summary>A host that keeps failing opens its own circuit: later requests to it are not sent; another host is still fetched.</summary>
    [Fact]
    public async Task Get_FailingHost_CircuitOpens_OtherHostUnaffected()
    {
        await using var down = await TestSite.StartAsync();
        await using var up = await TestSite.StartAsync();
        down.Routes["/a"] = c =>
        {
            c.Response.StatusCode = 500;
            return Task.CompletedTask;
        };
        up.Serve("/a", "text/html", "<html><body><p>Fine.</p></body></html>");
        using var fetcher = new PoliteFetcher(Quick with { MaxRetries = 0, BreakAfter = 4, BreakFor = TimeSpan.FromMinutes(5) });
        var results = new List<FetchResult>();
        for (var i = 0; i < 10; i++) results.Add(await fetcher.GetAsync(new Uri(down.Url("/a"))));
        Assert.True(Count(down, "/a") < 10, $"{Count(down, "/a")} requests reached the failing host");
        Assert.Contains("circuit open", results[^1].Error, StringComparison.Ordinal);
        Assert.Contains(down.Base.Replace("http://", "", StringComparison.Ordinal), results[^1].Error, StringComparison.Ordinal);
        var other = await fetcher.GetAsync(new Uri(up.Url("/a")));
        Assert.Equal(200, other.Status);
    }

    [Fact]
    public async Task Get_Validators_SentBack_304()
    {
        await using var site = await TestSite.StartAsync();
        site.Routes["/feed.xml"] = async c =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"v1\"" && c.Request.Headers.IfModifiedSince == "Tue, 27 Feb 2024 11:00:00 GMT")
            {
                c.Response.StatusCode = 304;
                return;
            }
            c.Response.Headers.ETag = "\"v1\"";
            c.Response.Headers.LastModified = "Tue, 27 Feb 2024 11:00:00 GMT";
            await c.Response.WriteAsync("<rss/>");
        };
        using var fetcher = new PoliteFetcher(Quick);
        var first = await fetcher.GetAsync(new Uri(site.Url("/feed.xml")));
        Assert.Equal(("\"v1\"", "Tue, 27 Feb 2024 11:00:00 GMT"), (first.ETag, first.LastModified));
        var second = await fetcher.GetAsync(new Uri(site.Url("/feed.xml")), first.ETag, first.LastModified);
        Assert.True(second.NotModified);
        Assert.Null(second.Body);
    }

    /// <summary>With a rate of one request an hour per host, a host's second request (the page after its robots.txt) is held
    /// back, and another host's first request is not held back by it: each host has its own bucket.</summary>
    [Fact]
    public async Task Get_RatePerHost_SecondRequestHeld_OtherHostNot()
    {
        await using var a = await TestSite.StartAsync();
        await using var b = await TestSite.StartAsync();
        a.Serve("/page.html", "text/html", "<html><body><p>A.</p></body></html>");
        b.Serve("/page.html", "text/html", "<html><body><p>B.</p></body></html>");
        using var fetcher = new PoliteFetcher(Quick with { PerHostDelay = TimeSpan.FromHours(1) });
        // The bound only ends the test: what is checked is which requests reached each site, not how long anything took.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var first = fetcher.GetAsync(new Uri(a.Url("/page.html")), ct: stop.Token);
        var second = fetcher.GetAsync(new Uri(b.Url("/page.html")), ct: stop.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.Equal(["/robots.txt"], a.Requests);
        Assert.Equal(["/robots.txt"], b.Requests);
    }
}
