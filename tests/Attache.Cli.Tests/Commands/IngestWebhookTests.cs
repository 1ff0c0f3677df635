using System.Text.Json;
using Attache.Storage;
using Attache.Tests.Shared;

namespace Attache.Cli.Tests.Commands;

/// <summary><c>attache ingest</c> sends the webhooks its documents make due, to a Kestrel receiver on 127.0.0.1, with
/// neither <c>serve</c> nor <c>deliveries --send</c> running.</summary>
public sealed class IngestWebhookTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private WebhookReceiver? _receiver;

    private string Db => Path.Combine(_dir.Path, "hooks.db");

    private static string Samples => Path.Combine(AppContext.BaseDirectory, "TestData", "samples");

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_receiver is not null) await _receiver.DisposeAsync();
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Ingest_SendsOneSignedDeliveryPerNewEvent_NoneOnReingest()
    {
        var subscribe = await CliProcess.RunAsync(["subscribe", "--pair", "JPN-VNM", "--webhook", _receiver!.Url.ToString(), "--db", Db]);
        Assert.True(subscribe.Code == 0, subscribe.Err);
        var secret = subscribe.OutLines.Single(l => l.StartsWith("secret", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];

        var ingest = await CliProcess.RunAsync(["ingest", Samples, "--db", Db]);
        Assert.True(ingest.Code == 0, ingest.Err);
        var received = _receiver!.Received.ToList();
        Assert.NotEmpty(received);
        Assert.Contains($"webhooks: {received.Count} delivered", ingest.Out, StringComparison.Ordinal);
        Assert.Equal(received.Count, received.Select(r => r.Delivery).Distinct().Count());
        foreach (var r in received)
        {
            Assert.Equal(WebhookSender.Sign(secret, long.Parse(r.Timestamp, System.Globalization.CultureInfo.InvariantCulture), r.Body), r.Signature);
            using var payload = JsonDocument.Parse(r.Body);
            Assert.Equal("created", payload.RootElement.GetProperty("kind").GetString());
            var countries = payload.RootElement.GetProperty("event").GetProperty("countries").EnumerateArray().Select(c => c.GetString()).ToList();
            Assert.Contains("JPN", countries);
            Assert.Contains("VNM", countries);
        }

        // The same dispatches again: nothing new to announce, nothing sent, no webhook line.
        var again = await CliProcess.RunAsync(["ingest", Samples, "--db", Db]);
        Assert.True(again.Code == 0, again.Err);
        Assert.Equal(received.Count, _receiver!.Received.Count);
        Assert.DoesNotContain("webhooks:", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_RefusedDelivery_WaitsForItsRetry()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(["subscribe", "--country", "VNM", "--webhook", _receiver!.Url.ToString(), "--db", Db])).Code);
        _receiver!.Refuse = int.MaxValue;
        var ingest = await CliProcess.RunAsync(["ingest", Samples, "--db", Db]);
        Assert.True(ingest.Code == 0, ingest.Err);
        var attempts = _receiver!.Received.Count;
        Assert.True(attempts > 0);
        Assert.Contains($"webhooks: 0 delivered, {attempts} to retry", ingest.Out, StringComparison.Ordinal);
        // Each was tried once: the back-off holds them until later.
        var log = await CliProcess.RunAsync(["deliveries", "--json", "--db", Db]);
        using var json = JsonDocument.Parse(log.Out);
        Assert.All(json.RootElement.EnumerateArray(), d =>
        {
            Assert.Equal("pending", d.GetProperty("status").GetString());
            Assert.Equal(1, d.GetProperty("attempts").GetInt32());
            Assert.Equal(500, d.GetProperty("lastResponse").GetInt32());
        });
    }

    [Fact]
    public async Task Ingest_WithoutSubscriptions_PrintsNoWebhookLine()
    {
        var ingest = await CliProcess.RunAsync(["ingest", Samples, "--db", Db]);
        Assert.True(ingest.Code == 0, ingest.Err);
        Assert.DoesNotContain("webhooks:", ingest.Out, StringComparison.Ordinal);
        Assert.Empty(_receiver!.Received);
    }
}
