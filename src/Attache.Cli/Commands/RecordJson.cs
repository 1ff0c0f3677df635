using System.Text.Json;
using Attache.Model;
using Attache.Record;
using Attache.Serialization;

namespace Attache.Cli.Commands;

/// <summary>JSON output of the record commands.</summary>
internal static class RecordJson
{
    public static void Write(Action<Utf8JsonWriter> body)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = EventJson.WriterOptions.Encoder, Indented = true })) body(w);
        stdout.WriteByte((byte)'\n');
    }

    public static void WriteEvents(Utf8JsonWriter w, IEnumerable<StoredEvent> events)
    {
        w.WriteStartArray();
        foreach (var e in events) WriteEvent(w, e);
        w.WriteEndArray();
    }

    public static void WriteEvent(Utf8JsonWriter w, StoredEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        EventJson.WriteEventFields(w, e.Event);
        w.WriteStartArray("sources");
        foreach (var s in e.Sources) w.WriteStringValue(s);
        w.WriteEndArray();
        if (e.Inferred is not null) w.WriteString("date_inferred", e.Inferred.Reason);
        if (e.SeriesKey is not null) w.WriteString("series", e.SeriesKey);
        w.WriteStartArray("conflicts");
        foreach (var c in e.Conflicts)
        {
            w.WriteStartObject();
            w.WriteString("field", c.Field);
            w.WriteStartArray("values");
            foreach (var v in c.Values)
            {
                w.WriteStartObject();
                w.WriteString("value", v.Value);
                w.WriteStartArray("sources");
                foreach (var s in v.Sources) w.WriteStringValue(s);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteLocation(Utf8JsonWriter w, string name, Location? l)
    {
        if (l is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        if (l.City is null) w.WriteNull("city"); else w.WriteString("city", l.City);
        if (l.Country is null) w.WriteNull("country"); else w.WriteString("country", l.Country);
        w.WriteEndObject();
    }

    public static void WriteParticipants(Utf8JsonWriter w, IEnumerable<Participant> people)
    {
        w.WriteStartArray("participants");
        foreach (var p in people)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            if (p.Country is null) w.WriteNull("country"); else w.WriteString("country", p.Country);
            if (p.Title is null) w.WriteNull("title"); else w.WriteString("title", p.Title);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>One table row for an event: date, type, countries, mechanism, place, people, sources.</summary>
    public static string[] Row(StoredEvent e) =>
    [
        e.Id,
        (e.Event.Date?.ToString() ?? "?") + (e.Inferred is null ? "" : "*"),
        EventJson.Name(e.Event.Type) + (e.Event.Status == EventStatus.Background ? " (bg)" : ""),
        string.Join(',', e.Event.Countries),
        e.Event.Mechanism is { } m ? m.Edition is int ed ? $"{m.Name} #{ed}" : m.Name : "",
        e.Event.Location is { } l ? string.Join(", ", new[] { l.City, l.Country }.Where(x => x is not null)) : "",
        string.Join("; ", e.Event.Participants.Select(p => p.Name)),
        e.Sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (e.Conflicts.Count > 0 ? " !" : ""),
    ];

    public static readonly string[] Header = ["ID", "DATE", "TYPE", "COUNTRIES", "MECHANISM", "PLACE", "PARTICIPANTS", "SOURCES"];
}
