using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Attache.Storage.Tests;

/// <summary>A news site on loopback for the tests: Kestrel on 127.0.0.1 with a free port, serving what the test puts in <see cref="Routes"/>.</summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestSite(WebApplication app) => _app = app;

    /// <summary>Path (with query) → handler; changeable while the site runs.</summary>
    public ConcurrentDictionary<string, Func<HttpContext, Task>> Routes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request received, as path and query.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public string Base { get; private set; } = "";

    public static async Task<TestSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new TestSite(app);
        app.Run(async context =>
        {
            var key = context.Request.Path + context.Request.QueryString;
            site.Requests.Enqueue(key);
            if (site.Routes.TryGetValue(key, out var handler) || site.Routes.TryGetValue(context.Request.Path, out handler)) await handler(context);
            else context.Response.StatusCode = 404;
        });
        await app.StartAsync();
        site.Base = app.Urls.First().TrimEnd('/');
        return site;
    }

    public string Url(string path) => Base + path;

    public void Serve(string path, string contentType, byte[] body) => Routes[path] = async c =>
    {
        c.Response.ContentType = contentType;
        await c.Response.Body.WriteAsync(body);
    };

    public void Serve(string path, string contentType, string body) => Serve(path, contentType, System.Text.Encoding.UTF8.GetBytes(body));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
