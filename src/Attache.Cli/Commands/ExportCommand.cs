using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Attache.Cli.Output;
using Attache.Record;
using Attache.Serialization;
using CsvHelper;
using Parquet.Serialization;

namespace Attache.Cli.Commands;

/// <summary><c>attache export --format csv|jsonl|parquet|eventdata|gold [--reviewed-only] [-o FILE]</c>: every stored
/// event, one row each (<c>eventdata</c>: one row per dyad, with CAMEO and PLOVER codes; <c>gold</c>: reviewed documents
/// as evaluation gold, see <see cref="GoldExport"/>).</summary>
public static class ExportCommand
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["csv", "jsonl", "parquet", "eventdata", "gold"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = StoreCommand.DbOption();
        var format = new Option<string>("--format")
        {
            Description = "csv, jsonl or parquet (one row per event), eventdata (CSV, one row per dyad with CAMEO and PLOVER codes), or gold (reviewed documents as evaluation gold)",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong(Formats);
        var cameo = new Option<bool>("--cameo") { Description = "Same as --format eventdata" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var reviewedOnly = new Option<bool>("--reviewed-only") { Description = "Only events an analyst reviewed (confirmed, corrected, merged or split)" };
        var command = new Command("export", "Export every stored event: csv, jsonl, parquet, event data with CAMEO and PLOVER codes, or reviewed documents as gold")
        {
            db, format, cameo, output, reviewedOnly,
        };
        command.SetAction((parse, ct) =>
        {
            var chosen = parse.GetValue(cameo) ? "eventdata" : parse.GetValue(format) ?? "csv";
            var path = parse.GetValue(output);
            // Checked before the database is opened, in the project's words rather than .NET's ("Could not find a part of the path").
            if (path is not null && Directory.Exists(path))
            {
                Console.Error.WriteLine($"attache: -o {path}: is a folder");
                return Task.FromResult(StoreCommand.Usage);
            }
            if (path is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))))
            {
                Console.Error.WriteLine($"attache: -o {path}: its folder does not exist");
                return Task.FromResult(StoreCommand.Usage);
            }
            if (chosen == "parquet" && path is null && !Console.IsOutputRedirected)
            {
                Console.Error.WriteLine("attache: parquet is binary: give -o FILE or redirect standard output");
                return Task.FromResult(StoreCommand.Usage);
            }
            return StoreCommand.RunAsync(parse.GetValue(db), store => RunAsync(store, chosen, path, parse.GetValue(reviewedOnly), ct));
        });
        return command;
    }

    private static async Task<int> RunAsync(IEventStore store, string format, string? path, bool reviewedOnly, CancellationToken ct)
    {
        IReadOnlyList<StoredEvent> events = format == "gold" ? [] : await store.QueryEventsAsync(new EventQuery(), ct).ConfigureAwait(false);
        if (reviewedOnly && format != "gold")
        {
            var reviewed = await store.ReviewedEventsAsync(ct).ConfigureAwait(false);
            events = events.Where(e => reviewed.ContainsKey(e.Id)).ToList();
        }
        Stream stream;
        try
        {
            stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await Console.Error.WriteLineAsync($"attache: cannot write {path}: {(e is UnauthorizedAccessException ? "permission denied" : e.Message.ReplaceLineEndings(" "))}").ConfigureAwait(false);
            return ExitCodes.Fatal;
        }
        var count = events.Count;
        await using (stream.ConfigureAwait(false))
        {
            if (format == "gold")
            {
                count = await GoldExport.WriteAsync(store, stream, ct).ConfigureAwait(false);
            }
            else
            {
                // A bar on standard error while the rows are written, unless they go to the same terminal.
                var terminal = (path is null && !Console.IsOutputRedirected) || events.Count <= 1 ? null : DocumentProgress.Terminal();
                await DocumentProgress.RunAsync(terminal, "events", events.Count, progress =>
                    WriteCoreAsync(terminal is null ? events : events.Select(e =>
                    {
                        progress.Advance();
                        return e;
                    }), format, stream, ct)).ConfigureAwait(false);
            }
        }
        if (path is not null) await Console.Error.WriteLineAsync($"attache: {Plural.Of(count, format == "gold" ? "document" : "event")} written to {path} ({format})").ConfigureAwait(false);
        return StoreCommand.Ok;
    }

    /// <summary>Writes the events in one of <see cref="Formats"/>.</summary>
    public static async Task WriteAsync(IReadOnlyList<StoredEvent> events, string format, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stream);
        await WriteCoreAsync(events, format, stream, ct).ConfigureAwait(false);
    }

    private static async Task WriteCoreAsync(IEnumerable<StoredEvent> events, string format, Stream stream, CancellationToken ct)
    {
        switch (format)
        {
            case "csv":
                await WriteCsvAsync(events.Select(EventRow.From), stream, ct).ConfigureAwait(false);
                break;
            case "eventdata":
                await WriteCsvAsync(events.SelectMany(EventDataRow.From), stream, ct).ConfigureAwait(false);
                break;
            case "parquet":
                // Parquet needs a seekable stream to write its footer: buffer when standard output is a pipe.
                if (stream.CanSeek)
                {
                    await ParquetSerializer.SerializeAsync(events.Select(EventRow.From).ToList(), stream, cancellationToken: ct).ConfigureAwait(false);
                }
                else
                {
                    using var buffer = new MemoryStream();
                    await ParquetSerializer.SerializeAsync(events.Select(EventRow.From).ToList(), buffer, cancellationToken: ct).ConfigureAwait(false);
                    buffer.Position = 0;
                    await buffer.CopyToAsync(stream, ct).ConfigureAwait(false);
                }
                break;
            case "jsonl":
                foreach (var e in events)
                {
                    using (var w = new Utf8JsonWriter(stream, EventJson.WriterOptions)) RecordJson.WriteEvent(w, e);
                    stream.WriteByte((byte)'\n');
                }
                await stream.FlushAsync(ct).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentException($"unknown export format '{format}'", nameof(format));
        }
    }

    /// <summary>CSV with a header row named after the rows' JSON property names, in declaration order.</summary>
    private static async Task WriteCsvAsync<T>(IEnumerable<T> rows, Stream stream, CancellationToken ct)
    {
        var properties = typeof(T).GetProperties().OrderBy(p => p.MetadataToken).ToArray();
        var csv = CsvWriter.Create(stream, new CsvWriterOptions(), leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteHeader(properties.Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name).ToArray());
            foreach (var row in rows)
                csv.WriteRecord(properties.Select(p => p.GetValue(row) switch
                {
                    null => "",
                    bool b => b ? "true" : "false",
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString() ?? "",
                }).ToArray());
            await csv.FlushAsync(ct).ConfigureAwait(false);
        }
    }
}
