using Attache.Storage;

namespace Attache.Cli.Commands;

/// <summary>Waits for a database that another process is writing to, saying so on standard error, up to a limit.</summary>
/// <remarks>SQLite's own wait (a few seconds) is not fair: a writer that commits and starts again at once can keep the
/// lock for its whole run. Trying again, for longer, lets two ingests on one file both finish.</remarks>
internal sealed class LockWait(TimeSpan limit)
{
    /// <summary>No waiting beyond the database's own few seconds.</summary>
    public static LockWait None { get; } = new(TimeSpan.Zero);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(30);
    private bool _announced;

    /// <summary>Runs the action, trying again while the database is locked by another process and <paramref name="canRetry"/>
    /// says nothing is half-done, until the limit; then the lock error is thrown.</summary>
    public async Task<T> RunAsync<T>(string what, Func<Task<T>> action, Func<bool> canRetry, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var reported = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return await action().ConfigureAwait(false);
            }
            catch (StoreLockedException) when (canRetry() && System.Diagnostics.Stopwatch.GetElapsedTime(started) < limit)
            {
                var waited = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                // Said once a run (two ingests take turns many times), then every half minute of one long wait.
                if (!_announced)
                {
                    _announced = true;
                    await Console.Error.WriteLineAsync($"attache: {what} is being written by another process (another ingest?); waiting for it, up to {limit.TotalSeconds:0} s at a time (--lock-wait; Ctrl+C stops)").ConfigureAwait(false);
                    reported = waited;
                }
                else if (waited - reported >= ReportEvery)
                {
                    await Console.Error.WriteLineAsync($"attache: still waiting for {what} ({waited.TotalSeconds:0} s)").ConfigureAwait(false);
                    reported = waited;
                }
                await Task.Delay(Pause, ct).ConfigureAwait(false);
            }
        }
    }
}
