using System.Net;
using System.Text.Json;

namespace Attache.Api.Tests;

/// <summary><c>GET /api/search</c> on the seed dispatches: ranking, folded accents, snippets, filters, headers.</summary>
public sealed class ApiSearchTests(ApiServer server) : IClassFixture<ApiServer>
{
    private async Task<List<JsonElement>> Search(string query)
    {
        var response = await server.Client.GetAsync("/api/search?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone().EnumerateArray().ToList();
    }

    [Fact]
    public async Task Search_FoldedNameInEitherOrder_HighlightsTheOriginalWords()
    {
        var hit = (await Search("q=" + Uri.EscapeDataString("chien hoang"))).First();
        var snippet = hit.GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        var marked = snippet.GetProperty("highlights").EnumerateArray().Select(h => text[h[0].GetInt32()..h[1].GetInt32()]).ToList();
        Assert.Contains("Chiên", marked);
        Assert.Contains("Hoang", marked);
        Assert.NotEqual("", hit.GetProperty("title").GetString());
        var events = hit.GetProperty("eventDetails");
        Assert.NotEqual(0, events.GetArrayLength());
        Assert.Equal(events.GetArrayLength(), hit.GetProperty("events").GetArrayLength());
        Assert.Contains("JPN", events[0].GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Search_Filters_PhrasesAndPrefixes()
    {
        Assert.NotEmpty(await Search("q=" + Uri.EscapeDataString("\"politique de défense\"") + "&country=VNM&partner=JPN&from=2019"));
        Assert.Empty(await Search("q=" + Uri.EscapeDataString("\"défense de politique\"")));
        Assert.NotEmpty(await Search("q=defen*&type=dialogue"));
        Assert.Empty(await Search("q=defense&country=USA&partner=FRA"));
    }

    [Theory]
    [InlineData("q=!!")]
    [InlineData("q=defense&country=Vietnam")]
    [InlineData("q=defense&pageSize=0")]
    public async Task Search_BadQuery_Answers400WithTheHeaders(string query)
    {
        var response = await server.Client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
