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

    private readonly BackgroundJobClient _client;

    private IngestJobs(JobStorage storage)
    {
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
    /// hidden before another worker takes it over (2 minutes by default).</param>
    /// <exception cref="StoreException">Not PostgreSQL, or the database cannot be reached.</exception>
    public static IngestJobs Open(string db, TimeSpan? invisibility = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Problem(db) is { } problem) throw new StoreException(problem);
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = SchemaName,
            PrepareSchemaIfNecessary = true,
            // LISTEN/NOTIFY wakes idle workers when a job is enqueued, instead of their polling every 15 s.
            EnableLongPolling = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // A worker's heartbeat keeps its jobs hidden; a killed worker's jobs come back after this long, not 30 minutes.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = invisibility ?? TimeSpan.FromMinutes(2),
            // Hangfire's locks (held for a job's state change) are rows; a killed worker's lock is taken over only once it
            // is this old, and its job stays stuck until then: the same bound as its jobs, not the default 10 minutes.
            DistributedLockTimeout = invisibility ?? TimeSpan.FromMinutes(2),
        };
        try
        {
            var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(EventStores.ToConnectionString(db), options), options);
            return new IngestJobs(storage);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            throw new StoreException($"cannot open the queue: {e.Message}", e);
        }
    }

    /// <summary>Enqueues one job for a batch of documents; returns its id.</summary>
    public string Enqueue(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var batch = documents.Select(QueuedDocument.From).ToArray();
        return _client.Create<IngestJob>(job => job.RunAsync(batch, CancellationToken.None), new Hangfire.States.EnqueuedState(QueueName));
    }

    /// <summary>The counts of jobs in each state.</summary>
    public QueueCounts Counts()
    {
        var stats = Storage.GetMonitoringApi().GetStatistics();
        return new QueueCounts(stats.Enqueued + stats.Scheduled, stats.Processing, stats.Failed, stats.Succeeded);
    }
}
