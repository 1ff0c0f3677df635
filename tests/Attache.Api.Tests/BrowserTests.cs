using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace Attache.Api.Tests;

/// <summary>A fact that needs Debian's Chromium: skipped only when <c>ATTACHE_SKIP_BROWSER=1</c> and the browser is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.Chromium) && Environment.GetEnvironmentVariable("ATTACHE_SKIP_BROWSER") == "1")
            Skip = $"{BrowserFixture.Chromium} is missing and ATTACHE_SKIP_BROWSER=1 (install it with scripts/install-chromium.sh)";
    }
}

/// <summary>The API server plus headless Chromium driven by Playwright, with no browser download.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    public ApiServer Server { get; } = new();
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("ATTACHE_SKIP_BROWSER") == "1") return;
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {Chromium}: run scripts/install-chromium.sh as root (apt-get install -y chromium), " +
                "or set ATTACHE_SKIP_BROWSER=1 to skip them.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        await Server.DisposeAsync();
    }

    /// <summary>A fresh page that fails the test on any script error or dialog, and records requests leaving the server.</summary>
    public async Task<(IPage Page, List<string> Problems)> NewPageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Dialog += (_, d) => { problems.Add("dialog: " + d.Message); _ = d.DismissAsync(); };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(Server.BaseAddress.ToString(), StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
                problems.Add("external request: " + r.Url);
        };
        return (page, problems);
    }

    public string Url(string hash) => new Uri(Server.BaseAddress, "/" + hash).ToString();
}

/// <summary>The dashboard in real headless Chromium: pair page, timeline, evidence, inert dispatch markup, screenshots.</summary>
public sealed class BrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    /// <summary>Where screenshots go: <c>ATTACHE_SCREENSHOTS</c> (scripts/screenshots.sh sets it to docs/), else a temporary folder.</summary>
    private static string ShotDir => Environment.GetEnvironmentVariable("ATTACHE_SCREENSHOTS") is { Length: > 0 } d ? d : Path.Combine(Path.GetTempPath(), "attache-shots");

    private async Task<int> SeedEventCountAsync() =>
        JsonDocument.Parse(await fx.Server.Client.GetStringAsync("/api/events?country=JPN&partner=VNM")).RootElement.GetProperty("total").GetInt32();

    [BrowserFact]
    public async Task PairPage_Loads_WithTimelineOfTheSeedEvents()
    {
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/pair/JPN-VNM"));
        await page.WaitForSelectorAsync("#timeline circle");
        Assert.Equal("JPN – VNM", await page.InnerTextAsync("h1"));
        var seed = await SeedEventCountAsync();
        Assert.Equal(seed, await page.Locator("#timeline circle").CountAsync());
        Assert.Equal(seed, await page.Locator("#pair-events tbody tr").CountAsync());
        Assert.True(await page.Locator("#areas tbody tr").CountAsync() > 0);
        Assert.Contains("Dialogue", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task PairPage_TypeFilter_IsInTheUrl()
    {
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/pair/JPN-VNM"));
        await page.WaitForSelectorAsync("#timeline circle");
        await page.SelectOptionAsync("#pair-type", "meeting");
        await page.WaitForURLAsync("**type=meeting");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#pair-events tbody tr')].every(r => r.innerText.includes('meeting'))");
        // The same URL opened afresh shows the same filtered view.
        var (again, _) = await fx.NewPageAsync();
        await again.GotoAsync(page.Url);
        await again.WaitForSelectorAsync("#timeline circle");
        Assert.Equal(await page.Locator("#pair-events tbody tr").CountAsync(), await again.Locator("#pair-events tbody tr").CountAsync());
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task ClickingAnEvent_ShowsItsHighlightedEvidence()
    {
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/pair/JPN-VNM"));
        await page.WaitForSelectorAsync("#pair-events a.event-link");
        await page.Locator("#pair-events a.event-link").First.ClickAsync();
        await page.WaitForSelectorAsync(".doctext mark.evidence");
        Assert.Contains("#/event/", page.Url, StringComparison.Ordinal);
        var marks = await page.Locator(".doctext mark.evidence").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        // The highlighted text is exactly the evidence the API gives.
        var id = Uri.UnescapeDataString(page.Url[(page.Url.IndexOf("#/event/", StringComparison.Ordinal) + 8)..]);
        var detail = JsonDocument.Parse(await fx.Server.Client.GetStringAsync($"/api/events/{id}")).RootElement;
        var first = detail.GetProperty("reports")[0].GetProperty("evidence")[0].GetProperty("text").GetString()!;
        Assert.Contains(marks, m => m.Contains(first.Trim()[..Math.Min(40, first.Trim().Length)], StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task WhyThisEvent_OneClick_ShowsTheKeptRule_TheFieldSources_AndWhatWasLeftOut()
    {
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/pair/JPN-VNM"));
        await page.WaitForSelectorAsync("#pair-events a.event-link");
        await page.Locator("#pair-events a.event-link").First.ClickAsync();
        await page.WaitForSelectorAsync("details.why summary");
        await page.Locator("details.why summary").First.ClickAsync();
        await page.WaitForSelectorAsync("details.why .why-body h4, details.why .error");
        var why = await page.InnerTextAsync("details.why");
        Assert.True(await page.Locator("details.why .why-sources").CountAsync() > 0, why);
        Assert.Contains("EventAssembler", why, StringComparison.Ordinal);
        // One row per field (read as text content: the table's headings may be styled).
        Assert.Equal(["type", "date", "location", "countries", "participants", "mechanism", "areas", "status"],
            await page.Locator("details.why .why-sources th").AllTextContentsAsync());
        Assert.Contains("What was left out, and why", why, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task WhyThisEvent_OnADispatchWithMarkup_StaysInert()
    {
        const string payload = "<script>window.__attacheWhy = 1</script><img src=x onerror=\"window.__attacheWhy = 2\">";
        var text = "HANOI, March 5, 2024 - Vietnamese Defence Minister Phan Van Giang held talks " + payload + " with Japanese Defence Minister Minoru Kihara in Hanoi. "
            + "Vietnamese Defence Minister Phan Van Giang will visit Japan next year.";
        var response = await fx.Server.PostAsync(JsonSerializer.Serialize(new { id = "why/<b>dispatch", text, published = "2024-03-05" }), ApiServer.Key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = JsonDocument.Parse(await fx.Server.Client.GetStringAsync("/api/search?q=__attacheWhy")).RootElement[0].GetProperty("events");
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/event/" + Uri.EscapeDataString(events[0].GetString()!)));
        await page.WaitForSelectorAsync("details.why summary");
        await page.Locator("details.why summary").First.ClickAsync();
        await page.WaitForSelectorAsync("details.why .why-dropped");
        await page.WaitForTimeoutAsync(200);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__attacheWhy"));
        Assert.Equal(0, await page.Locator("main img, main script, main b").CountAsync());
        Assert.Contains("FutureOrProposed", await page.InnerTextAsync("details.why .why-dropped"), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task XssDispatch_RendersInert()
    {
        const string payload = "<script>window.__attacheXss = 1</script><img src=x onerror=\"window.__attacheXss = 2\">";
        var text = "HANOI, March 5, 2024 - Vietnamese Defence Minister Phan Van Giang held talks with Japanese Defence Minister Minoru Kihara in Hanoi. "
            + payload + " The two sides agreed to step up cooperation in peacekeeping and military medicine.";
        var body = JsonSerializer.Serialize(new { id = "xss/<b>dispatch", text, published = "2024-03-05" });
        var response = await fx.Server.PostAsync(body, ApiServer.Key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (page, problems) = await fx.NewPageAsync();
        var views = new List<string> { "#/document/" + Uri.EscapeDataString("xss/<b>dispatch"), "#/search?q=" + Uri.EscapeDataString("onerror") };
        var events = JsonDocument.Parse(await fx.Server.Client.GetStringAsync("/api/search?q=__attacheXss")).RootElement[0].GetProperty("events");
        views.AddRange(events.EnumerateArray().Select(e => "#/event/" + Uri.EscapeDataString(e.GetString()!)));
        foreach (var view in views)
        {
            await page.GotoAsync(fx.Url(view));
            await page.WaitForFunctionAsync("() => document.body.innerText.includes('onerror')");
            await page.WaitForTimeoutAsync(200);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__attacheXss"));
            Assert.Equal(0, await page.Locator("main img, main script, main b").CountAsync());
            Assert.Contains("onerror", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        }
        await page.GotoAsync(fx.Url(views[0]));
        await page.WaitForSelectorAsync(".doctext");
        Assert.Contains("<script>window.__attacheXss = 1</script>", await page.InnerTextAsync(".doctext"), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task MainPages_Screenshots()
    {
        Directory.CreateDirectory(ShotDir);
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/pair/JPN-VNM"));
        await page.WaitForSelectorAsync("#timeline circle");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotDir, "pair.png"), FullPage = true });
        await page.Locator("#pair-events a.event-link").First.ClickAsync();
        await page.WaitForSelectorAsync(".doctext mark.evidence");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotDir, "event.png"), FullPage = true });
        await page.GotoAsync(fx.Url("#/network"));
        await page.WaitForSelectorAsync("#network circle");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotDir, "network.png"), FullPage = true });
        await page.GotoAsync(fx.Url("#/events?country=VNM&sort=-date"));
        await page.WaitForSelectorAsync("#events tbody tr");
        Assert.Equal("VNM", await page.InputValueAsync("#filters input[name=country]"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotDir, "events.png"), FullPage = true });
        await page.GotoAsync(new Uri(fx.Server.BaseAddress, "/docs/").ToString());
        await page.WaitForTimeoutAsync(3000);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotDir, "api-reference.png") });
        Assert.True(File.Exists(Path.Combine(ShotDir, "pair.png")));
        Assert.Empty(problems);
    }
}
