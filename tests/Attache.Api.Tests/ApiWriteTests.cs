using System.Net;
using System.Text.Json;

namespace Attache.Api.Tests;

/// <summary>POST /api/documents: refused requests change nothing; accepted ones go through the ingest service.</summary>
public sealed class ApiWriteTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private const string Dispatch = """{"id":"w1","text":"HANOI, March 5, 2024 - Vietnamese Defence Minister Phan Van Giang held talks with Japanese Defence Minister Minoru Kihara in Hanoi. The two sides agreed to step up cooperation in peacekeeping and cybersecurity.","published":"2024-03-05"}""";

    private async Task AssertRefused(HttpResponseMessage response, HttpStatusCode status, (long, long) before)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal((int)status, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(before, await _server.CountAsync());
    }

    [Fact]
    public async Task Post_WithoutKey_Is401_AndChangesNothing()
    {
        var before = await _server.CountAsync();
        await AssertRefused(await _server.PostAsync(Dispatch, key: null), HttpStatusCode.Unauthorized, before);
        await AssertRefused(await _server.PostAsync(Dispatch, key: null, contentType: "text/plain"), HttpStatusCode.Unauthorized, before);
    }

    [Fact]
    public async Task Post_WithWrongKey_Is403_AndChangesNothing()
    {
        var before = await _server.CountAsync();
        await AssertRefused(await _server.PostAsync(Dispatch, key: "wrong"), HttpStatusCode.Forbidden, before);
        await AssertRefused(await _server.PostAsync(Dispatch, key: ApiServer.Key + "x"), HttpStatusCode.Forbidden, before);
    }

    [Fact]
    public async Task Post_OversizedBody_Is413_AndChangesNothing()
    {
        var before = await _server.CountAsync();
        var big = JsonSerializer.Serialize(new { id = "big", text = "The ministers met in Hanoi. " + new string('x', (int)ApiServer.MaxBody) });
        await AssertRefused(await _server.PostAsync(big, ApiServer.Key), HttpStatusCode.RequestEntityTooLarge, before);
        // Without a Content-Length the limit holds too.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(big))),
        };
        request.Headers.Add("X-Api-Key", ApiServer.Key);
        request.Headers.TransferEncodingChunked = true;
        await AssertRefused(await _server.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, before);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"id":"x"}""")]
    [InlineData("""{"text":"no id"}""")]
    [InlineData("""{"id":"x","text":"ok","published":"March 2024"}""")]
    [InlineData("""[{"id":"a","text":"fine text about talks"},{"id":"b"}]""")]
    [InlineData("""[{"id":"a","text":"one"},{"id":"a","text":"two"}]""")]
    [InlineData("""{"id":"x\u001b[2J","text":"Talks in Hanoi."}""")]
    [InlineData("""{"id":"x\u0000y","text":"Talks in Hanoi."}""")]
    public async Task Post_BadInput_Is400Problem_AndChangesNothing(string body)
    {
        var before = await _server.CountAsync();
        await AssertRefused(await _server.PostAsync(body, ApiServer.Key), HttpStatusCode.BadRequest, before);
    }

    /// <summary>Invalid UTF-8 inside a JSON object or array is a 400 like the same bytes as JSON Lines, never a 500.</summary>
    [Theory]
    [InlineData("{\"id\":\"u1\",\"text\":\"talks in Hanoi \xC3(\"}", "application/json")]
    [InlineData("[{\"id\":\"u2\",\"text\":\"talks in Hanoi \xC3(\"}]", "application/json")]
    [InlineData("[\n  {\"id\":\"u3\",\n   \"text\":\"talks \xFF in Hanoi\"}\n]", "application/json")]
    [InlineData("{\"id\":\"u4\",\"text\":\"talks in Hanoi \xC3(\"}\n", "application/x-ndjson")]
    public async Task Post_InvalidUtf8InsideJson_Is400_WithSecurityHeaders(string latin1Body, string contentType)
    {
        var before = await _server.CountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new ByteArrayContent(System.Text.Encoding.Latin1.GetBytes(latin1Body)) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Api-Key", ApiServer.Key);
        var response = await _server.Client.SendAsync(request);
        await AssertRefused(response, HttpStatusCode.BadRequest, before);
        Assert.Contains("invalid UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    /// <summary>Every answer, errors included, carries the content policy and nosniff.</summary>
    [Fact]
    public async Task ErrorAnswers_CarrySecurityHeaders()
    {
        AssertSecurityHeaders(await _server.PostAsync(Dispatch, key: null));
        AssertSecurityHeaders(await _server.PostAsync("{not json", ApiServer.Key));
        AssertSecurityHeaders(await _server.Client.GetAsync("/api/events/no-such-event"));
        AssertSecurityHeaders(await _server.Client.GetAsync("/api/events?page=0"));
        AssertSecurityHeaders(await _server.Client.GetAsync("/no/such/path"));
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff), $"no nosniff on {(int)response.StatusCode}");
        Assert.Equal("nosniff", nosniff.Single());
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"no CSP on {(int)response.StatusCode}");
        Assert.Contains("default-src 'self'", csp.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithKey_Ingests_ThenIsUnchanged()
    {
        var (docs, _) = await _server.CountAsync();
        var response = await _server.PostAsync(Dispatch, ApiServer.Key);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var result = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, result.GetProperty("new").GetInt32());
        Assert.Equal("new", result.GetProperty("documents")[0].GetProperty("status").GetString());
        Assert.Equal(docs + 1, (await _server.CountAsync()).Documents);
        var stored = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/documents/w1")).RootElement;
        Assert.StartsWith("HANOI", stored.GetProperty("text").GetString(), StringComparison.Ordinal);

        var again = JsonDocument.Parse(await (await _server.PostAsync(Dispatch, ApiServer.Key)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(docs + 1, (await _server.CountAsync()).Documents);
    }

    [Fact]
    public async Task Post_JsonLinesAndArrays_IngestEveryDocument()
    {
        var (docs, _) = await _server.CountAsync();
        var lines = """
            {"id":"l1","text":"Talks were held in Hanoi between the defence ministers of Vietnam and Japan."}
            {"id":"l2","text":"A Japanese navy ship made a port call at Cam Ranh, Vietnam, on 3 May 2024."}
            """;
        var response = await _server.PostAsync(lines, ApiServer.Key, "application/x-ndjson");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(docs + 2, (await _server.CountAsync()).Documents);
        var array = """[{"id":"a1","text":"Vietnam and India held a defence dialogue in New Delhi."},{"id":"a2","text":"India donated rescue boats to Vietnam."}]""";
        Assert.Equal(HttpStatusCode.OK, (await _server.PostAsync(array, ApiServer.Key)).StatusCode);
        Assert.Equal(docs + 4, (await _server.CountAsync()).Documents);
    }

    [Fact]
    public async Task Post_IdTakenByAnotherText_Is409_AndChangesNothing()
    {
        var id = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/events")).RootElement.GetProperty("items")[0].GetProperty("sources")[0].GetString();
        var before = await _server.CountAsync();
        var body = JsonSerializer.Serialize(new[] { new { id = "fresh", text = "Another dispatch about talks in Tokyo." }, new { id = id!, text = "A different text under a stored id." } });
        await AssertRefused(await _server.PostAsync(body, ApiServer.Key), HttpStatusCode.Conflict, before);
    }
}

/// <summary>The server never creates or takes over a database: a missing or foreign one answers 503, with the usual headers.</summary>
public sealed class ApiDatabaseTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MissingOrForeignDatabase_Is503_AndLeftAsItWas(bool foreign)
    {
        var dir = Directory.CreateTempSubdirectory("attache-foreign-");
        try
        {
            var db = Path.Combine(dir.FullName, "other.db");
            if (foreign)
            {
                await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=false");
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "CREATE TABLE notes (body TEXT)";
                await command.ExecuteNonQueryAsync();
            }
            var before = foreign ? await File.ReadAllBytesAsync(db) : null;
            await using var app = AttacheApi.Build(new ApiOptions { Database = db, ApiKey = ApiServer.Key }, "http://127.0.0.1:0");
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var response = await client.GetAsync("/api/events");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains(foreign ? "not an Attaché database" : "does not exist", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            ApiWriteTests.AssertSecurityHeaders(response);
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (foreign) Assert.Equal(before, await File.ReadAllBytesAsync(db));
            else Assert.Empty(dir.GetFileSystemInfos());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(true);
        }
    }
}

/// <summary>With no key configured, writes are disabled whatever the request sends.</summary>
public sealed class ApiNoKeyTests
{
    [Fact]
    public async Task Post_WhenNoKeyConfigured_Is403()
    {
        var dir = Directory.CreateTempSubdirectory("attache-nokey-");
        try
        {
            var db = Path.Combine(dir.FullName, "t.db");
            await using var app = AttacheApi.Build(new ApiOptions { Database = db, ApiKey = null }, "http://127.0.0.1:0");
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent("""{"id":"x","text":"talks"}""") };
            request.Headers.Add("X-Api-Key", "anything");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(true);
        }
    }
}
