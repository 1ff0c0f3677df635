using System.Text.Json;
using Attache.Model;
using Attache.Serialization;

namespace Attache.Record;

/// <summary>Reads events written in the spec's JSON shape (<see cref="EventJson"/>) back into model records.</summary>
public static class EventJsonReader
{
    /// <summary>Parses one event object; unknown or malformed values become null or are skipped.</summary>
    public static Event Read(JsonElement e)
    {
        var type = EventJson.TryParseType(Str(e, "type"), out var t) ? t : EventType.Meeting;
        var status = Str(e, "status") == "background" ? EventStatus.Background : EventStatus.Reported;
        var date = PartialDate.TryParse(Str(e, "date"), out var d) ? d : null;
        Location? location = null;
        if (e.TryGetProperty("location", out var loc) && loc.ValueKind == JsonValueKind.Object)
            location = new Location(Str(loc, "city"), Str(loc, "country"));
        var countries = Array(e, "countries").Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToArray();
        var participants = Array(e, "participants").Where(p => p.ValueKind == JsonValueKind.Object && Str(p, "name") is not null)
            .Select(p => new Participant(Str(p, "name")!, Str(p, "country"), Str(p, "title"))).ToArray();
        Mechanism? mechanism = null;
        if (e.TryGetProperty("mechanism", out var m) && m.ValueKind == JsonValueKind.Object && Str(m, "name") is { } name)
            mechanism = new Mechanism(name, m.TryGetProperty("edition", out var ed) && ed.ValueKind == JsonValueKind.Number && ed.TryGetInt32(out var n) ? n : null);
        var areas = Array(e, "areas").Select(a => EventJson.TryParseArea(a.ValueKind == JsonValueKind.String ? a.GetString() : null, out var area) ? (CooperationArea?)area : null)
            .Where(a => a is not null).Select(a => a!.Value).ToArray();
        var evidence = Array(e, "evidence").Where(s => s.ValueKind == JsonValueKind.Array && s.GetArrayLength() == 2)
            .Select(s => new TextSpan(s[0].GetInt32(), s[1].GetInt32())).ToArray();
        return new Event(type, status, date, location, countries, participants, mechanism, areas, evidence);
    }

    /// <summary>Parses one event object from JSON text.</summary>
    public static Event Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement);
    }

    /// <summary>Writes one event in the spec's shape as compact JSON text.</summary>
    public static string Write(Event e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, EventJson.WriterOptions)) EventJson.WriteEvent(w, e);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement[] Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : [];
}
