using System.Collections.Concurrent;
using Attache.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.Shared;

/// <summary>A webhook receiver on 127.0.0.1 (Kestrel) that records every delivery and refuses the first few with 500.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _refuse;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>Every delivery received, refused ones included: its headers and body.</summary>
    public ConcurrentQueue<(string Delivery, string Timestamp, string Signature, byte[] Body)> Received { get; } = new();

    /// <summary>The address to subscribe with.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>How many of the next requests are answered 500 before the receiver accepts again.</summary>
    public int Refuse { get => Volatile.Read(ref _refuse); set => Volatile.Write(ref _refuse, value); }

    /// <summary>Starts a receiver listening on a free loopback port at <c>/hook</c>.</summary>
    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.Received.Enqueue((request.Headers[WebhookSender.DeliveryHeader].ToString(), request.Headers[WebhookSender.TimestampHeader].ToString(),
                request.Headers[WebhookSender.SignatureHeader].ToString(), body.ToArray()));
            return Interlocked.Decrement(ref receiver._refuse) >= 0 ? Results.StatusCode(500) : Results.Ok();
        });
        await receiver._app.StartAsync();
        receiver.Url = new Uri(new Uri(receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/hook");
        return receiver;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
