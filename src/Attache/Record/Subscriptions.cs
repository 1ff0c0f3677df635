using Attache.Model;
using Attache.Serialization;

namespace Attache.Record;

/// <summary>What a subscription follows: every given criterion must hold (a saved query).</summary>
/// <param name="Pair">Two parties, <c>JPN-VNM</c> (sorted).</param>
/// <param name="Country">A party (ISO alpha-3).</param>
/// <param name="Person">Words starting words of a participant's name (any order).</param>
/// <param name="Mechanism">Words starting words of a mechanism's name (any order), or its series key.</param>
/// <param name="Type">Event type spec name.</param>
/// <param name="Area">Cooperation area spec name.</param>
/// <param name="Q">Words a source document contains (search syntax).</param>
public sealed record SubscriptionCriteria(string? Pair = null, string? Country = null, string? Person = null, string? Mechanism = null,
    string? Type = null, string? Area = null, string? Q = null)
{
    /// <summary>True when nothing is given: such a subscription would follow everything, which is refused.</summary>
    public bool IsEmpty => Pair is null && Country is null && Person is null && Mechanism is null && Type is null && Area is null && Q is null;

    /// <summary>The event filter this subscription stands for (without <see cref="Q"/>, which is a search).</summary>
    public EventQuery ToQuery()
    {
        var pair = Pair?.Split('-');
        return new EventQuery
        {
            Country = pair is { Length: 2 } ? pair[0] : Country,
            Partner = pair is { Length: 2 } ? pair[1] : null,
            Person = Person,
            Mechanism = Mechanism,
            Type = Type,
            Area = Area,
        };
    }

    /// <summary>Whether an event (its agreed values) reported by a document with this text matches; as the store's
    /// query would, except that a person is matched on the names this event gives.</summary>
    public bool Matches(Event e, string? seriesKey, string documentText)
    {
        ArgumentNullException.ThrowIfNull(e);
        var pair = Pair?.Split('-');
        if (pair is { Length: 2 } && !(e.Countries.Contains(pair[0]) && e.Countries.Contains(pair[1]))) return false;
        if (Country is not null && !e.Countries.Contains(Country)) return false;
        if (Type is not null && EventJson.Name(e.Type) != Type) return false;
        if (Area is not null && !e.Areas.Any(a => EventJson.Name(a) == Area)) return false;
        // The same rules as the stores' filters (FilterWords): the series key itself, or words starting the name's.
        if (Mechanism is not null && !string.Equals(seriesKey, Mechanism, StringComparison.Ordinal)
            && !FilterWords.Matches(Mechanism, FilterWords.OfMechanism(e.Mechanism?.Name, seriesKey))) return false;
        if (Person is not null && !e.Participants.Any(p => FilterWords.Matches(Person, PersonNames.Tokens(p.Name)))) return false;
        if (Q is not null && !SearchText.Matches(documentText, SearchText.Parse(Q))) return false;
        return true;
    }
}

/// <summary>A saved query with its Atom feed, and optionally a webhook that is told of each new or changed event.</summary>
/// <param name="Id">Identifier (random, hard to guess: the feed URL is not protected).</param>
/// <param name="Criteria">What it follows.</param>
/// <param name="Webhook">Where new and changed events are POSTed, if anywhere.</param>
/// <param name="Secret">The HMAC-SHA256 key of the webhook's signatures.</param>
/// <param name="Created">When it was made.</param>
public sealed record Subscription(string Id, SubscriptionCriteria Criteria, string? Webhook, string? Secret, DateTimeOffset Created)
{
    /// <summary>The feed's path on the server.</summary>
    public string Feed => $"/feeds/{Id}.atom";
}

/// <summary>States of a webhook delivery.</summary>
public enum DeliveryStatus
{
    /// <summary>Not yet accepted by the receiver; tried again at <see cref="Delivery.NextAttempt"/>.</summary>
    Pending,
    /// <summary>Accepted (a 2xx answer).</summary>
    Delivered,
    /// <summary>Given up after a day of retries.</summary>
    Failed,
}

/// <summary>One announcement of an event to one subscription's webhook, with its attempts.</summary>
/// <param name="Id">The idempotency key (the same for every attempt).</param>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="EventId">The event.</param>
/// <param name="Kind"><c>created</c> or <c>updated</c>.</param>
/// <param name="Payload">The JSON body.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="NextAttempt">When it is due (pending ones).</param>
/// <param name="LastResponse">The last HTTP status received, if any.</param>
/// <param name="LastError">Why the last attempt failed, if it did.</param>
/// <param name="Created">When the change was stored.</param>
/// <param name="Delivered">When it was accepted.</param>
public sealed record Delivery(string Id, string SubscriptionId, string EventId, string Kind, string Payload, DeliveryStatus Status, int Attempts,
    DateTimeOffset NextAttempt, int? LastResponse, string? LastError, DateTimeOffset Created, DateTimeOffset? Delivered);

/// <summary>Checks and normalises what a subscription is given, for the CLI and the API alike.</summary>
public static class SubscriptionRules
{
    /// <summary>The criteria in stored form (codes upper-case, a pair sorted, blanks as null) and what is wrong with them
    /// and the webhook, by field.</summary>
    public static (SubscriptionCriteria Criteria, Dictionary<string, string> Errors) Check(SubscriptionCriteria criteria, string? webhook)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        static bool IsCode(string s) => s.Length == 3 && s.All(char.IsAsciiLetter);
        var pair = Blank(criteria.Pair)?.ToUpperInvariant();
        if (pair is not null)
        {
            var parts = pair.Split(['-', ',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !parts.All(IsCode) || parts[0] == parts[1]) errors["pair"] = "must be two ISO alpha-3 codes such as JPN-VNM";
            else pair = string.Join('-', parts.Order(StringComparer.Ordinal));
        }
        var country = Blank(criteria.Country)?.ToUpperInvariant();
        if (country is not null && !IsCode(country)) errors["country"] = "must be an ISO 3166-1 alpha-3 code such as VNM";
        var type = Blank(criteria.Type);
        if (type is not null && !EventJson.TryParseType(type, out _)) errors["type"] = $"unknown event type '{type}'";
        var area = Blank(criteria.Area);
        if (area is not null && !EventJson.TryParseArea(area, out _)) errors["area"] = $"unknown cooperation area '{area}'";
        var q = Blank(criteria.Q);
        if (q is not null && SearchText.Parse(q).Count == 0) errors["q"] = "has no letter or digit to search for";
        var clean = new SubscriptionCriteria(pair, country, Blank(criteria.Person), Blank(criteria.Mechanism), type, area, q);
        if (clean.IsEmpty) errors["criteria"] = "give at least one of pair, country, person, mechanism, type, area, q";
        if (webhook is not null && !(Uri.TryCreate(webhook, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors["webhook"] = "must be an absolute http or https URL";
        return (clean, errors);
    }
}
