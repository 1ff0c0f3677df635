using System.CommandLine;
using System.Globalization;
using Attache.Record;
using Attache.Storage;

namespace Attache.Cli.Commands;

/// <summary><c>attache subscribe</c>, <c>attache subscriptions</c> and <c>attache deliveries</c>: saved queries with a feed
/// and a webhook, and the log of webhook deliveries.</summary>
public static class SubscriptionsCommand
{
    /// <summary>The three commands.</summary>
    public static IEnumerable<Command> Create() => [Subscribe(), List(), Deliveries()];

    private static Command Subscribe()
    {
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var pair = new Option<string?>("--pair") { Description = "Two parties, e.g. JPN-VNM" };
        var country = new Option<string?>("--country") { Description = "A party (ISO alpha-3)" };
        var person = new Option<string?>("--person") { Description = "Words starting words of a participant's name (any order)" };
        var mechanism = new Option<string?>("--mechanism") { Description = "Words starting words of a mechanism's name (any order), or its series key" };
        var type = new Option<string?>("--type") { Description = "Event type" };
        var area = new Option<string?>("--area") { Description = "Cooperation area" };
        var q = new Option<string?>("--q") { Description = "Words a source dispatch contains (search syntax)" };
        var webhook = new Option<string?>("--webhook") { Description = "An http(s) URL to POST each new or changed event to, signed (HMAC-SHA256)" };
        var command = new Command("subscribe", "Save a query: its Atom feed is /feeds/ID.atom on 'attache serve'; with --webhook, new events are POSTed")
        {
            db, json, pair, country, person, mechanism, type, area, q, webhook,
        };
        command.SetAction((parse, ct) =>
        {
            var (criteria, errors) = SubscriptionRules.Check(new SubscriptionCriteria(parse.GetValue(pair), parse.GetValue(country), parse.GetValue(person),
                parse.GetValue(mechanism), parse.GetValue(type), parse.GetValue(area), parse.GetValue(q)), parse.GetValue(webhook));
            if (errors.Count > 0)
            {
                foreach (var (field, why) in errors) Console.Error.WriteLine(field == "criteria" ? $"attache: {why}" : $"attache: --{field} {why}");
                return Task.FromResult(StoreCommand.Usage);
            }
            return StoreCommand.RunAsync(parse.GetValue(db), async store =>
            {
                var s = await store.SubscribeAsync(criteria, parse.GetValue(webhook), ct).ConfigureAwait(false);
                if (parse.GetValue(json)) RecordJson.Write(w => WriteSubscription(w, s, withSecret: true));
                else
                {
                    Console.WriteLine($"subscription {s.Id}");
                    Console.WriteLine($"feed         {s.Feed}");
                    if (s.Secret is not null) Console.WriteLine($"secret       {s.Secret}  (verifies the {WebhookSender.SignatureHeader} header; shown once)");
                }
                return StoreCommand.Ok;
            }, create: true);
        });
        return command;
    }

    private static Command List()
    {
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var delete = new Option<string?>("--delete") { Description = "Delete this subscription (and its pending deliveries)" };
        var command = new Command("subscriptions", "List the saved subscriptions, or delete one") { db, json, delete };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(parse.GetValue(db), async store =>
        {
            if (parse.GetValue(delete) is { } id)
            {
                if (await store.UnsubscribeAsync(id, ct).ConfigureAwait(false)) return StoreCommand.Ok;
                await Console.Error.WriteLineAsync($"attache: no subscription '{id}'").ConfigureAwait(false);
                return StoreCommand.NotFound;
            }
            var all = await store.SubscriptionsAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                RecordJson.Write(w =>
                {
                    w.WriteStartArray();
                    foreach (var s in all) WriteSubscription(w, s, withSecret: false);
                    w.WriteEndArray();
                });
                return StoreCommand.Ok;
            }
            StoreCommand.WriteTable(Console.Out, ["ID", "FOLLOWS", "FEED", "WEBHOOK"], all.Select(s => new[] { s.Id, Follows(s.Criteria), s.Feed, s.Webhook ?? "" }));
            Console.WriteLine($"{all.Count} subscriptions");
            return StoreCommand.Ok;
        }));
        return command;
    }

    private static Command Deliveries()
    {
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var send = new Option<bool>("--send") { Description = "Send the deliveries that are due now, once (attache serve does it every 2 s)" };
        var limit = new Option<int>("--limit") { Description = "At most this many (default 50)", DefaultValueFactory = _ => 50 };
        var command = new Command("deliveries", "The webhook delivery log, latest first; --send sends what is due") { db, json, send, limit };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(parse.GetValue(db), async store =>
        {
            if (parse.GetValue(send))
            {
                using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
                var sent = await new WebhookSender(http, TimeProvider.System).SendDueAsync(store, ct).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"{sent} delivered").ConfigureAwait(false);
            }
            var log = await store.DeliveriesAsync(dueOnly: false, Math.Max(1, parse.GetValue(limit)), ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                RecordJson.Write(w =>
                {
                    w.WriteStartArray();
                    foreach (var d in log)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", d.Id);
                        w.WriteString("subscription", d.SubscriptionId);
                        w.WriteString("event", d.EventId);
                        w.WriteString("kind", d.Kind);
                        w.WriteString("status", d.Status.ToString().ToLowerInvariant());
                        w.WriteNumber("attempts", d.Attempts);
                        if (d.LastResponse is int r) w.WriteNumber("lastResponse", r); else w.WriteNull("lastResponse");
                        if (d.LastError is null) w.WriteNull("lastError"); else w.WriteString("lastError", d.LastError);
                        w.WriteString("created", d.Created);
                        w.WriteString("nextAttempt", d.NextAttempt);
                        if (d.Delivered is { } at) w.WriteString("delivered", at); else w.WriteNull("delivered");
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                });
                return StoreCommand.Ok;
            }
            StoreCommand.WriteTable(Console.Out, ["DELIVERY", "SUBSCRIPTION", "EVENT", "KIND", "STATUS", "ATTEMPTS", "LAST"],
                log.Select(d => new[] { d.Id, d.SubscriptionId, d.EventId, d.Kind, d.Status.ToString().ToLowerInvariant(), d.Attempts.ToString(CultureInfo.InvariantCulture),
                    d.LastError ?? d.LastResponse?.ToString(CultureInfo.InvariantCulture) ?? "" }));
            Console.WriteLine($"{log.Count} deliveries");
            return StoreCommand.Ok;
        }));
        return command;
    }

    private static string Follows(SubscriptionCriteria c) =>
        string.Join(", ", new[] { ("pair", c.Pair), ("country", c.Country), ("person", c.Person), ("mechanism", c.Mechanism), ("type", c.Type), ("area", c.Area), ("q", c.Q) }
            .Where(x => x.Item2 is not null).Select(x => $"{x.Item1} {x.Item2}"));

    private static void WriteSubscription(System.Text.Json.Utf8JsonWriter w, Subscription s, bool withSecret)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("feed", s.Feed);
        foreach (var (name, value) in new[] { ("pair", s.Criteria.Pair), ("country", s.Criteria.Country), ("person", s.Criteria.Person), ("mechanism", s.Criteria.Mechanism),
            ("type", s.Criteria.Type), ("area", s.Criteria.Area), ("q", s.Criteria.Q), ("webhook", s.Webhook) })
            if (value is not null) w.WriteString(name, value);
        if (withSecret && s.Secret is not null) w.WriteString("secret", s.Secret);
        w.WriteString("created", s.Created);
        w.WriteEndObject();
    }
}
