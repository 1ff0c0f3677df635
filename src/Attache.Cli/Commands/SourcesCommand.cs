using System.CommandLine;
using Attache.Input;
using Attache.Serialization;

namespace Attache.Cli.Commands;

/// <summary><c>attache sources EVENT-ID [--json]</c>: every report of one event, with what each source says and its evidence.</summary>
public static class SourcesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("EVENT-ID") { Description = "An event id from 'attache events'" };
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var command = new Command("sources", "Every report of one event: the values each source gives and its evidence") { id, db, json };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(parse.GetValue(db), async store =>
        {
            var eventId = parse.GetValue(id)!;
            var stored = await store.GetEventAsync(eventId, ct).ConfigureAwait(false);
            if (stored is null)
            {
                await Console.Error.WriteLineAsync($"attache: no event '{Printable.Escape(eventId)}' in {store.Description}").ConfigureAwait(false);
                return StoreCommand.NotFound;
            }
            var reports = await store.GetSourcesAsync(eventId, ct).ConfigureAwait(false);
            var docs = new Dictionary<string, Attache.Record.DocumentRecord?>(StringComparer.Ordinal);
            foreach (var r in reports) docs[r.DocumentId] = await store.GetDocumentAsync(r.DocumentId, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                RecordJson.Write(w =>
                {
                    w.WriteStartObject();
                    w.WritePropertyName("event");
                    RecordJson.WriteEvent(w, stored);
                    w.WriteStartArray("sources");
                    foreach (var r in reports)
                    {
                        var doc = docs[r.DocumentId];
                        w.WriteStartObject();
                        w.WriteString("document", r.DocumentId);
                        if (doc?.Url is null) w.WriteNull("url"); else w.WriteString("url", doc.Url);
                        w.WriteNumber("event_index", r.EventIndex);
                        EventJson.WriteEventFields(w, r.Event);
                        RecordJson.WriteStrings(w, "evidence_text", r.Event.Evidence.Select(s => Quote(doc?.Text, s.Start, s.End)));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return StoreCommand.Ok;
            }
            StoreCommand.WriteTable(Console.Out, RecordJson.Header, [RecordJson.Row(stored)]);
            foreach (var c in stored.Conflicts)
                StoreCommand.WriteLine($"conflict on {c.Field}: {string.Join(" vs ", c.Values.Select(v => $"{v.Value} ({string.Join(", ", v.Sources)})"))}");
            if (stored.Inferred is not null) StoreCommand.WriteLine($"date: {stored.Inferred.Reason}");
            foreach (var r in reports)
            {
                var doc = docs[r.DocumentId];
                var e = r.Event;
                Console.WriteLine();
                StoreCommand.WriteLine($"{r.DocumentId}{(doc?.Url is null ? "" : "  " + doc.Url)}");
                StoreCommand.WriteLine($"  {EventJson.Name(e.Type)} {EventJson.Name(e.Status)} {e.Date?.ToString() ?? "?"}  {e.Location?.City ?? "?"}, {e.Location?.Country ?? "?"}  " +
                    $"{(e.Mechanism is null ? "" : e.Mechanism.Name + (e.Mechanism.Edition is int n ? $" #{n}" : ""))}");
                foreach (var p in e.Participants) StoreCommand.WriteLine($"  - {p.Name} ({p.Country ?? "?"}) {p.Title}");
                foreach (var s in e.Evidence) StoreCommand.WriteLine($"  \"{Quote(doc?.Text, s.Start, s.End)}\"");
            }
            return StoreCommand.Ok;
        }));
        return command;
    }

    private static string Quote(string? text, int start, int end) =>
        text is null || start < 0 || end > text.Length || start >= end ? "" : text[start..end].ReplaceLineEndings(" ");
}
