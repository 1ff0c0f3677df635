using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Attache.Api.Tests;

/// <summary><c>/api/subscriptions</c> and the Atom feeds, on the seed dispatches.</summary>
public sealed class ApiSubscriptionTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body = null, string? key = ApiServer.Key)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await server.Client.SendAsync(request);
    }

    [Fact]
    public async Task Subscriptions_NeedTheKey()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Post, "/api/subscriptions", new { pair = "JPN-VNM" }, key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Post, "/api/subscriptions", new { pair = "JPN-VNM" }, key: "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/api/subscriptions", key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Delete, "/api/subscriptions/s-x", key: null)).StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"pair\": \"Japan\"}")]
    [InlineData("{\"type\": \"party\"}")]
    [InlineData("{\"pair\": \"JPN-VNM\", \"webhook\": \"ftp://example.org\"}")]
    [InlineData("[1, 2]")]
    public async Task Create_Invalid_Answers400(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", ApiServer.Key);
        var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Create_Feed_ETag_Delete()
    {
        var created = await Send(HttpMethod.Post, "/api/subscriptions", new { pair = "vnm-jpn", webhook = "http://127.0.0.1:9/hook" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/feeds/{id}.atom", body.GetProperty("feed").GetString());
        Assert.Equal("JPN-VNM", body.GetProperty("pair").GetString());
        Assert.Equal(64, body.GetProperty("secret").GetString()!.Length);
        Assert.Equal($"/api/subscriptions/{id}", created.Headers.Location!.OriginalString);

        var listed = JsonDocument.Parse(await (await Send(HttpMethod.Get, "/api/subscriptions")).Content.ReadAsStringAsync()).RootElement;
        var mine = Assert.Single(listed.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("secret").ValueKind);

        var feed = await server.Client.GetAsync($"/feeds/{id}.atom");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", feed.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await feed.Content.ReadAsByteArrayAsync();
        CheckAtom(bytes);
        using (var reader = XmlReader.Create(new MemoryStream(bytes)))
        {
            var read = SyndicationFeed.Load(reader);
            var item = Assert.Single(read.Items, i => i.Title.Text.Contains("dialogue", StringComparison.Ordinal));
            Assert.Contains("JPN", item.Title.Text, StringComparison.Ordinal);
            Assert.Contains("edition 10", ((TextSyndicationContent)item.Content).Text, StringComparison.Ordinal);
            Assert.Contains("Hanoi", ((TextSyndicationContent)item.Content).Text, StringComparison.Ordinal);
            Assert.Contains(item.Links, l => l.Uri.Fragment.StartsWith("#/event/ev-", StringComparison.Ordinal));
        }
        var etag = feed.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{id}.atom");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await server.Client.SendAsync(again)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, $"/api/subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Delete, $"/api/subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/feeds/{id}.atom")).StatusCode);
    }

    [Fact]
    public async Task FixedPairFeed_NeedsNoSubscription()
    {
        var feed = await server.Client.GetAsync("/feeds/pair/VNM-JPN.atom");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        CheckAtom(await feed.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/feeds/pair/VNM.atom")).StatusCode);
    }

    /// <summary>The elements RFC 4287 requires: a feed's id, title, updated and author (or every entry's), a self link;
    /// each entry's id, title, updated.</summary>
    private static void CheckAtom(byte[] bytes)
    {
        var doc = XDocument.Load(new MemoryStream(bytes));
        var feed = doc.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(feed.Elements(Atom + name));
        Assert.NotEmpty(feed.Elements(Atom + "author").Elements(Atom + "name"));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(entry.Elements(Atom + name));
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
        }
    }
}
