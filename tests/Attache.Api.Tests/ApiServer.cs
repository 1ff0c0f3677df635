using System.Net.Http.Headers;
using System.Text;
using Attache.Extraction;
using Attache.Input;
using Attache.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Api.Tests;

/// <summary>The real API on Kestrel, on 127.0.0.1 with a free port, over a temporary SQLite store holding the seed dispatches.</summary>
public sealed class ApiServer : IAsyncLifetime
{
    public const string Key = "test-key-0123456789";
    public const string AnaKey = "ana-review-key-1";
    public const string BaoKey = "bao-review-key-2";
    public const long MaxBody = 64 * 1024;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "attache-api-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string Database => Path.Combine(_dir, "test.db");
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        await using (var store = await EventStores.OpenAsync(Database))
        {
            var ingestor = new DocumentIngestor(new Extractor());
            foreach (var item in new DocumentSource().ReadPath(Samples))
                await ingestor.IngestAsync(store, item.Document!);
        }
        _app = AttacheApi.Build(new ApiOptions { Database = Database, ApiKey = Key, MaxBodyBytes = MaxBody, ReviewerKeys = ApiOptions.ParseReviewerKeys($"ana:{AnaKey},bao:{BaoKey}") }, "http://127.0.0.1:0");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>The repository's samples folder.</summary>
    public static string Samples
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Attache.slnx"))) return Path.Combine(dir.FullName, "samples");
            throw new InvalidOperationException("repository root not found");
        }
    }

    /// <summary>Documents and events in the store, read directly (not through the API).</summary>
    public async Task<(long Documents, long Events)> CountAsync()
    {
        await using var store = await EventStores.OpenAsync(Database);
        return await store.CountAsync();
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? key, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await Client.SendAsync(request);
    }
}
