using System.Collections.Specialized;
using System.Diagnostics;
using System.Globalization;
using Attache.Queue;
using Hangfire;
using Hangfire.States;
using Quartz;

namespace Attache.Bench.Workers;

/// <summary>The job engines compared on PostgreSQL with jobs that do nothing: how fast each enqueues, and hands out and
/// completes jobs with two worker threads. What it costs per job, apart from the work.</summary>
public static class Engines
{
    private static int _done;

    /// <summary>A Hangfire job that does nothing.</summary>
    public static void HangfireNothing() => Interlocked.Increment(ref _done);

    /// <summary>A Quartz job that does nothing.</summary>
    public sealed class QuartzNothing : IJob
    {
        /// <summary>Counts the run.</summary>
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _done);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Hangfire 1.8 on Hangfire.PostgreSql, with the queue's settings (long polling, sliding invisibility).</summary>
    public static async Task<string> HangfireAsync(string db, int jobs, int threads)
    {
        var storage = IngestJobs.Open(db).Storage;
        var client = new BackgroundJobClient(storage);
        _done = 0;
        var enqueue = Stopwatch.StartNew();
        for (var i = 0; i < jobs; i++) client.Create(() => HangfireNothing(), new EnqueuedState("bench"));
        enqueue.Stop();
        var run = Stopwatch.StartNew();
        using (var server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = threads, Queues = ["bench"] }, storage))
        {
            while (Volatile.Read(ref _done) < jobs) await Task.Delay(20);
            run.Stop();
            server.SendStop();
        }
        return Line("Hangfire.PostgreSql", jobs, threads, enqueue.Elapsed, run.Elapsed);
    }

    /// <summary>Quartz.NET 4.7 with its ADO job store on PostgreSQL, clustered; each job a durable job with a trigger firing now.</summary>
    public static async Task<string> QuartzAsync(string db, int jobs, int threads)
    {
        await using (var connection = new Npgsql.NpgsqlConnection(db))
        {
            // The schema script that ships inside Quartz (its create_postgres.sql), run once on the fresh database.
            await connection.OpenAsync();
            await using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream("Quartz.Impl.AdoJobStore.Schema.create_postgres.sql")
                ?? throw new InvalidOperationException("Quartz's PostgreSQL schema script was not found in its assembly");
            using var reader = new StreamReader(stream);
            // {0} and {1} stand for the table prefix; statements are separated by a line '--;;' (as the script says).
            var script = (await reader.ReadToEndAsync()).Replace("{0}", "qrtz_", StringComparison.Ordinal).Replace("{1}", "qrtz_", StringComparison.Ordinal);
            foreach (var statement in System.Text.RegularExpressions.Regex.Split(script, @"^--;;\s*$", System.Text.RegularExpressions.RegexOptions.Multiline))
            {
                if (statement.Split('\n').All(line => line.Trim().Length == 0 || line.TrimStart().StartsWith("--", StringComparison.Ordinal))) continue;
                await using var command = new Npgsql.NpgsqlCommand(statement, connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        var properties = new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = "attache-bench",
            ["quartz.scheduler.instanceId"] = "AUTO",
            ["quartz.threadPool.maxConcurrency"] = threads.ToString(CultureInfo.InvariantCulture),
            ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
            ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz",
            ["quartz.jobStore.tablePrefix"] = "qrtz_",
            ["quartz.jobStore.clustered"] = "true",
            ["quartz.jobStore.useProperties"] = "true",
            ["quartz.jobStore.dataSource"] = "default",
            ["quartz.dataSource.default.provider"] = "Npgsql",
            ["quartz.dataSource.default.connectionString"] = db,
            ["quartz.serializer.type"] = "stj",
            // As many triggers per acquisition as threads (the default is one at a time).
            ["quartz.scheduler.batchTriggerAcquisitionMaxCount"] = threads.ToString(CultureInfo.InvariantCulture),
        };
        var scheduler = await QuartzSchedulerBuilder.Create().UseProperties(properties).BuildScheduler();
        _done = 0;
        var enqueue = Stopwatch.StartNew();
        for (var i = 0; i < jobs; i++)
        {
            var job = JobBuilder.Create<QuartzNothing>().WithIdentity($"job-{i}").Build();
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().WithIdentity($"trigger-{i}").StartNow().Build());
        }
        enqueue.Stop();
        var run = Stopwatch.StartNew();
        await scheduler.Start();
        while (Volatile.Read(ref _done) < jobs) await Task.Delay(20);
        run.Stop();
        await scheduler.Shutdown(waitForJobsToComplete: true);
        return Line("Quartz.NET clustered", jobs, threads, enqueue.Elapsed, run.Elapsed);
    }

    private static string Line(string engine, int jobs, int threads, TimeSpan enqueue, TimeSpan run) => string.Create(CultureInfo.InvariantCulture,
        $"{engine}: {jobs:N0} empty jobs enqueued at {jobs / enqueue.TotalSeconds:N0}/s, run by {threads} threads at {jobs / run.TotalSeconds:N0}/s");
}
