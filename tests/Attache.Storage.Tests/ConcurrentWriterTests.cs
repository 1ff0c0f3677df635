using Attache.Extraction;
using Attache.Input;
using Attache.Record;
using Npgsql;

namespace Attache.Storage.Tests;

/// <summary>Two writers (two stores, as two workers have) storing reports of one occurrence at the same moment on PostgreSQL.</summary>
public class ConcurrentWriterTests
{
    [PostgresFact]
    public async Task TwoWritersOfOneMeeting_AtOnce_OneEventWithTwoSources()
    {
        // The English and the French report of one meeting (demo/, written for the project), extracted for real.
        var extractor = new Extractor();
        var reports = new DocumentSource().Read([Path.Combine(Path.GetDirectoryName(CliErrorTests.Samples())!, "demo", "d04_aus-idn-talks-en.txt"),
            Path.Combine(Path.GetDirectoryName(CliErrorTests.Samples())!, "demo", "d05_aus-idn-entretien-fr.txt")])
            .Select(i => i.Document!).Select(d => (Record: DocumentRecord.FromDocument(d), Events: extractor.Extract(d).Events)).ToArray();
        await using var db = await TestDatabases.CreateAsync("postgres");
        await using var first = (SqlEventStore)await EventStores.OpenAsync(db.Db);
        await using var second = (SqlEventStore)await EventStores.OpenAsync(db.Db);
        // The first writer stops inside its transaction, its new event written and not committed: the moment at which a
        // second writer that reads candidates finds none and creates the occurrence a second time.
        var paused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        first.AfterDocument = async _ =>
        {
            paused.TrySetResult();
            await release.Task;
        };
        var one = first.IngestAsync(reports[0].Record, reports[0].Events);
        await paused.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var two = second.IngestAsync(reports[1].Record, reports[1].Events);
        var waited = await WaitsOnAdvisoryLockAsync(db.Db, TimeSpan.FromSeconds(10));
        release.SetResult();
        await one;
        await two;
        Assert.True(waited, "the second writer waited on the first one's event-key lock");
        await using var check = await EventStores.OpenExistingAsync(db.Db);
        var meeting = Assert.Single(await check.QueryEventsAsync(new EventQuery { Country = "AUS", Partner = "IDN" }));
        Assert.Equal(2, meeting.Sources.Count);
    }

    /// <summary>True once some session of the database waits for an advisory lock (false after <paramref name="within"/>).</summary>
    private static async Task<bool> WaitsOnAdvisoryLockAsync(string db, TimeSpan within)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            await using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()",
                connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0) return true;
            await Task.Delay(50);
        }
        return false;
    }
}
