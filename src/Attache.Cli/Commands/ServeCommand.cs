using System.CommandLine;
using Attache.Api;
using Attache.Extraction;
using Attache.Input;
using Attache.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Attache.Cli.Commands;

/// <summary><c>attache serve [--db] [--urls] [--demo]</c>: the record over HTTP (JSON API, OpenAPI, dashboard) in one process.</summary>
public static class ServeCommand
{
    private const string Help = """
        Serve the record: the dashboard at /, the JSON API under /api, the OpenAPI document at /openapi/v1.json
        and a browsable API reference at /docs.

        Writes (POST /api/documents) need the header X-Api-Key equal to $ATTACHE_API_KEY; without that variable
        writes are disabled. --demo first ingests the bundled sample dispatches (the two of samples/ and the demo set written
        for the project), into a fresh temporary SQLite database when no --db is given (deleted when the server stops).

        Exit codes: 0 stopped normally; 2 usage error; 3 the database could not be used; 5 the address could not be
        listened on.
        """;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = new Option<string?>("--db")
        {
            Description = $"SQLite file, or PostgreSQL connection string (Host=...); default ${EventStores.EnvironmentVariable}, else ./{EventStores.DefaultFile}",
        };
        var urls = new Option<string>("--urls") { Description = "Where to listen; separate several with ';'.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = "Ingest the bundled sample dispatches first (into a temporary database when no --db is given)." };
        var maxBody = new Option<long?>("--max-body-bytes") { Description = $"Refuse request bodies over N bytes with 413 (default ${ApiOptions.MaxBodyVariable}, else {ApiOptions.DefaultMaxBodyBytes}).", HelpName = "N" };
        maxBody.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && long.TryParse(t.Value, out var n) && n <= 0) r.AddError("--max-body-bytes must be a positive number of bytes.");
        });
        var command = new Command("serve", Help) { db, urls, demo, maxBody };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(db), parse.GetValue(urls)!, parse.GetValue(demo), parse.GetValue(maxBody),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? db, string urls, bool demo, long? maxBody, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string? temp = null;
        try
        {
            if (demo)
            {
                if (string.IsNullOrWhiteSpace(db))
                {
                    temp = Directory.CreateTempSubdirectory("attache-demo-").FullName;
                    db = Path.Combine(temp, "demo.db");
                    // SIGTERM ends the process as soon as the host has stopped, possibly before the finally below runs.
                    var folder = temp;
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(folder);
                }
                if (FindSamples() is not { } samples)
                {
                    await error.WriteLineAsync("attache: --demo: the bundled samples folder was not found next to the program or in the repository.").ConfigureAwait(false);
                    return ExitCodes.Fatal;
                }
                await output.WriteLineAsync(await IngestSamplesAsync(db, samples, ct).ConfigureAwait(false)).ConfigureAwait(false);
            }
            string description;
            await using (var store = await EventStores.OpenExistingAsync(db, cancellationToken: ct).ConfigureAwait(false)) description = store.Description;
            var options = ApiOptions.FromEnvironment(db);
            if (maxBody is long max) options = options with { MaxBodyBytes = max };
            await using var app = AttacheApi.Build(options, urls);
            await app.StartAsync(ct).ConfigureAwait(false);
            await output.WriteLineAsync($"Attaché serves {description} at {string.Join(", ", app.Urls)}").ConfigureAwait(false);
            await output.WriteLineAsync("  dashboard /   API /api/events   OpenAPI /openapi/v1.json   reference /docs"
                + (db is not null && EventStores.IsPostgres(db) ? "   jobs /jobs?key=…" : "")
                + (options.ApiKey is null ? $"   (writes disabled: {ApiOptions.ApiKeyVariable} is not set)" : "")).ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (StoreException e)
        {
            await error.WriteLineAsync($"attache: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Database;
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use, or one it cannot bind, as an IOException.
            var inUse = e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
                || e.InnerException?.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse };
            await error.WriteLineAsync(inUse
                ? $"attache: cannot listen on {urls}: the address is already in use (another 'attache serve'?); choose another with --urls"
                : $"attache: cannot listen on {urls}: {e.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return ExitCodes.Fatal;
        }
        catch (Exception e) when (e is FormatException or UriFormatException or InvalidOperationException)
        {
            await error.WriteLineAsync($"attache: cannot listen on {urls}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Ok;
        }
        finally
        {
            if (temp is not null) DeleteQuietly(temp);
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    /// <summary>Ingests the sample dispatches through the same service as <c>ingest</c> and the API.</summary>
    private static async Task<string> IngestSamplesAsync(string db, IReadOnlyList<string> folders, CancellationToken ct)
    {
        await using var store = await EventStores.OpenAsync(db, cancellationToken: ct).ConfigureAwait(false);
        var ingestor = new DocumentIngestor(new Extractor());
        int documents = 0, events = 0;
        foreach (var item in new DocumentSource().Read(folders))
        {
            if (item.Document is not { } document) continue;
            var result = await ingestor.IngestAsync(store, document, cancellationToken: ct).ConfigureAwait(false);
            if (result.Status == IngestStatus.New) documents++;
            events += result.EventsNew;
        }
        var (_, total) = await store.CountAsync(ct).ConfigureAwait(false);
        return $"demo: ingested {documents} sample dispatches from {string.Join(" and ", folders)} ({events} new events; {total} events in {store.Description})";
    }

    /// <summary>
    /// The seed folder <c>samples</c> and, beside it, the demo set <c>demo</c> (when there): copied next to the program, else
    /// found in the repository above the program or the working directory.
    /// </summary>
    internal static IReadOnlyList<string>? FindSamples()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (!HasDispatches(candidate)) continue;
                // The demo set is looked for only beside the seeds, so that an unrelated "demo" folder elsewhere is never read.
                var demo = Path.Combine(dir.FullName, "demo");
                return HasDispatches(demo) ? [candidate, demo] : [candidate];
            }
        }
        return null;
    }

    private static bool HasDispatches(string folder) => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any();
}
