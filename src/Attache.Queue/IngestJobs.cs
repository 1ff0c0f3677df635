using Attache.Model;
using Attache.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Attache.Queue;

/// <summary>How many jobs wait, run, failed for good, and were done: what <c>attache queue</c> prints.</summary>
/// <param name="Pending">Enqueued, or waiting for a retry.</param>
/// <param name="Running">Being processed (or held by a worker that died, until the engine hands them out again).</param>
/// <param name="Failed">Failed every attempt: the dead letters, kept for a look and a requeue.</param>
/// <param name="Done">Completed since the queue was created.</param>
public sealed record QueueCounts(long Pending, long Running, long Failed, long Done);

/// <summary>The ingest queue in a PostgreSQL database: Hangfire's tables in their own schema beside the record's.</summary>
/// <remarks>Hangfire, not a queue written here: retries, dead letters (its failed state), a worker's lost jobs handed out
/// again and its dashboard come with it (see docs/scaling.md for the choice).</remarks>
public sealed class IngestJobs
{
    /// <summary>The Hangfire queue that ingest jobs go to.</summary>
    public const string QueueName = "ingest";

    /// <summary>The schema of Hangfire's tables: apart from the record's (which lives in the connection's current schema).</summary>
    public const string SchemaName = "attache_queue";

    /// <summary>Documents per job by default: enough to pay for a job's overhead, few enough to spread over workers.</summary>
    public const int DefaultBatchDocuments = 32;

    /// <summary>A job closes at this much text even with fewer documents, so that one job's row stays small.</summary>
    public const long MaxBatchTextChars = 4L * 1024 * 1024;

    /// <summary>How long a fetched job, or an engine lock, stays with a worker before another may take it over.</summary>
    public static readonly TimeSpan DefaultInvisibility = TimeSpan.FromMinutes(5);

    private readonly BackgroundJobClient _client;

    private readonly string _db;

    private IngestJobs(string db, JobStorage storage)
    {
        _db = db;
        Storage = storage;
        _client = new BackgroundJobClient(storage);
    }

    /// <summary>Hangfire's storage, for a worker's server.</summary>
    public JobStorage Storage { get; }

    /// <summary>Why <paramref name="db"/> cannot hold a queue (it is not PostgreSQL), or null when it can.</summary>
    public static string? Problem(string db) =>
        EventStores.IsPostgres(db) ? null
        : $"the queue needs PostgreSQL (--db postgresql://USER:PASSWORD@HOST/DB); {db} is a SQLite file, which is for one process: use 'attache ingest' without --queue.";

    /// <summary>Opens the queue of a PostgreSQL <c>--db</c> value, creating Hangfire's tables when missing.</summary>
    /// <param name="db">The database, as <c>--db</c> gives it.</param>
    /// <param name="invisibility">How long a job, or a lock of the engine, held by a worker that stopped answering stays
    /// hidden before another worker takes it over (<see cref="DefaultInvisibility"/> by default).</param>
    /// <exception cref="StoreException">Not PostgreSQL, or the database cannot be reached.</exception>
    public static IngestJobs Open(string db, TimeSpan? invisibility = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Problem(db) is { } problem) throw new StoreException(problem);
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = SchemaName,
            PrepareSchemaIfNecessary = true,
            // Idle workers look for jobs every second (one query), not every 15 s. Not LISTEN/NOTIFY (EnableLongPolling):
            // with it, Hangfire.PostgreSql 1.21.1 left one job of 2,000 fetched and never run in 3 runs of 5 here
            // (bench/Attache.Bench.Workers, engines mode); without it, none in 4.
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // A fetched job is handed out again this long after it was fetched, whoever holds it: a killed worker's jobs
            // come back after 5 minutes, not the default 30, and a job is far shorter (a batch takes seconds). Not the
            // sliding timeout: with it, a job that a fetch lost (above) stays hidden for as long as the worker lives,
            // its fetch time refreshed by the heartbeat. Should a job outlast the
            // timeout, a second worker stores only what the first has not (documents are recognised by their content).
            InvisibilityTimeout = invisibility ?? DefaultInvisibility,
            // Hangfire's locks (held for a job's state change) are rows; a killed worker's lock is taken over only once it
            // is this old, and its job stays stuck until then: the same bound as its jobs, not the default 10 minutes.
            DistributedLockTimeout = invisibility ?? DefaultInvisibility,
        };
        var connectionString = EventStores.ToConnectionString(db);
        // One connection first: the engine's storage retries an unreachable server for a minute before it gives up.
        Guard(db, () =>
        {
            using var probe = new Npgsql.NpgsqlConnection(connectionString);
            probe.Open();
            return true;
        });
        return Guard(db, () => new IngestJobs(db, new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options)));
    }

    /// <summary>Runs a call into the engine, its database errors turned into one clear line (as the store words its own).</summary>
    private static T Guard<T>(string db, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (Unwrap(e) is var inner && EventStores.Explain(db, inner) is { } clear && (inner is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or StoreException))
        {
            throw clear;
        }
    }

    // The engine wraps what the database said (BackgroundJobClientException, with the driver's exception inside).
    private static Exception Unwrap(Exception e) => e is BackgroundJobClientException { InnerException: { } inner } ? inner : e;

    /// <summary>Enqueues one job for a batch of documents; returns its id.</summary>
    /// <exception cref="StoreException">The database cannot be reached or used.</exception>
    public string Enqueue(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var batch = documents.Select(QueuedDocument.From).ToArray();
        return Guard(_db, () => _client.Create<IngestJob>(job => job.RunAsync(batch, CancellationToken.None), new Hangfire.States.EnqueuedState(QueueName)));
    }

    /// <summary>The counts of jobs in each state.</summary>
    /// <exception cref="StoreException">The database cannot be reached or used.</exception>
    public QueueCounts Counts()
    {
        var stats = Guard(_db, () => Storage.GetMonitoringApi().GetStatistics());
        return new QueueCounts(stats.Enqueued + stats.Scheduled, stats.Processing, stats.Failed, stats.Succeeded);
    }
}
