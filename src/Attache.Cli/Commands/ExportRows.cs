using System.Text.Json;
using System.Text.Json.Serialization;
using Attache.Record;
using Attache.Serialization;

namespace Attache.Cli.Commands;

/// <summary>One stored event flattened for CSV and Parquet: lists joined with ';', participants also as JSON.</summary>
public sealed class EventRow
{
    /// <summary>Stored event id.</summary>
    [JsonPropertyName("id")] public string Id { get; set; } = "";

    /// <summary>Spec type name.</summary>
    [JsonPropertyName("type")] public string Type { get; set; } = "";

    /// <summary><c>reported</c> or <c>background</c>.</summary>
    [JsonPropertyName("status")] public string Status { get; set; } = "";

    /// <summary>Date in the spec's form (<c>2019-03-04</c>, <c>2019-03</c>, <c>--03-04</c>), or empty.</summary>
    [JsonPropertyName("date")] public string? Date { get; set; }

    /// <summary>Why the date was inferred from the knowledge base, or empty.</summary>
    [JsonPropertyName("date_inferred")] public string? DateInferred { get; set; }

    /// <summary>Alpha-3 codes of the parties joined with ';'.</summary>
    [JsonPropertyName("countries")] public string Countries { get; set; } = "";

    /// <summary>City, or empty.</summary>
    [JsonPropertyName("location_city")] public string? LocationCity { get; set; }

    /// <summary>Country of the location, or empty.</summary>
    [JsonPropertyName("location_country")] public string? LocationCountry { get; set; }

    /// <summary>Mechanism name, or empty.</summary>
    [JsonPropertyName("mechanism")] public string? Mechanism { get; set; }

    /// <summary>Mechanism edition, or empty.</summary>
    [JsonPropertyName("edition")] public int? Edition { get; set; }

    /// <summary>Series key, or empty.</summary>
    [JsonPropertyName("series")] public string? Series { get; set; }

    /// <summary>Participants as <c>Name (COUNTRY, title)</c> joined with '; '.</summary>
    [JsonPropertyName("participants")] public string Participants { get; set; } = "";

    /// <summary>Participants as a JSON array of <c>{name, country, title}</c>.</summary>
    [JsonPropertyName("participants_json")] public string ParticipantsJson { get; set; } = "[]";

    /// <summary>Cooperation areas joined with ';'.</summary>
    [JsonPropertyName("areas")] public string Areas { get; set; } = "";

    /// <summary>Ids of the reporting documents joined with ';'.</summary>
    [JsonPropertyName("sources")] public string Sources { get; set; } = "";

    /// <summary>How many documents report it.</summary>
    [JsonPropertyName("source_count")] public int SourceCount { get; set; }

    /// <summary>Fields on which sources disagree, joined with ';'.</summary>
    [JsonPropertyName("conflicts")] public string Conflicts { get; set; } = "";

    /// <summary>Flattens a stored event.</summary>
    public static EventRow From(StoredEvent s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var e = s.Event;
        return new EventRow
        {
            Id = s.Id,
            Type = EventJson.Name(e.Type),
            Status = EventJson.Name(e.Status),
            Date = e.Date?.ToString(),
            DateInferred = s.Inferred?.Reason,
            Countries = string.Join(';', e.Countries),
            LocationCity = e.Location?.City,
            LocationCountry = e.Location?.Country,
            Mechanism = e.Mechanism?.Name,
            Edition = e.Mechanism?.Edition,
            Series = s.SeriesKey,
            Participants = string.Join("; ", e.Participants.Select(p =>
                p.Name + (p.Country is null && p.Title is null ? "" : $" ({string.Join(", ", new[] { p.Country, p.Title }.Where(x => x is not null))})"))),
            ParticipantsJson = JsonSerializer.Serialize(e.Participants.Select(p => new { name = p.Name, country = p.Country, title = p.Title }), EventRowJson.Options),
            Areas = string.Join(';', e.Areas.Select(EventJson.Name)),
            Sources = string.Join(';', s.Sources),
            SourceCount = s.Sources.Count,
            Conflicts = string.Join(';', s.Conflicts.Select(c => c.Field)),
        };
    }
}

/// <summary>One dyad of a stored event with its CAMEO and PLOVER codes, in the shape event-data users expect.</summary>
public sealed class EventDataRow
{
    /// <summary>Stored event id.</summary>
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";

    /// <summary>Date in the spec's form, or empty.</summary>
    [JsonPropertyName("date")] public string? Date { get; set; }

    /// <summary>Year, or empty.</summary>
    [JsonPropertyName("year")] public int? Year { get; set; }

    /// <summary>Month, or empty.</summary>
    [JsonPropertyName("month")] public int? Month { get; set; }

    /// <summary>Day, or empty.</summary>
    [JsonPropertyName("day")] public int? Day { get; set; }

    /// <summary>Source (actor 1) country, alpha-3.</summary>
    [JsonPropertyName("source_country")] public string SourceCountry { get; set; } = "";

    /// <summary>Target (actor 2) country, alpha-3, or empty for a one-party event.</summary>
    [JsonPropertyName("target_country")] public string? TargetCountry { get; set; }

    /// <summary>True when source and target are ordered (visitor → host, provider → recipient).</summary>
    [JsonPropertyName("directed")] public bool Directed { get; set; }

    /// <summary>Attaché's type name.</summary>
    [JsonPropertyName("type")] public string Type { get; set; } = "";

    /// <summary>CAMEO event code (text: leading zeros matter).</summary>
    [JsonPropertyName("cameo_code")] public string CameoCode { get; set; } = "";

    /// <summary>CAMEO root code (first two digits).</summary>
    [JsonPropertyName("cameo_root")] public string CameoRoot { get; set; } = "";

    /// <summary>CAMEO quad class.</summary>
    [JsonPropertyName("quad_class")] public int QuadClass { get; set; }

    /// <summary>PLOVER event type.</summary>
    [JsonPropertyName("plover_type")] public string PloverType { get; set; } = "";

    /// <summary>PLOVER mode, or empty.</summary>
    [JsonPropertyName("plover_mode")] public string? PloverMode { get; set; }

    /// <summary>City, or empty.</summary>
    [JsonPropertyName("location_city")] public string? LocationCity { get; set; }

    /// <summary>Country of the location, or empty.</summary>
    [JsonPropertyName("location_country")] public string? LocationCountry { get; set; }

    /// <summary>Mechanism name, or empty.</summary>
    [JsonPropertyName("mechanism")] public string? Mechanism { get; set; }

    /// <summary>How many documents report it.</summary>
    [JsonPropertyName("source_count")] public int SourceCount { get; set; }

    /// <summary>Ids of the reporting documents joined with ';'.</summary>
    [JsonPropertyName("sources")] public string Sources { get; set; } = "";

    /// <summary>The dyads of a stored event, one row each.</summary>
    public static IEnumerable<EventDataRow> From(StoredEvent s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var e = s.Event;
        var code = EventCodes.For(e.Type);
        foreach (var (source, target, directed) in EventCodes.Dyads(e))
        {
            yield return new EventDataRow
            {
                EventId = s.Id,
                Date = e.Date?.ToString(),
                Year = e.Date?.Year,
                Month = e.Date?.Month,
                Day = e.Date?.Day,
                SourceCountry = source,
                TargetCountry = target,
                Directed = directed,
                Type = code.Type,
                CameoCode = code.Cameo,
                CameoRoot = code.Cameo[..2],
                QuadClass = code.QuadClass,
                PloverType = code.Plover,
                PloverMode = code.PloverMode.Length > 0 ? code.PloverMode : null,
                LocationCity = e.Location?.City,
                LocationCountry = e.Location?.Country,
                Mechanism = e.Mechanism?.Name,
                SourceCount = s.Sources.Count,
                Sources = string.Join(';', s.Sources),
            };
        }
    }
}

internal static class EventRowJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = EventJson.WriterOptions.Encoder };
}
