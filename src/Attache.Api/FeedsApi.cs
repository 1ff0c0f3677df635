using System.Globalization;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Attache.Record;
using Attache.Serialization;

namespace Attache.Api;

/// <summary>Atom 1.0 feeds of events: one per subscription, and fixed ones per pair and per mechanism series. Readers
/// that poll get 304 while nothing changed (ETag).</summary>
public static class FeedsApi
{
    /// <summary>Entries per feed: the latest events.</summary>
    public const int Entries = 50;

    private const string AtomType = "application/atom+xml; charset=utf-8";

    /// <summary>Maps <c>/feeds/{id}.atom</c>, <c>/feeds/pair/{pair}.atom</c> and <c>/feeds/mechanism/{series}.atom</c>.</summary>
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/feeds").WithTags("Feeds");
        group.MapGet("/{id}.atom", SubscriptionAsync)
            .WithName("SubscriptionFeed")
            .WithSummary("Atom 1.0 feed of a subscription's events, latest first (ETag; 304 when unchanged)")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/pair/{pair}.atom", PairAsync)
            .WithName("PairFeed")
            .WithSummary("Atom 1.0 feed of a country pair's events, e.g. /feeds/pair/JPN-VNM.atom")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/mechanism/{series}.atom", MechanismAsync)
            .WithName("MechanismFeed")
            .WithSummary("Atom 1.0 feed of a mechanism series' sessions (series id as in /api/mechanisms)")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
        return app;
    }

    private static async Task<IResult> SubscriptionAsync(string id, HttpContext context, StorePool pool, CancellationToken ct)
    {
        var s = await pool.ReadAsync(store => store.GetSubscriptionAsync(id, ct), ct).ConfigureAwait(false);
        if (s is null) return Problems.NotFound($"No subscription '{id}'.");
        return await FeedAsync(context, pool, s.Criteria, "urn:attache:subscription:" + s.Id, Describe(s.Criteria), ct).ConfigureAwait(false);
    }

    private static async Task<IResult> PairAsync(string pair, HttpContext context, StorePool pool, CancellationToken ct)
    {
        if (Countries.Pair(pair) is not { } codes) return Problems.BadRequest("Invalid pair", "Give two ISO alpha-3 codes, such as JPN-VNM.");
        var key = string.Join('-', codes);
        return await FeedAsync(context, pool, new SubscriptionCriteria(Pair: key), "urn:attache:pair:" + key, $"Defense contacts {key.Replace("-", "–", StringComparison.Ordinal)}", ct).ConfigureAwait(false);
    }

    private static Task<IResult> MechanismAsync(string series, HttpContext context, StorePool pool, CancellationToken ct) =>
        FeedAsync(context, pool, new SubscriptionCriteria(Mechanism: series), "urn:attache:mechanism:" + series, $"Sessions of {series}", ct);

    private static string Describe(SubscriptionCriteria c) =>
        "Attaché: " + string.Join(", ", new[] { ("pair", c.Pair), ("country", c.Country), ("person", c.Person), ("mechanism", c.Mechanism), ("type", c.Type), ("area", c.Area), ("q", c.Q) }
            .Where(x => x.Item2 is not null).Select(x => $"{x.Item1} {x.Item2}"));

    private static async Task<IResult> FeedAsync(HttpContext context, StorePool pool, SubscriptionCriteria criteria, string feedId, string title, CancellationToken ct)
    {
        var (events, updated) = await pool.ReadAsync(async store =>
        {
            var query = criteria.ToQuery() with { Descending = true, Limit = Entries };
            IReadOnlyList<StoredEvent> found;
            if (criteria.Q is null) found = await store.QueryEventsAsync(query, ct).ConfigureAwait(false);
            else
            {
                // Words: the events of the dispatches that contain them.
                var hits = await store.SearchAsync(new SearchQuery { Text = criteria.Q, Filter = query with { Limit = null }, Limit = 200 }, ct).ConfigureAwait(false);
                found = hits.SelectMany(h => h.Events).DistinctBy(e => e.Id)
                    .OrderByDescending(e => e.Event.Date?.ToString() ?? "", StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Take(Entries).ToList();
            }
            var last = await store.LastReportedAsync(found.Select(e => e.Id).ToList(), ct).ConfigureAwait(false);
            return (found, last);
        }, ct).ConfigureAwait(false);

        var request = context.Request;
        var site = $"{request.Scheme}://{request.Host}";
        var bytes = Write(site, request.Path, feedId, title, events, updated);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        var given = request.Headers.IfNoneMatch.ToString();
        if (given.Length > 0 && (given.Trim() == "*" || given.Split(',').Any(t => t.Trim() == etag)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, AtomType);
    }

    /// <summary>The feed document: Atom 1.0 through System.ServiceModel.Syndication, UTF-8 without a byte order mark.</summary>
    internal static byte[] Write(string site, string path, string feedId, string title, IReadOnlyList<StoredEvent> events, IReadOnlyDictionary<string, DateTimeOffset> updated)
    {
        // Undated changes count as of the epoch: the same record always gives the same bytes, so the ETag holds.
        var entries = events.Select(e => Entry(site, e, updated.TryGetValue(e.Id, out var at) ? at : DateTimeOffset.UnixEpoch)).ToList();
        var feed = new SyndicationFeed(title, "Defense-diplomacy events from news dispatches, with the sentences that support them.", new Uri(site + "/"), feedId,
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(i => i.LastUpdatedTime), entries);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(site + path), "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = "Attaché" });
        feed.Generator = "Attaché";
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(xml);
        return buffer.ToArray();
    }

    private static SyndicationItem Entry(string site, StoredEvent stored, DateTimeOffset updated)
    {
        var e = stored.Event;
        var parties = string.Join("–", e.Countries);
        var date = e.Date?.ToString() ?? "undated";
        var place = e.Location is { } l ? string.Join(", ", new[] { l.City, l.Country }.Where(x => x is not null)) : null;
        var mechanism = e.Mechanism is { } m ? m.Edition is int n ? $"{m.Name}, edition {n.ToString(CultureInfo.InvariantCulture)}" : m.Name : null;
        var title = $"{date} · {EventJson.Name(e.Type)} · {parties}" + (mechanism is null ? "" : $" · {mechanism}") + (place is null ? "" : $" · {place}");
        var lines = new List<string> { $"Date: {date}", $"Type: {EventJson.Name(e.Type)} ({EventJson.Name(e.Status)})", $"Parties: {string.Join(", ", e.Countries)}" };
        if (place is not null) lines.Add($"Place: {place}");
        if (mechanism is not null) lines.Add($"Mechanism: {mechanism}");
        if (e.Participants.Count > 0) lines.Add("Participants: " + string.Join("; ", e.Participants.Select(p => p.Country is null ? p.Name : $"{p.Name} ({p.Country})")));
        lines.Add($"Sources: {stored.Sources.Count.ToString(CultureInfo.InvariantCulture)}");
        var item = new SyndicationItem(title, new TextSyndicationContent(string.Join("\n", lines)), new Uri($"{site}/#/event/{Uri.EscapeDataString(stored.Id)}"),
            "urn:attache:event:" + stored.Id, updated);
        item.Summary = new TextSyndicationContent(string.Join("; ", lines));
        item.Links.Add(new SyndicationLink(new Uri($"{site}/api/events/{Uri.EscapeDataString(stored.Id)}"), "related", "Event and its evidence (JSON)", "application/json", 0));
        item.Categories.Add(new SyndicationCategory(EventJson.Name(e.Type)));
        foreach (var c in e.Countries) item.Categories.Add(new SyndicationCategory(c));
        return item;
    }
}
