using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attache.Model;
using Attache.Serialization;

namespace Attache.Record;

/// <summary>The fields an analyst may correct, named as in the record, their typed values and how a correction applies.</summary>
/// <remarks>A value is stored as the JSON of its normalised form, so that applying it later never depends on how it was typed.</remarks>
public static class ReviewFields
{
    /// <summary>Every field that <c>--set FIELD=VALUE</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["type", "date", "location.city", "location.country", "countries", "mechanism.name", "mechanism.edition", "areas", "participants"];

    /// <summary>The reasons a rejection may give.</summary>
    public static readonly IReadOnlyList<string> RejectReasons = ["not_event", "out_of_scope", "duplicate"];

    /// <summary>Parses a typed value into its stored JSON; empty text clears a field that may be empty.</summary>
    /// <remarks>Lists are comma-separated (<c>FRA,VNM</c>; <c>training,war_legacy</c>); participants are
    /// <c>Name (VNM); Other Name</c> or a JSON array of <c>{name, country, title}</c>; a date is a spec date
    /// (<c>2024-05-12</c>, <c>2024-05</c>, <c>--05-12</c>).</remarks>
    public static bool TryParse(string field, string? text, out string json, out string? error)
    {
        ArgumentNullException.ThrowIfNull(field);
        text = (text ?? "").Trim();
        json = "null";
        error = null;
        switch (field)
        {
            case "type":
                if (!EventJson.TryParseType(text, out _)) return Fail($"type must be one of {string.Join(", ", Enum.GetValues<EventType>().Select(EventJson.Name))}, not '{text}'", out error);
                json = JsonSerializer.Serialize(text);
                return true;
            case "date":
                if (text.Length == 0) return true;
                if (!PartialDate.TryParse(text, out var date)) return Fail($"date must be YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM, not '{text}'", out error);
                json = JsonSerializer.Serialize(date!.ToString());
                return true;
            case "location.city" or "mechanism.name":
                json = text.Length == 0 ? "null" : JsonSerializer.Serialize(text);
                return true;
            case "location.country":
                if (text.Length == 0) return true;
                if (!IsCode(text)) return Fail($"location.country must be an ISO alpha-3 code such as VNM, not '{text}'", out error);
                json = JsonSerializer.Serialize(text.ToUpperInvariant());
                return true;
            case "countries":
                var codes = Split(text, ',');
                if (codes.FirstOrDefault(c => !IsCode(c)) is { } bad) return Fail($"countries must be ISO alpha-3 codes separated by commas, not '{bad}'", out error);
                json = JsonSerializer.Serialize(codes.Select(c => c.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray());
                return true;
            case "mechanism.edition":
                if (text.Length == 0) return true;
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return Fail($"mechanism.edition must be a whole number from 1, not '{text}'", out error);
                json = n.ToString(CultureInfo.InvariantCulture);
                return true;
            case "areas":
                var areas = Split(text, ',');
                if (areas.FirstOrDefault(a => !EventJson.TryParseArea(a, out _)) is { } unknown)
                    return Fail($"areas must be spec names ({string.Join(", ", Enum.GetValues<CooperationArea>().Select(EventJson.Name))}) separated by commas, not '{unknown}'", out error);
                json = JsonSerializer.Serialize(areas.Distinct().Order(StringComparer.Ordinal).ToArray());
                return true;
            case "participants":
                if (!TryParticipants(text, out var people, out error)) return false;
                json = new JsonArray(people.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["country"] = p.Country, ["title"] = p.Title }).ToArray()).ToJsonString();
                return true;
            default:
                return Fail($"unknown field '{field}': one of {string.Join(", ", Names)}", out error);
        }
    }

    /// <summary>The event with one stored correction applied.</summary>
    public static Event Apply(Event e, string field, string json)
    {
        ArgumentNullException.ThrowIfNull(e);
        var node = JsonNode.Parse(json);
        string? Text() => node?.GetValue<string>();
        switch (field)
        {
            case "type":
                return EventJson.TryParseType(Text(), out var type) ? e with { Type = type } : e;
            case "date":
                return e with { Date = PartialDate.TryParse(Text(), out var d) ? d : null };
            case "location.city":
                return e with { Location = Place(Text(), e.Location?.Country) };
            case "location.country":
                return e with { Location = Place(e.Location?.City, Text()) };
            case "countries":
                return e with { Countries = node!.AsArray().Select(c => c!.GetValue<string>()).ToArray() };
            case "mechanism.name":
                return e with { Mechanism = Text() is { } name ? new Mechanism(name, e.Mechanism?.Edition) : null };
            case "mechanism.edition":
                return e.Mechanism is null ? e : e with { Mechanism = e.Mechanism with { Edition = node?.GetValue<int>() } };
            case "areas":
                return e with { Areas = node!.AsArray().Select(a => EventJson.TryParseArea(a!.GetValue<string>(), out var area) ? area : (CooperationArea?)null).OfType<CooperationArea>().ToArray() };
            case "participants":
                return e with
                {
                    Participants = node!.AsArray().OfType<JsonObject>()
                        .Select(p => new Participant(p["name"]!.GetValue<string>(), p["country"]?.GetValue<string>(), p["title"]?.GetValue<string>())).ToArray(),
                };
            default:
                return e;
        }
    }

    /// <summary>A correction's value as an analyst reads it (the form <see cref="TryParse"/> accepts).</summary>
    public static string Display(string json)
    {
        var node = JsonNode.Parse(json ?? "null");
        return node switch
        {
            null => "(none)",
            JsonArray a when a.All(x => x is JsonObject) => string.Join("; ", a.OfType<JsonObject>().Select(p =>
                p["name"]!.GetValue<string>() + (p["country"] is { } c ? $" ({c.GetValue<string>()})" : ""))),
            JsonArray a => string.Join(",", a.Select(x => x!.GetValue<string>())),
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => node.ToJsonString(),
        };
    }

    private static Location? Place(string? city, string? country) => city is null && country is null ? null : new Location(city, country);

    private static bool IsCode(string s) => s.Length == 3 && s.All(char.IsAsciiLetter);

    private static string[] Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }

    private static bool TryParticipants(string text, out List<Participant> people, out string? error)
    {
        people = [];
        error = null;
        if (text.StartsWith('['))
        {
            try
            {
                foreach (var item in JsonNode.Parse(text)!.AsArray())
                {
                    if (item is not JsonObject o || o["name"] is not JsonValue nv || !nv.TryGetValue<string>(out var name) || name.Trim().Length == 0)
                        return Fail("participants: each item of the JSON array must be an object with a \"name\"", out error);
                    var country = o["country"] is JsonValue cv && cv.TryGetValue<string>(out var c) && c.Length > 0 ? c : null;
                    if (country is not null && !IsCode(country)) return Fail($"participants: country must be an ISO alpha-3 code, not '{country}'", out error);
                    people.Add(new Participant(name.Trim(), country?.ToUpperInvariant(), o["title"] is JsonValue tv && tv.TryGetValue<string>(out var t) && t.Length > 0 ? t : null));
                }
                return true;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return Fail("participants: not a JSON array: " + e.Message.ReplaceLineEndings(" "), out error);
            }
        }
        foreach (var entry in Split(text, ';'))
        {
            var (name, country) = (entry, (string?)null);
            var open = entry.LastIndexOf('(');
            if (entry.EndsWith(')') && open > 0)
            {
                country = entry[(open + 1)..^1].Trim();
                name = entry[..open].Trim();
                if (!IsCode(country)) return Fail($"participants: '{entry}': the country in brackets must be an ISO alpha-3 code", out error);
            }
            people.Add(new Participant(name, country?.ToUpperInvariant(), null));
        }
        return true;
    }
}

/// <summary>Where a correction attaches: one report's place in its document (its first evidence span and its type's
/// family), which a re-extraction of the same document by a newer engine finds again.</summary>
/// <param name="DocumentId">The reporting document.</param>
/// <param name="Start">Start of the report's first evidence span.</param>
/// <param name="End">End of that span.</param>
/// <param name="Family">The type family (<see cref="EventMatcher.Family"/>) the report had.</param>
/// <param name="Index">The report's index in its document's extraction: only breaks ties between reports alike otherwise.</param>
public sealed record ReviewAnchor(string DocumentId, int Start, int End, string Family, int Index)
{
    /// <summary>The anchor of a report.</summary>
    public static ReviewAnchor Of(SourceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var span = report.Event.Evidence.Count > 0 ? report.Event.Evidence[0] : new TextSpan(-1 - report.EventIndex, -1 - report.EventIndex);
        return new ReviewAnchor(report.DocumentId, span.Start, span.End, EventMatcher.Family(report.Event.Type), report.EventIndex);
    }

    /// <summary>Pairs anchors with the reports they point to: a report of the same document whose evidence overlaps the
    /// anchor's span (the same family first, then the same span, then the same index, then the largest overlap); each
    /// report is taken once.</summary>
    /// <returns>For each anchor, the index of its report in <paramref name="reports"/>, or -1.</returns>
    public static int[] Match(IReadOnlyList<ReviewAnchor> anchors, IReadOnlyList<SourceReport> reports)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(reports);
        var pairs = new List<(int Score, int A, int R)>();
        for (var a = 0; a < anchors.Count; a++)
        {
            var anchor = anchors[a];
            for (var r = 0; r < reports.Count; r++)
            {
                var report = reports[r];
                if (report.DocumentId != anchor.DocumentId) continue;
                var own = Of(report);
                var overlap = anchor.Start < 0
                    ? (own.Start == anchor.Start ? 1 : 0)
                    : report.Event.Evidence.Select(s => Math.Min(s.End, anchor.End) - Math.Max(s.Start, anchor.Start)).DefaultIfEmpty(0).Max();
                if (overlap <= 0) continue;
                var score = ((own.Family == anchor.Family ? 4 : 0) + (own.Start == anchor.Start && own.End == anchor.End ? 2 : 0) + (report.EventIndex == anchor.Index ? 1 : 0)) * 1_000_000
                    + Math.Min(overlap, 999_999);
                pairs.Add((score, a, r));
            }
        }
        var result = Enumerable.Repeat(-1, anchors.Count).ToArray();
        var taken = new HashSet<int>();
        foreach (var (_, a, r) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.R).ThenBy(p => p.A))
        {
            if (result[a] >= 0 || taken.Contains(r)) continue;
            result[a] = r;
            taken.Add(r);
        }
        return result;
    }
}
