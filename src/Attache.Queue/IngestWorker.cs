using Attache.Extraction;
using Hangfire;

namespace Attache.Queue;

/// <summary>A worker process's job server: takes ingest jobs from the queue until stopped.</summary>
public static class IngestWorker
{
    /// <summary>Runs <paramref name="workers"/> jobs at a time until <paramref name="cancellationToken"/> is cancelled, then
    /// stops gracefully: running jobs are cancelled between documents and go back to the queue for another worker.</summary>
    /// <param name="jobs">The queue.</param>
    /// <param name="db">The record's database.</param>
    /// <param name="workers">Jobs processed at once in this process.</param>
    /// <param name="log">Where job summaries and bad documents are written (Hangfire's writer threads share it, so it is synchronised).</param>
    /// <param name="cancellationToken">Stops the worker.</param>
    public static async Task RunAsync(IngestJobs jobs, string db, int workers, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var extractor = new Extractor();
        var options = new BackgroundJobServerOptions
        {
            WorkerCount = workers,
            Queues = [IngestJobs.QueueName],
            Activator = new Activator(db, extractor, TextWriter.Synchronized(log)),
            // Retries that are due move back to the queue within seconds, not Hangfire's default 15.
            SchedulePollingInterval = TimeSpan.FromSeconds(2),
            ShutdownTimeout = TimeSpan.FromSeconds(30),
            ServerName = $"attache-{Environment.MachineName}-{Environment.ProcessId}",
        };
        using var server = new BackgroundJobServer(options, jobs.Storage);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping: below.
        }
        server.SendStop();
        await server.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Builds each job with the worker's database, extractor and log.</summary>
    private sealed class Activator(string db, IExtractor extractor, TextWriter log) : JobActivator
    {
        public override object ActivateJob(Type jobType) =>
            jobType == typeof(IngestJob) ? new IngestJob(db, extractor, log) : base.ActivateJob(jobType);
    }
}
