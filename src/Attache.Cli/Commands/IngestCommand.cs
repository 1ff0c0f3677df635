using System.CommandLine;
using Attache.Extraction;
using Attache.Input;
using Attache.Model;
using Attache.Record;
using Attache.Storage;
using Spectre.Console;

namespace Attache.Cli.Commands;

/// <summary><c>attache ingest INPUT... [--db]</c>: extracts and stores documents, merging their events into the record.</summary>
public static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Arity = ArgumentArity.OneOrMore, Description = "JSON Lines, .txt or .html files, or folders of them" };
        var db = StoreCommand.DbOption();
        var eventsFile = new Option<string?>("--events")
        {
            Description = "JSON Lines of already extracted events ({\"id\", \"events\"}, as 'attache extract' writes): used instead of extracting for the ids it lists",
        };
        var command = new Command("ingest", "Extract events from documents and store them; documents already stored are skipped") { inputs, db, eventsFile };
        command.SetAction(async (parse, ct) =>
        {
            // A mistyped input is a usage error found before the database is opened (and perhaps created).
            foreach (var input in parse.GetValue(inputs) ?? [])
            {
                if (!DocumentSource.Exists(input))
                {
                    await Console.Error.WriteLineAsync($"attache: {input}: no such file or folder").ConfigureAwait(false);
                    return StoreCommand.Usage;
                }
            }
            Dictionary<string, IReadOnlyList<Event>>? given = null;
            if (parse.GetValue(eventsFile) is { } path)
            {
                try
                {
                    given = ReadEvents(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
                {
                    await Console.Error.WriteLineAsync($"attache: --events {path}: {e.Message}").ConfigureAwait(false);
                    return StoreCommand.Usage;
                }
            }
            return await StoreCommand.RunAsync(parse.GetValue(db), store => RunAsync(store, parse.GetValue(inputs) ?? [], given, ct), create: true).ConfigureAwait(false);
        });
        return command;
    }

    private sealed class Tally
    {
        public int New { get; set; }
        public int Unchanged { get; set; }
        public int Failed { get; set; }
        public int EventsNew { get; set; }
        public int EventsMerged { get; set; }
    }

    private static Dictionary<string, IReadOnlyList<Event>> ReadEvents(string path)
    {
        var result = new Dictionary<string, IReadOnlyList<Event>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").ToString();
            result[id] = doc.RootElement.TryGetProperty("events", out var evs) && evs.ValueKind == System.Text.Json.JsonValueKind.Array
                ? evs.EnumerateArray().Select(EventJsonReader.Read).ToList()
                : [];
        }
        return result;
    }

    private static async Task<int> RunAsync(IEventStore store, string[] inputs, Dictionary<string, IReadOnlyList<Event>>? given, CancellationToken ct)
    {
        var items = new DocumentSource(htmlText: HtmlArticle.Text).Read(inputs).ToList();
        var extractor = new Extractor();
        var tally = new Tally();
        // Documents share transactions (each still whole or absent): committing each alone costs more than storing it.
        // The summary is printed only after the last commit, so it counts stored documents only.
        await using var batch = store.BeginIngestBatch(EventStores.IngestBatchDocuments, EventStores.IngestBatchDelay);
        if (!Console.IsOutputRedirected && !Console.IsErrorRedirected && items.Count > 1)
        {
            await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
            {
                var task = ctx.AddTask("ingesting", maxValue: items.Count);
                foreach (var item in items)
                {
                    await IngestOneAsync(store, extractor, given, item, tally, ct).ConfigureAwait(false);
                    task.Increment(1);
                }
            }).ConfigureAwait(false);
        }
        else
        {
            foreach (var item in items) await IngestOneAsync(store, extractor, given, item, tally, ct).ConfigureAwait(false);
        }
        await batch.CommitAsync(ct).ConfigureAwait(false);
        Console.WriteLine($"documents: {tally.New} new, {tally.Unchanged} unchanged, {tally.Failed} failed; events: {tally.EventsNew} new, {tally.EventsMerged} merged");
        return tally.Failed > 0 ? StoreCommand.BadInput : StoreCommand.Ok;
    }

    private static async Task IngestOneAsync(IEventStore store, Extractor extractor, Dictionary<string, IReadOnlyList<Event>>? given, InputItem item, Tally tally, CancellationToken ct)
    {
        if (item.Document is not { } document)
        {
            tally.Failed++;
            await Console.Error.WriteLineAsync($"attache: {item.Error}").ConfigureAwait(false);
            return;
        }
        // The same application service as the API's POST /api/documents: skip known documents, extract, store.
        var result = await new DocumentIngestor(extractor).IngestAsync(store, document,
            given is not null && given.TryGetValue(document.Id, out var known) ? known : null, ct).ConfigureAwait(false);
        switch (result.Status)
        {
            case IngestStatus.New:
                tally.New++;
                tally.EventsNew += result.EventsNew;
                tally.EventsMerged += result.EventsMerged;
                break;
            case IngestStatus.Unchanged:
                tally.Unchanged++;
                break;
            default:
                tally.Failed++;
                await Console.Error.WriteLineAsync($"attache: {item.Location}: {result.Error}").ConfigureAwait(false);
                break;
        }
    }
}
