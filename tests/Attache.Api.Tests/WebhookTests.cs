using System.Text.Json;
using Attache.Extraction;
using Attache.Input;
using Attache.Record;
using Attache.Storage;
using Attache.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace Attache.Api.Tests;

/// <summary>Webhooks end to end: ingest queues, <see cref="WebhookSender"/> POSTs to a Kestrel receiver on 127.0.0.1.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "attache-hook-tests-" + Guid.NewGuid().ToString("N"));
    private WebhookReceiver? _receiver;


    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_receiver is not null) await _receiver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task NewEvent_OneSignedDelivery_RetriedAfter500_NoneAfterReingest()
    {
        var clock = new Clock(DateTimeOffset.UtcNow);
        var db = Path.Combine(_dir, "hook.db");
        await using var store = await EventStores.OpenAsync(db, clock);
        var subscription = await store.SubscribeAsync(new SubscriptionCriteria(Pair: "JPN-VNM"), _receiver!.Url.ToString());
        var ingestor = new DocumentIngestor(new Extractor());
        var documents = new DocumentSource().ReadPath(ApiServer.Samples).Select(i => i.Document!).ToList();
        foreach (var d in documents) await ingestor.IngestAsync(store, d);
        var matching = (await store.QueryEventsAsync(new EventQuery { Country = "JPN", Partner = "VNM" })).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(matching);

        using var http = new HttpClient();
        var sender = new WebhookSender(http, clock);
        _receiver!.Refuse = 1;
        Assert.Equal(matching.Count - 1, await sender.SendDueAsync(store));
        var refused = Assert.Single(await store.DeliveriesAsync(false, 100), d => d.Status == DeliveryStatus.Pending);
        Assert.Equal((1, 500), (refused.Attempts, refused.LastResponse));
        // Not due yet: nothing is sent before the back-off has passed.
        Assert.Equal(0, await sender.SendDueAsync(store));
        clock.Now += WebhookSender.Backoff(1) + TimeSpan.FromSeconds(1);
        Assert.Equal(1, await sender.SendDueAsync(store));

        // Re-ingesting the same dispatches announces nothing.
        foreach (var d in documents) await ingestor.IngestAsync(store, d);
        clock.Now += TimeSpan.FromHours(1);
        Assert.Equal(0, await sender.SendDueAsync(store));

        var received = _receiver!.Received.ToList();
        Assert.Equal(matching.Count + 1, received.Count); // one per event, plus the retry of the refused one
        Assert.Equal(2, received.Count(r => r.Delivery == refused.Id));
        Assert.Equal(matching.Count, received.Select(r => r.Delivery).Distinct().Count());
        foreach (var r in received)
        {
            Assert.Equal(WebhookSender.Sign(subscription.Secret!, long.Parse(r.Timestamp, System.Globalization.CultureInfo.InvariantCulture), r.Body), r.Signature);
            using var payload = JsonDocument.Parse(r.Body);
            Assert.Equal(r.Delivery, payload.RootElement.GetProperty("delivery").GetString());
            Assert.Contains(payload.RootElement.GetProperty("event").GetProperty("id").GetString()!, matching);
            Assert.Equal("created", payload.RootElement.GetProperty("kind").GetString());
        }
        Assert.All(await store.DeliveriesAsync(false, 100), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task Delivery_GivenUpAfterADay()
    {
        var clock = new Clock(DateTimeOffset.UtcNow);
        await using var store = await EventStores.OpenAsync(Path.Combine(_dir, "giveup.db"), clock);
        await store.SubscribeAsync(new SubscriptionCriteria(Country: "VNM"), _receiver!.Url.ToString());
        foreach (var d in new DocumentSource().ReadPath(ApiServer.Samples).Select(i => i.Document!))
            await new DocumentIngestor(new Extractor()).IngestAsync(store, d);
        using var http = new HttpClient();
        var sender = new WebhookSender(http, clock);
        _receiver!.Refuse = int.MaxValue;
        for (var i = 0; i < 40 && clock.Now < DateTimeOffset.UtcNow + TimeSpan.FromHours(25); i++)
        {
            await sender.SendDueAsync(store);
            clock.Now += TimeSpan.FromHours(1);
        }
        var log = await store.DeliveriesAsync(false, 100);
        Assert.NotEmpty(log);
        Assert.All(log, d => Assert.Equal(DeliveryStatus.Failed, d.Status));
        Assert.All(log, d => Assert.InRange(d.Attempts, 20, 30));
    }
}
