using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Attache.Api.Tests;

/// <summary>Editing in the evidence view in headless Chromium: edit in place, confirm, reject, keyboard, a stale edit.</summary>
public sealed class ReviewBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<string> EventIdAsync(string type)
    {
        var page = JsonDocument.Parse(await fx.Server.Client.GetStringAsync($"/api/events?type={type}")).RootElement;
        return page.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    private async Task<string> StatusAsync(string id) =>
        JsonDocument.Parse(await fx.Server.Client.GetStringAsync($"/api/events/{id}/review")).RootElement.GetProperty("status").GetString() ?? "";

    private async Task<IPage> OpenAsync(string id, List<string> problems, IPage page)
    {
        await page.GotoAsync(fx.Url($"#/event/{Uri.EscapeDataString(id)}"));
        await page.WaitForSelectorAsync("#review-panel");
        await page.FillAsync("#reviewer-key", ApiServer.AnaKey);
        await page.PressAsync("#reviewer-key", "Tab");
        Assert.Empty(problems);
        return page;
    }

    [BrowserFact]
    public async Task EditInPlace_ThenConfirmByKeyboard_IsStoredAndShownEverywhere()
    {
        var (page, problems) = await fx.NewPageAsync();
        var id = await EventIdAsync("dialogue");
        await OpenAsync(id, problems, page);

        await page.FillAsync("#review-why", "the release names the port city");
        await page.ClickAsync("tr[data-field='location.city'] button.review-edit");
        await page.FillAsync("tr[data-field='location.city'] input.review-input", "Haiphong");
        await page.PressAsync("tr[data-field='location.city'] input.review-input", "Enter");
        await page.WaitForSelectorAsync("#review-status.edited");
        Assert.Contains("Haiphong", await page.InnerTextAsync("#event-fields"), StringComparison.Ordinal);
        Assert.Contains("ana · set location.city = Haiphong", await page.InnerTextAsync("#review-history"), StringComparison.Ordinal);

        // Visible through the API, in the list, and in the pair's Atom feed.
        var detail = JsonDocument.Parse(await fx.Server.Client.GetStringAsync($"/api/events/{id}")).RootElement;
        Assert.Equal("Haiphong", detail.GetProperty("event").GetProperty("location").GetProperty("city").GetString());
        Assert.Contains("Haiphong", await fx.Server.Client.GetStringAsync("/feeds/pair/JPN-VNM.atom"), StringComparison.Ordinal);

        // c confirms (the focus is on the page, not in a field).
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("c");
        await page.WaitForSelectorAsync("#review-status.confirmed");
        Assert.Equal("confirmed", await StatusAsync(id));
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task Reject_AndNext_ByKeyboard()
    {
        var (page, problems) = await fx.NewPageAsync();
        var id = await EventIdAsync("visit");
        await OpenAsync(id, problems, page);

        await page.SelectOptionAsync("#reject-reason", "out_of_scope");
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("r");
        await page.WaitForSelectorAsync("#review-status.rejected");
        Assert.Equal("rejected", await StatusAsync(id));
        Assert.DoesNotContain(id, await fx.Server.Client.GetStringAsync("/api/events"), StringComparison.Ordinal);

        // n opens the event that most needs a review next, another one.
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("n");
        await page.WaitForFunctionAsync($"() => location.hash.startsWith('#/event/') && !location.hash.includes('{id}')");
        await page.WaitForSelectorAsync("#review-panel");
        Assert.Equal("not reviewed", await page.InnerTextAsync("#review-status"));

        await page.GotoAsync(fx.Url("#/review"));
        await page.WaitForSelectorAsync("#review-queue");
        Assert.DoesNotContain(id, await page.Locator("#review-queue").InnerHTMLAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task StaleEdit_IsRefused_AndTheOtherReviewersEditIsShown()
    {
        var (page, problems) = await fx.NewPageAsync();
        var id = await EventIdAsync("meeting");
        await OpenAsync(id, problems, page);

        // Another reviewer writes after the page was loaded.
        var etag = JsonDocument.Parse(await fx.Server.Client.GetStringAsync($"/api/events/{id}/review")).RootElement.GetProperty("etag").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{id}/review") { Content = JsonContent.Create(new { action = "set", field = "location.city", value = "Osaka" }) };
        request.Headers.Add("X-Api-Key", ApiServer.BaoKey);
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{etag}\"");
        Assert.Equal(HttpStatusCode.OK, (await fx.Server.Client.SendAsync(request)).StatusCode);

        await page.ClickAsync("tr[data-field='location.city'] button.review-edit");
        await page.FillAsync("tr[data-field='location.city'] input.review-input", "Kyoto");
        await page.PressAsync("tr[data-field='location.city'] input.review-input", "Enter");
        await page.WaitForSelectorAsync("#review-message.error");
        Assert.Contains("Another reviewer changed this event", await page.InnerTextAsync("#review-message"), StringComparison.Ordinal);
        Assert.Contains("Osaka", await page.InnerTextAsync("#event-fields"), StringComparison.Ordinal);
        var detail = JsonDocument.Parse(await fx.Server.Client.GetStringAsync($"/api/events/{id}")).RootElement;
        Assert.Equal("Osaka", detail.GetProperty("event").GetProperty("location").GetProperty("city").GetString());
        Assert.Empty(problems);
    }
}
