using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Attache.Model;
using Attache.Record;
using Attache.Serialization;
using Dapper;

namespace Attache.Storage;

/// <summary>Subscriptions, the deliveries ingest queues for their webhooks, and when events were last reported.</summary>
public sealed partial class SqlEventStore
{
    private const string SubscriptionColumns = "id, pair, country, person, mechanism, type, area, q, webhook, secret, created_at";
    private const string DeliveryColumns = "id, subscription_id, event_id, kind, payload, status, attempts, next_at, last_response, last_error, created_at, delivered_at";

    private string Now() => _clock.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseInstant(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <inheritdoc />
    public Task<Subscription> SubscribeAsync(SubscriptionCriteria criteria, string? webhook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.IsEmpty) throw new ArgumentException("a subscription needs at least one criterion", nameof(criteria));
        return Guard(async () =>
        {
            // 128 random bits: the feed's URL is its only protection.
            var id = "s-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var secret = webhook is null ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            var created = Now();
            await _connection.ExecuteAsync(
                $"INSERT INTO subscriptions ({SubscriptionColumns}) VALUES (@id, @Pair, @Country, @Person, @Mechanism, @Type, @Area, @Q, @webhook, @secret, @created)",
                new { id, criteria.Pair, criteria.Country, criteria.Person, criteria.Mechanism, criteria.Type, criteria.Area, criteria.Q, webhook, secret, created }, ReadTx).ConfigureAwait(false);
            return new Subscription(id, criteria, webhook, secret, ParseInstant(created));
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Subscription>> SubscriptionsAsync(CancellationToken cancellationToken = default) => Guard(async () =>
        (IReadOnlyList<Subscription>)(await _connection.QueryAsync<SubscriptionRow>($"SELECT {SubscriptionColumns} FROM subscriptions ORDER BY created_at, id",
            transaction: ReadTx).ConfigureAwait(false)).Select(ToSubscription).ToList());

    /// <inheritdoc />
    public Task<Subscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken = default) => Guard(async () =>
    {
        var row = await _connection.QuerySingleOrDefaultAsync<SubscriptionRow>($"SELECT {SubscriptionColumns} FROM subscriptions WHERE id = @id", new { id }, ReadTx).ConfigureAwait(false);
        return row is null ? null : ToSubscription(row);
    });

    /// <inheritdoc />
    public Task<bool> UnsubscribeAsync(string id, CancellationToken cancellationToken = default) => Guard(async () =>
    {
        await using var tx = ReadTx is null ? await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        var t = tx ?? ReadTx;
        await _connection.ExecuteAsync("DELETE FROM deliveries WHERE subscription_id = @id", new { id }, t).ConfigureAwait(false);
        var deleted = await _connection.ExecuteAsync("DELETE FROM subscriptions WHERE id = @id", new { id }, t).ConfigureAwait(false);
        if (tx is not null) await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted > 0;
    });

    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> DeliveriesAsync(bool dueOnly, int limit, CancellationToken cancellationToken = default) => Guard(async () =>
    {
        var rows = dueOnly
            ? await _connection.QueryAsync<DeliveryRow>($"SELECT {DeliveryColumns} FROM deliveries WHERE status = 'pending' AND next_at <= @now ORDER BY next_at, id LIMIT @limit",
                new { now = Now(), limit }, ReadTx).ConfigureAwait(false)
            : await _connection.QueryAsync<DeliveryRow>($"SELECT {DeliveryColumns} FROM deliveries ORDER BY created_at DESC, id LIMIT @limit", new { limit }, ReadTx).ConfigureAwait(false);
        return (IReadOnlyList<Delivery>)rows.Select(r => new Delivery(r.Id, r.SubscriptionId, r.EventId, r.Kind, r.Payload, Enum.Parse<DeliveryStatus>(r.Status, ignoreCase: true),
            (int)r.Attempts, ParseInstant(r.NextAt), r.LastResponse is null ? null : (int)r.LastResponse, r.LastError, ParseInstant(r.CreatedAt),
            r.DeliveredAt is null ? null : ParseInstant(r.DeliveredAt))).ToList();
    });

    /// <inheritdoc />
    public Task RecordAttemptAsync(string deliveryId, bool accepted, int? response, string? error, DateTimeOffset? retryAt, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            var status = accepted ? "delivered" : retryAt is null ? "failed" : "pending";
            await _connection.ExecuteAsync(
                "UPDATE deliveries SET status = @status, attempts = attempts + 1, next_at = @next, last_response = @response, last_error = @error, delivered_at = @delivered WHERE id = @deliveryId",
                new { deliveryId, status, next = retryAt is { } r ? Instant(r) : Now(), response, error, delivered = accepted ? Now() : null }, ReadTx).ConfigureAwait(false);
            return true;
        });

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, DateTimeOffset>> LastReportedAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        return Guard(async () =>
        {
            var result = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var chunk in eventIds.Distinct(StringComparer.Ordinal).Chunk(500))
            {
                var args = new DynamicParameters();
                foreach (var (id, at) in await _connection.QueryAsync<(string, string)>(
                    $"SELECT s.event_id, MAX(d.ingested_at) FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id IN {InList("e", chunk, args)} GROUP BY s.event_id",
                    args, ReadTx).ConfigureAwait(false))
                    result[id] = ParseInstant(at);
            }
            return (IReadOnlyDictionary<string, DateTimeOffset>)result;
        });
    }

    /// <summary>Queues a delivery of an event just stored (new, or changed by this document's report) for each webhook
    /// subscription it matches, in the ingest transaction.</summary>
    private async Task AnnounceAsync(string eventId, bool isNew, Event agreed, int sources, DocumentRecord document, DbTransaction tx)
    {
        // The document's first query saw no webhook: nothing to announce, and no query per event.
        if (_webhooksSeen == false) return;
        var subscriptions = await RowsAsync($"SELECT {SubscriptionColumns} FROM subscriptions WHERE webhook IS NOT NULL", tx, ReadSubscription).ConfigureAwait(false);
        if (subscriptions.Count == 0) return;
        var series = MechanismNames.SeriesKey(agreed);
        var data = EventJsonReader.Write(agreed);
        // The event's version: its agreed values and how many reports it has. The same version never goes out twice.
        var version = TextKey.ShortHash(data + "|" + sources.ToString(CultureInfo.InvariantCulture));
        foreach (var s in subscriptions)
        {
            if (!s.Criteria.Matches(agreed, series, document.Text)) continue;
            var id = "d-" + TextKey.ShortHash($"{s.Id}|{eventId}|{version}");
            var kind = isNew ? "created" : "updated";
            await ExecAsync(
                $"INSERT INTO deliveries ({DeliveryColumns}) VALUES (@id, @sub, @event, @kind, @payload, 'pending', 0, @now, NULL, NULL, @now, NULL) ON CONFLICT DO NOTHING",
                tx, ("id", id), ("sub", s.Id), ("event", eventId), ("kind", kind), ("payload", Payload(id, kind, s, eventId, agreed, sources, document.Id)), ("now", Now())).ConfigureAwait(false);
        }
    }

    private static string Payload(string deliveryId, string kind, Subscription s, string eventId, Event e, int sources, string documentId)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EventJson.WriterOptions.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("delivery", deliveryId);
            w.WriteString("kind", kind);
            w.WriteString("subscription", s.Id);
            w.WriteString("feed", s.Feed);
            w.WriteString("document", documentId);
            w.WriteStartObject("event");
            w.WriteString("id", eventId);
            EventJson.WriteEventFields(w, e);
            w.WriteNumber("sources", sources);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Subscription ReadSubscription(DbDataReader r) => new(r.GetString(0),
        new SubscriptionCriteria(Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7)), Text(r, 8), Text(r, 9), ParseInstant(r.GetString(10)));

    private static Subscription ToSubscription(SubscriptionRow r) =>
        new(r.Id, new SubscriptionCriteria(r.Pair, r.Country, r.Person, r.Mechanism, r.Type, r.Area, r.Q), r.Webhook, r.Secret, ParseInstant(r.CreatedAt));

    private sealed class SubscriptionRow
    {
        public string Id { get; set; } = "";
        public string? Pair { get; set; }
        public string? Country { get; set; }
        public string? Person { get; set; }
        public string? Mechanism { get; set; }
        public string? Type { get; set; }
        public string? Area { get; set; }
        public string? Q { get; set; }
        public string? Webhook { get; set; }
        public string? Secret { get; set; }
        public string CreatedAt { get; set; } = "";
    }

    private sealed class DeliveryRow
    {
        public string Id { get; set; } = "";
        public string SubscriptionId { get; set; } = "";
        public string EventId { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Payload { get; set; } = "";
        public string Status { get; set; } = "";
        public long Attempts { get; set; }
        public string NextAt { get; set; } = "";
        public long? LastResponse { get; set; }
        public string? LastError { get; set; }
        public string CreatedAt { get; set; } = "";
        public string? DeliveredAt { get; set; }
    }
}
