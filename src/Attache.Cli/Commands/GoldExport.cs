using System.Text.Json;
using Attache.Record;
using Attache.Serialization;

namespace Attache.Cli.Commands;

/// <summary><c>attache export --format gold</c>: reviewed documents as gold records (<c>{"id", "lang", "events"}</c>, the
/// format the evaluation scripts read), so that a team's corrections become its own evaluation set.</summary>
/// <remarks>A document is written when every event it reports has been reviewed: its events are the reviewed values
/// (corrections applied) with the status this document gives, rejected ones left out (a document whose events were all
/// rejected is a negative, <c>"events": []</c>). A document with an event nobody reviewed is left out: its gold would
/// be the machine's guess.</remarks>
internal static class GoldExport
{
    /// <summary>Writes the gold lines; returns how many documents were written.</summary>
    public static async Task<int> WriteAsync(IEventStore store, Stream stream, CancellationToken ct)
    {
        var reviewed = await store.ReviewedEventsAsync(ct).ConfigureAwait(false);
        var documents = new List<string>();
        foreach (var id in reviewed.Keys.Order(StringComparer.Ordinal))
            foreach (var r in await store.GetSourcesAsync(id, ct).ConfigureAwait(false))
                if (!documents.Contains(r.DocumentId)) documents.Add(r.DocumentId);
        var written = 0;
        foreach (var docId in documents.Order(StringComparer.Ordinal))
        {
            var events = await store.DocumentEventsAsync(docId, ct).ConfigureAwait(false);
            if (events.Any(e => e.Status is null)) continue;
            var doc = await store.GetDocumentAsync(docId, ct).ConfigureAwait(false);
            using (var w = new Utf8JsonWriter(stream, EventJson.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("id", docId);
                if (doc?.Language is null) w.WriteNull("lang"); else w.WriteString("lang", doc.Language);
                w.WriteStartArray("events");
                foreach (var e in events.Where(e => e.Status != "rejected"))
                {
                    if (await store.GetEventAsync(e.EventId, ct).ConfigureAwait(false) is not { } stored) continue;
                    w.WriteStartObject();
                    EventJson.WriteEventFields(w, stored.Event with { Status = e.Report.Event.Status, Evidence = e.Report.Event.Evidence });
                    w.WriteString("event_id", e.EventId);
                    w.WriteString("review", e.Status);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
            written++;
        }
        await stream.FlushAsync(ct).ConfigureAwait(false);
        return written;
    }
}
