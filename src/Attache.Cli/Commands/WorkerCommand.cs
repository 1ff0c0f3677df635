using System.CommandLine;
using System.Runtime.InteropServices;
using Attache.Queue;
using Attache.Storage;

namespace Attache.Cli.Commands;

/// <summary><c>attache worker --db postgresql://… [--workers N]</c>: processes the ingest jobs that <c>ingest --queue</c> enqueued, until stopped.</summary>
public static class WorkerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = StoreCommand.DbOption();
        var workers = new Option<int>("--workers") { Description = "Jobs processed at once in this process", HelpName = "N", DefaultValueFactory = _ => 1 };
        workers.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && int.TryParse(t.Value, out var n) && n < 1) r.AddError("--workers must be 1 or more.");
        });
        // Hidden: how soon a killed worker's job is handed to another (tests kill workers on purpose).
        var invisibility = new Option<int?>("--invisibility-seconds") { Hidden = true };
        var command = new Command("worker", "Process queued ingest jobs (PostgreSQL): extract and store their documents, as 'ingest' does, until Ctrl+C or SIGTERM")
        {
            db, workers, invisibility,
        };
        command.SetAction((parse, ct) => RunAsync(EventStores.Resolve(parse.GetValue(db)), parse.GetValue(workers),
            parse.GetValue(invisibility) is int s ? TimeSpan.FromSeconds(s) : null, ct));
        return command;
    }

    private static async Task<int> RunAsync(string db, int workers, TimeSpan? invisibility, CancellationToken ct)
    {
        if (IngestJobs.Problem(db) is { } problem)
        {
            await Console.Error.WriteLineAsync($"attache: {problem}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        // SIGTERM (docker stop, systemd, kill) stops as Ctrl+C does: running jobs go back to the queue before the exit.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // A signal that arrives while the worker is already leaving: nothing left to stop.
            }
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        IngestJobs jobs;
        try
        {
            // The record's schema first (created or migrated once here, not by every job), then the queue's.
            await using (var store = await EventStores.OpenAsync(db, cancellationToken: ct).ConfigureAwait(false))
                await Console.Out.WriteLineAsync($"attache worker: {store.Description}, {Plural.Of(workers, "job")} at a time; Ctrl+C or SIGTERM stops").ConfigureAwait(false);
            jobs = IngestJobs.Open(db, invisibility);
        }
        catch (StoreException e)
        {
            await Console.Error.WriteLineAsync($"attache: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Database;
        }
        await IngestWorker.RunAsync(jobs, db, workers, Console.Out, stop.Token).ConfigureAwait(false);
        await Console.Out.WriteLineAsync("attache worker: stopped").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
