using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace Attache.Api.Tests;

/// <summary>The dashboard's "follow" button on a pair, a mechanism and a person page, in headless Chromium: it shows a
/// feed URL that serves the followed events (a person's after creating its subscription with the API key).</summary>
public sealed class FollowBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<SyndicationFeed> FeedAsync(string url)
    {
        using var response = await fx.Server.Client.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    private async Task<string> FollowAsync(Microsoft.Playwright.IPage page)
    {
        await page.Locator(".follow-button").First.ClickAsync();
        await page.WaitForSelectorAsync(".follow-out a.feed-url");
        return (await page.Locator(".follow-out a.feed-url").First.GetAttributeAsync("href"))!;
    }

    [BrowserFact]
    public async Task PairPage_Follow_ShowsThePairFeed_WithItsEvents()
    {
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/pair/JPN-VNM"));
        await page.WaitForSelectorAsync("#timeline circle");
        var url = await FollowAsync(page);
        Assert.Equal(new Uri(fx.Server.BaseAddress, "/feeds/pair/JPN-VNM.atom").ToString(), url);
        var seed = JsonDocument.Parse(await fx.Server.Client.GetStringAsync("/api/events?country=JPN&partner=VNM")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(seed, (await FeedAsync(url)).Items.Count());
        Assert.Equal("Following", await page.InnerTextAsync(".follow-button"));
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task MechanismPage_Follow_ShowsTheSeriesFeed()
    {
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/pair/JPN-VNM"));
        await page.WaitForSelectorAsync("a.mechanism-link");
        await page.Locator("a.mechanism-link").First.ClickAsync();
        await page.WaitForURLAsync("**#/mechanism/**");
        await page.WaitForSelectorAsync(".card.mechanism");
        var key = Uri.UnescapeDataString(page.Url[(page.Url.IndexOf("#/mechanism/", StringComparison.Ordinal) + 12)..]);
        var url = await FollowAsync(page);
        Assert.Equal(new Uri(fx.Server.BaseAddress, "/feeds/mechanism/" + Uri.EscapeDataString(key) + ".atom").ToString(), url);
        Assert.NotEmpty((await FeedAsync(url)).Items);
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task PersonPage_Follow_CreatesASubscriptionWithTheKey_ThenShowsItsFeed()
    {
        var (page, problems) = await fx.NewPageAsync();
        await page.GotoAsync(fx.Url("#/pair/JPN-VNM"));
        await page.WaitForSelectorAsync("a.person-link");
        var name = await page.Locator("a.person-link").First.InnerTextAsync();
        await page.Locator("a.person-link").First.ClickAsync();
        await page.WaitForSelectorAsync("#person-events tbody tr");
        Assert.Equal(name, await page.InnerTextAsync("h1"));

        // No key yet: the button asks for it, and a wrong one is refused without creating anything.
        await page.Locator(".follow-button").ClickAsync();
        await page.FillAsync(".follow-key", "not-the-key");
        await page.ClickAsync(".follow-create");
        await page.WaitForSelectorAsync(".follow-out .error");
        await page.FillAsync(".follow-key", ApiServer.Key);
        await page.ClickAsync(".follow-create");
        await page.WaitForSelectorAsync(".follow-out a.feed-url");
        var url = (await page.Locator(".follow-out a.feed-url").GetAttributeAsync("href"))!;
        Assert.Matches(@"/feeds/s-[0-9a-f]{32}\.atom$", url);

        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/subscriptions");
        list.Headers.Add("X-Api-Key", ApiServer.Key);
        var subscriptions = JsonDocument.Parse(await (await fx.Server.Client.SendAsync(list)).Content.ReadAsStringAsync()).RootElement
            .EnumerateArray().Where(s => s.GetProperty("person").GetString() == name).ToList();
        var subscription = Assert.Single(subscriptions);
        Assert.EndsWith(subscription.GetProperty("feed").GetString()!, url, StringComparison.Ordinal);
        var feed = await FeedAsync(url);
        Assert.Equal(await page.Locator("#person-events tbody tr").CountAsync(), feed.Items.Count());

        // Following again (a reload of the page) shows the same feed and creates no second subscription.
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#person-events tbody tr");
        Assert.Equal(url, await FollowAsync(page));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/subscriptions");
        again.Headers.Add("X-Api-Key", ApiServer.Key);
        Assert.Single(JsonDocument.Parse(await (await fx.Server.Client.SendAsync(again)).Content.ReadAsStringAsync()).RootElement
            .EnumerateArray(), s => s.GetProperty("person").GetString() == name);
        Assert.Empty(problems);
    }
}
