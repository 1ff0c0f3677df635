using System.Net;
using System.Text;
using System.Text.Json;

namespace Attache.Api.Tests;

/// <summary><c>POST /api/extract</c>: read-only extraction with its trace, on sentences written for these tests.</summary>
public sealed class ApiExtractTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string Text = "Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3. "
        + "At the talks, the two ministers agreed to deepen defence cooperation. General Tran Van Long will visit Japan next month.";

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        var response = await server.Client.PostAsync(path, content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Extract_WithExplain_ReturnsTheTraceAndTheSources_WithoutAKey_AndStoresNothing()
    {
        var before = (await server.Client.GetStringAsync("/api/events")).Length;
        var (status, body) = await Post("/api/extract?explain=true", new { id = "x1", text = Text, published = "2025-03-04" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("x1", body.GetProperty("id").GetString());
        var ev = Assert.Single(body.GetProperty("events").EnumerateArray());
        Assert.Equal("meeting", ev.GetProperty("event").GetProperty("type").GetString());
        foreach (var field in new[] { "type", "date", "location", "countries", "participants", "mechanism", "areas", "status" })
            Assert.False(string.IsNullOrEmpty(ev.GetProperty("sources").GetProperty(field).GetProperty("rule").GetString()), field);
        var trace = body.GetProperty("trace").EnumerateArray().ToList();
        foreach (var t in trace)
        {
            var span = t.GetProperty("span");
            Assert.Equal(Text[span[0].GetInt32()..span[1].GetInt32()], t.GetProperty("trigger").GetString());
        }
        var visit = trace.Single(t => t.GetProperty("trigger").GetString() == "visit");
        Assert.Equal(("dropped", "FutureOrProposed"), (visit.GetProperty("decision").GetString(), visit.GetProperty("rule").GetString()));
        Assert.Contains(trace, t => t.GetProperty("decision").GetString() == "joined" && t.GetProperty("event").GetInt32() == 0);
        Assert.Equal(before, (await server.Client.GetStringAsync("/api/events")).Length);
    }

    [Fact]
    public async Task Extract_WithoutExplain_HasNoTrace_AndABadDocumentIs400()
    {
        var (status, body) = await Post("/api/extract", new { id = "x2", text = Text, published = "2025-03-04" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("trace").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("events")[0].GetProperty("sources").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/api/extract", new { id = "x3", text = Text, published = "March 4" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/api/extract", new { text = Text })).Status);
    }

    [Fact]
    public async Task Extract_IsInTheOpenApiDocument()
    {
        var doc = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.True(doc.GetProperty("paths").GetProperty("/api/extract").TryGetProperty("post", out _));
    }
}
