using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Attache.Api.Tests;

/// <summary>Review endpoints: reviewer keys, If-Match and 412, and a correction visible in events, exports and feeds.</summary>
public sealed class ApiReviewTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private async Task<string> DialogueIdAsync()
    {
        var page = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/events?type=dialogue")).RootElement;
        return page.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    private async Task<(JsonElement Body, string ETag)> ReviewOf(string id)
    {
        using var response = await _server.Client.GetAsync($"/api/events/{id}/review");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"\"{body.GetProperty("etag").GetString()}\"", response.Headers.ETag?.Tag);
        return (body, response.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> Post(string path, object body, string? key, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await _server.Client.SendAsync(request);
    }

    [Fact]
    public async Task Review_WithoutReviewerKeyOrIfMatch_IsRefused_AndChangesNothing()
    {
        var id = await DialogueIdAsync();
        var (_, etag) = await ReviewOf(id);
        var set = new { action = "set", field = "location.city", value = "Da Nang" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post($"/api/events/{id}/review", set, null, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post($"/api/events/{id}/review", set, "wrong", etag)).StatusCode);
        // The ingest key is not a reviewer: nobody would be recorded.
        Assert.Equal(HttpStatusCode.Forbidden, (await Post($"/api/events/{id}/review", set, ApiServer.Key, etag)).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await Post($"/api/events/{id}/review", set, ApiServer.AnaKey, null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post($"/api/events/{id}/review", new { action = "set", field = "date", value = "soon" }, ApiServer.AnaKey, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post($"/api/events/{id}/review", new { action = "paint" }, ApiServer.AnaKey, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post("/api/events/ev-none/review", set, ApiServer.AnaKey, etag)).StatusCode);
        var (body, after) = await ReviewOf(id);
        Assert.Equal(etag, after);
        Assert.Equal(0, body.GetProperty("corrections").GetArrayLength());
    }

    [Fact]
    public async Task TwoReviewers_SameETag_SecondGets412_ThenRetries()
    {
        var id = await DialogueIdAsync();
        var (_, etag) = await ReviewOf(id);

        using var ana = await Post($"/api/events/{id}/review", new { action = "set", field = "location.city", value = "Da Nang", why = "release" }, ApiServer.AnaKey, etag);
        Assert.Equal(HttpStatusCode.OK, ana.StatusCode);
        var anaTag = ana.Headers.ETag!.Tag;
        Assert.NotEqual(etag, anaTag);

        using var bao = await Post($"/api/events/{id}/review", new { action = "set", field = "location.city", value = "Hue" }, ApiServer.BaoKey, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, bao.StatusCode);
        Assert.Equal(anaTag, bao.Headers.ETag!.Tag);
        var (body, _) = await ReviewOf(id);
        Assert.Equal("Da Nang", body.GetProperty("event").GetProperty("location").GetProperty("city").GetString());

        using var retry = await Post($"/api/events/{id}/review", new { action = "confirm" }, ApiServer.BaoKey, anaTag);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        (body, _) = await ReviewOf(id);
        Assert.Equal("confirmed", body.GetProperty("status").GetString());
        var who = body.GetProperty("corrections").EnumerateArray().Select(c => c.GetProperty("reviewer").GetString()).ToList();
        Assert.Equal(["ana", "bao"], who);
        var history = JsonDocument.Parse(await _server.Client.GetStringAsync($"/api/events/{id}/history")).RootElement;
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("what").GetString() == "location.city = Da Nang" && h.GetProperty("why").GetString() == "release");
    }

    [Fact]
    public async Task Correction_IsVisibleInEventsDetailFeedsAndQueue()
    {
        var id = await DialogueIdAsync();
        var (_, etag) = await ReviewOf(id);
        var queued = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/review/queue")).RootElement;
        Assert.Contains(queued.EnumerateArray(), q => q.GetProperty("event").GetProperty("id").GetString() == id);

        using var set = await Post($"/api/events/{id}/review", new { action = "set", field = "location.city", value = "Haiphong" }, ApiServer.AnaKey, etag);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var detail = JsonDocument.Parse(await _server.Client.GetStringAsync($"/api/events/{id}")).RootElement;
        Assert.Equal("Haiphong", detail.GetProperty("event").GetProperty("location").GetProperty("city").GetString());
        var list = await _server.Client.GetStringAsync("/api/events?type=dialogue");
        Assert.Contains("Haiphong", list, StringComparison.Ordinal);
        var feed = await _server.Client.GetStringAsync("/feeds/pair/JPN-VNM.atom");
        Assert.Contains("Haiphong", feed, StringComparison.Ordinal);
        queued = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/review/queue")).RootElement;
        Assert.DoesNotContain(queued.EnumerateArray(), q => q.GetProperty("event").GetProperty("id").GetString() == id);

        // Rejected: gone from the lists, still readable with its review.
        var (_, tag) = await ReviewOf(id);
        using var reject = await Post($"/api/events/{id}/review", new { action = "reject", reason = "out_of_scope" }, ApiServer.BaoKey, tag);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.DoesNotContain(id, await _server.Client.GetStringAsync("/api/events"), StringComparison.Ordinal);
        Assert.Equal("rejected", (await ReviewOf(id)).Body.GetProperty("status").GetString());
    }
}
