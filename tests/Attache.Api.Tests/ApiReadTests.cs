using System.Net;
using System.Text.Json;

namespace Attache.Api.Tests;

/// <summary>Read endpoints through the real HTTP pipeline, on the seed dispatches.</summary>
public sealed class ApiReadTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<JsonElement> Get(string path) => await Json(await server.Client.GetAsync(path));

    [Fact]
    public async Task Events_List_ReturnsSeedEventsInSpecShape()
    {
        var page = await Get("/api/events");
        var items = page.GetProperty("items");
        Assert.Equal(JsonValueKind.Array, items.ValueKind);
        Assert.True(items.GetArrayLength() >= 3, "the seed dispatches report several events");
        Assert.Equal(items.GetArrayLength(), page.GetProperty("total").GetInt64());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        foreach (var e in items.EnumerateArray())
        {
            foreach (var field in new[] { "id", "type", "status", "date", "location", "countries", "participants", "mechanism", "areas", "evidence", "sources" })
                Assert.True(e.TryGetProperty(field, out _), $"missing {field}");
            Assert.Contains("VNM", e.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
            Assert.NotEqual(0, e.GetProperty("sources").GetArrayLength());
        }
    }

    /// <summary>The last possible page is empty: page × page size no longer wraps around to page 1.</summary>
    [Theory]
    [InlineData(2147483647, 500)]
    [InlineData(4294968, 500)]
    [InlineData(2147483647, 1)]
    public async Task Events_FarPage_IsEmpty_NotPageOne(int page, int size)
    {
        var result = await Get($"/api/events?page={page}&pageSize={size}");
        Assert.Equal(0, result.GetProperty("items").GetArrayLength());
        Assert.Equal(page, result.GetProperty("page").GetInt32());
        Assert.Equal((await Get("/api/events")).GetProperty("total").GetInt64(), result.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("_")]
    [InlineData("%")]
    [InlineData("%25")]
    public async Task Events_TextSearch_WildcardCharacters_MatchThemselves(string q) =>
        Assert.Equal(0, (await Get($"/api/events?q={q}")).GetProperty("total").GetInt64());

    [Fact]
    public async Task Events_Filters_TypeCountryAndDates()
    {
        var all = (await Get("/api/events")).GetProperty("items").EnumerateArray().ToList();
        var meetings = (await Get("/api/events?type=meeting")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(meetings);
        Assert.All(meetings, e => Assert.Equal("meeting", e.GetProperty("type").GetString()));
        Assert.Equal(all.Count(e => e.GetProperty("type").GetString() == "meeting"), meetings.Count);
        Assert.Equal(all.Count, (await Get("/api/events?country=vnm&partner=JPN")).GetProperty("total").GetInt64());
        Assert.Equal(0, (await Get("/api/events?country=FRA")).GetProperty("total").GetInt64());
        var in2024 = (await Get("/api/events?from=2024&to=2024-12-31")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(in2024);
        Assert.All(in2024, e => Assert.StartsWith("2024", e.GetProperty("date").GetString()));
        var byText = (await Get("/api/events?q=Kisarazu")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(byText);
        Assert.True(byText.Count < all.Count);
    }

    [Fact]
    public async Task Events_Paging_AndSorting()
    {
        var all = (await Get("/api/events?pageSize=100")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        var first = await Get("/api/events?pageSize=2&page=1");
        Assert.Equal(all.Count, first.GetProperty("total").GetInt64());
        Assert.Equal(2, first.GetProperty("pageSize").GetInt32());
        var paged = new List<string?>();
        for (var p = 1; p <= (all.Count + 1) / 2; p++)
            paged.AddRange((await Get($"/api/events?pageSize=2&page={p}")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(all, paged);
        var beyond = await Get("/api/events?pageSize=2&page=50");
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
        Assert.Equal(all.Count, beyond.GetProperty("total").GetInt64());
        var newest = (await Get("/api/events?sort=-date&pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        var dated = newest.Select(e => e.GetProperty("date").GetString()).Where(d => d is not null && !d.StartsWith("--", StringComparison.Ordinal)).ToList();
        Assert.Equal(dated.OrderByDescending(d => d, StringComparer.Ordinal), dated);
    }

    [Theory]
    [InlineData("/api/events?from=yesterday")]
    [InlineData("/api/events?type=party")]
    [InlineData("/api/events?pageSize=0")]
    [InlineData("/api/events?page=0")]
    [InlineData("/api/events?sort=name")]
    [InlineData("/api/events?country=Vietnam")]
    [InlineData("/api/pairs/VNM")]
    [InlineData("/api/mechanisms?pair=VNM-VNM")]
    [InlineData("/api/search?q=")]
    public async Task BadQuery_IsAProblemDetails400(string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_Detail_HasEverySourceWithEvidenceText()
    {
        var id = (await Get("/api/events")).GetProperty("items")[0].GetProperty("id").GetString();
        var detail = await Get($"/api/events/{id}");
        Assert.Equal(id, detail.GetProperty("event").GetProperty("id").GetString());
        var reports = detail.GetProperty("reports").EnumerateArray().ToList();
        Assert.NotEmpty(reports);
        foreach (var r in reports)
        {
            var doc = await Get($"/api/documents/{r.GetProperty("documentId").GetString()}");
            var text = doc.GetProperty("text").GetString()!;
            var evidence = r.GetProperty("evidence").EnumerateArray().ToList();
            Assert.NotEmpty(evidence);
            foreach (var s in evidence)
            {
                var (start, end) = (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32());
                Assert.Equal(text[start..end], s.GetProperty("text").GetString());
            }
        }
    }

    [Fact]
    public async Task UnknownEventAndDocument_Are404Problems()
    {
        foreach (var path in new[] { "/api/events/ev-nope", "/api/documents/nope" })
        {
            var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Pairs_Network_Timeline_Mechanisms_People_Search()
    {
        var pairs = (await Get("/api/pairs")).EnumerateArray().ToList();
        var pair = Assert.Single(pairs);
        Assert.Equal(["JPN", "VNM"], pair.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        var total = pair.GetProperty("total").GetInt32();
        Assert.Equal(total, pair.GetProperty("byType").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(total, pair.GetProperty("byYear").EnumerateObject().Sum(p => p.Value.GetInt32()));

        var network = await Get("/api/network");
        Assert.Equal(2, network.GetProperty("nodes").GetArrayLength());

        var timeline = await Get("/api/pairs/VNM-JPN");
        Assert.Equal(total, timeline.GetProperty("events").GetArrayLength());
        Assert.NotEqual(0, timeline.GetProperty("people").GetArrayLength());
        Assert.NotEmpty(timeline.GetProperty("areasByYear").EnumerateObject());

        var series = Assert.Single((await Get("/api/mechanisms?pair=JPN-VNM")).EnumerateArray());
        Assert.Equal(10, series.GetProperty("editions")[0].GetProperty("edition").GetInt32());
        Assert.Equal(1, timeline.GetProperty("mechanisms").GetArrayLength());

        var people = (await Get("/api/people?name=Giang")).EnumerateArray().ToList();
        Assert.NotEmpty(people);
        Assert.NotEqual(0, people[0].GetProperty("offices").GetArrayLength());

        var hits = (await Get("/api/search?q=Kisarazu")).EnumerateArray().ToList();
        var hit = Assert.Single(hits);
        Assert.Contains("Kisarazu", hit.GetProperty("matches")[0].GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(0, hit.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryEndpoint()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/documents", "/api/documents/{id}", "/api/pairs", "/api/pairs/{pair}", "/api/mechanisms", "/api/people", "/api/search", "/api/network", "/api/subscriptions", "/api/subscriptions/{id}", "/feeds/{id}.atom", "/feeds/pair/{pair}.atom" })
            Assert.Contains(p, paths);
        Assert.True(doc.GetProperty("paths").GetProperty("/api/documents").GetProperty("post").TryGetProperty("requestBody", out _));
        Assert.True(doc.GetProperty("paths").GetProperty("/api/subscriptions").GetProperty("post").TryGetProperty("requestBody", out _));
        var ui = await server.Client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        var html = await ui.Content.ReadAsStringAsync();
        Assert.DoesNotContain("cdn.", html, StringComparison.Ordinal);
        // Offline: the page names no outside address and turns off what would call scalar.com.
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        foreach (var setting in new[] { "\"hideClientButton\":true", "\"telemetry\":false", "\"agent\":{\"disabled\":true", "\"mcp\":{\"disabled\":true" })
            Assert.Contains(setting, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_IsServedWithAStrictContentPolicy()
    {
        var response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("app.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var js = await server.Client.GetStringAsync("/app.js");
        Assert.DoesNotContain("innerHTML", js, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", js, StringComparison.Ordinal);
    }
}
