using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Attache.Record;

namespace Attache.Storage;

/// <summary>Sends the webhook deliveries that are due: each a JSON POST signed with HMAC-SHA256, retried with back-off
/// for a day, every attempt recorded. At least once: a receiver deduplicates with the delivery header.</summary>
/// <param name="http">The client (its handler decides proxies and TLS).</param>
/// <param name="clock">Now.</param>
public sealed class WebhookSender(HttpClient http, TimeProvider clock)
{
    /// <summary>The header with <c>sha256=HEX</c>, the HMAC-SHA256 of <c>TIMESTAMP.BODY</c> under the subscription's secret.</summary>
    public const string SignatureHeader = "X-Attache-Signature";

    /// <summary>The header with the Unix time of the attempt, which the signature covers (receivers refuse old ones).</summary>
    public const string TimestampHeader = "X-Attache-Timestamp";

    /// <summary>The header with the delivery id, the same on every attempt: the idempotency key.</summary>
    public const string DeliveryHeader = "X-Attache-Delivery";

    /// <summary>How long a delivery is retried before it is given up.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);

    /// <summary>The longest a receiver is waited for.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The signature header's value for a body sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), prefix.Concat(body).ToArray()));
    }

    /// <summary>The wait after a failed attempt: 30 s, doubling, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20))));

    /// <summary>Attempts every delivery due now, once; returns how many were accepted.</summary>
    public async Task<int> SendDueAsync(IEventStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var accepted = 0;
        var subscriptions = new Dictionary<string, Subscription?>(StringComparer.Ordinal);
        foreach (var d in await store.DeliveriesAsync(dueOnly: true, 100, cancellationToken).ConfigureAwait(false))
        {
            if (!subscriptions.TryGetValue(d.SubscriptionId, out var s))
                subscriptions[d.SubscriptionId] = s = await store.GetSubscriptionAsync(d.SubscriptionId, cancellationToken).ConfigureAwait(false);
            if (s is not { Webhook: { } url, Secret: { } secret })
            {
                await store.RecordAttemptAsync(d.Id, false, null, "the subscription has no webhook any more", null, cancellationToken).ConfigureAwait(false);
                continue;
            }
            var (ok, status, error) = await PostAsync(url, secret, d, cancellationToken).ConfigureAwait(false);
            if (ok) accepted++;
            var now = clock.GetUtcNow();
            DateTimeOffset? retry = ok || now - d.Created >= GiveUpAfter ? null : now + Backoff(d.Attempts + 1);
            await store.RecordAttemptAsync(d.Id, ok, status, error, retry, cancellationToken).ConfigureAwait(false);
        }
        return accepted;
    }

    private async Task<(bool Ok, int? Status, string? Error)> PostAsync(string url, string secret, Delivery d, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(d.Payload);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(DeliveryHeader, d.Id);
        request.Headers.Add(TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, Sign(secret, timestamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(AttemptTimeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (true, status, null) : (false, status, $"the receiver answered {status}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (false, null, e is TaskCanceledException ? $"no answer within {AttemptTimeout.TotalSeconds:0} s" : e.Message);
        }
    }
}
