using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attache.Model;

namespace Attache.Serialization;

/// <summary>Writes events in the spec's JSON shape (snake_case values, spec date strings, evidence as pairs).</summary>
public static class EventJson
{
    /// <summary>Writer options shared by every output: compact, and non-ASCII letters kept readable.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The spec's name for an event type, e.g. <c>port_call</c>.</summary>
    public static string Name(EventType type) => TypeNames.TryGetValue(type, out var name) ? name : Snake(type.ToString());

    /// <summary>The spec's name for a status.</summary>
    public static string Name(EventStatus status) => StatusNames.TryGetValue(status, out var name) ? name : Snake(status.ToString());

    /// <summary>The spec's name for a cooperation area, e.g. <c>war_legacy</c>.</summary>
    public static string Name(CooperationArea area) => AreaNames.TryGetValue(area, out var name) ? name : Snake(area.ToString());

    // Names are written for every event and sort its areas: made once rather than from the enum's text each time.
    private static readonly FrozenDictionary<EventType, string> TypeNames = Names<EventType>();
    private static readonly FrozenDictionary<EventStatus, string> StatusNames = Names<EventStatus>();
    private static readonly FrozenDictionary<CooperationArea, string> AreaNames = Names<CooperationArea>();

    private static FrozenDictionary<T, string> Names<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => Snake(v.ToString()));

    /// <summary>Parses a spec type name.</summary>
    public static bool TryParseType(string? name, out EventType type) => Enum.TryParse(Pascal(name), out type) && name is not null && Name(type) == name;

    /// <summary>Parses a spec area name.</summary>
    public static bool TryParseArea(string? name, out CooperationArea area) => Enum.TryParse(Pascal(name), out area) && name is not null && Name(area) == name;

    /// <summary>One output line: <c>{"id", "events"}</c>, and with a trace each event's <c>"sources"</c> and the document's <c>"trace"</c>.</summary>
    public static string ToJsonLine(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("id", result.DocumentId);
            WriteEventsAndTrace(w, result);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes <c>"events"</c> (with their <c>"sources"</c> when traced) and <c>"trace"</c> into an object already open.</summary>
    public static void WriteEventsAndTrace(Utf8JsonWriter w, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WritePropertyName("events");
        w.WriteStartArray();
        for (var i = 0; i < result.Events.Count; i++)
        {
            if (result.Trace is not { } t || i >= t.Sources.Count)
            {
                WriteEvent(w, result.Events[i]);
                continue;
            }
            w.WriteStartObject();
            WriteEventFields(w, result.Events[i]);
            w.WriteStartObject("sources");
            foreach (var o in t.Sources[i])
            {
                w.WriteStartObject(o.Field);
                w.WriteString("rule", o.Rule);
                WriteSpan(w, "span", o.Span);
                w.WriteString("reason", o.Reason);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (result.Trace is not { } trace) return;
        w.WriteStartArray("trace");
        foreach (var e in trace.Entries)
        {
            w.WriteStartObject();
            w.WriteString("trigger", e.Trigger);
            WriteSpan(w, "span", e.Span);
            w.WriteString("decision", Name(e.Decision));
            w.WriteString("rule", e.Rule);
            w.WriteString("reason", e.Reason);
            if (e.Event is int ev) w.WriteNumber("event", ev); else w.WriteNull("event");
            w.WriteStartArray("steps");
            foreach (var s in e.Steps)
            {
                w.WriteStartObject();
                w.WriteString("rule", s.Rule);
                w.WriteString("decision", Name(s.Decision));
                w.WriteString("reason", s.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The trace's name for a decision: <c>kept</c>, <c>dropped</c> or <c>joined</c>.</summary>
    public static string Name(TraceDecision decision) => decision switch
    {
        TraceDecision.Kept => "kept",
        TraceDecision.Joined => "joined",
        _ => "dropped",
    };

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan? span)
    {
        if (span is not { } s)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartArray(name);
        w.WriteNumberValue(s.Start);
        w.WriteNumberValue(s.End);
        w.WriteEndArray();
    }

    /// <summary>Writes one event object with the spec's fields.</summary>
    public static void WriteEvent(Utf8JsonWriter w, Event e)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        w.WriteStartObject();
        WriteEventFields(w, e);
        w.WriteEndObject();
    }

    /// <summary>Writes the spec's fields of an event into an object already open, so callers can add their own.</summary>
    public static void WriteEventFields(Utf8JsonWriter w, Event e)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        w.WriteString("type", Name(e.Type));
        w.WriteString("status", Name(e.Status));
        if (e.Date is null) w.WriteNull("date"); else w.WriteString("date", e.Date.ToString());
        if (e.Location is null) w.WriteNull("location");
        else
        {
            w.WriteStartObject("location");
            WriteNullable(w, "city", e.Location.City);
            WriteNullable(w, "country", e.Location.Country);
            w.WriteEndObject();
        }
        w.WriteStartArray("countries");
        foreach (var c in e.Countries) w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteStartArray("participants");
        foreach (var p in e.Participants)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            WriteNullable(w, "country", p.Country);
            WriteNullable(w, "title", p.Title);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (e.Mechanism is null) w.WriteNull("mechanism");
        else
        {
            w.WriteStartObject("mechanism");
            w.WriteString("name", e.Mechanism.Name);
            if (e.Mechanism.Edition is int ed) w.WriteNumber("edition", ed); else w.WriteNull("edition");
            w.WriteEndObject();
        }
        w.WriteStartArray("areas");
        foreach (var a in e.Areas) w.WriteStringValue(Name(a));
        w.WriteEndArray();
        w.WriteStartArray("evidence");
        foreach (var s in e.Evidence)
        {
            w.WriteStartArray();
            w.WriteNumberValue(s.Start);
            w.WriteNumberValue(s.End);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static string Snake(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }

    private static string Pascal(string? snake) =>
        string.Concat((snake ?? "").Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
