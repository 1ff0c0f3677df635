using Attache.Record;

namespace Attache.Storage;

/// <summary>Opens the record named by a <c>--db</c> value: a SQLite file path, or a PostgreSQL connection string.</summary>
public static class EventStores
{
    /// <summary>Documents per transaction of <c>attache ingest</c>'s batch (see <see cref="IEventStore.BeginIngestBatch"/>).</summary>
    public const int IngestBatchDocuments = 64;

    /// <summary>The longest <c>attache ingest</c> keeps a batch's transaction open before committing at the next document.</summary>
    public static readonly TimeSpan IngestBatchDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>The environment variable that names the database when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "ATTACHE_DB";

    /// <summary>The SQLite file used when neither <c>--db</c> nor <c>ATTACHE_DB</c> is given.</summary>
    public const string DefaultFile = "attache.db";

    /// <summary>The database to use: the option, else <c>ATTACHE_DB</c>, else <c>attache.db</c> in the working directory.</summary>
    public static string Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
        : DefaultFile;

    /// <summary>True when the value looks like a PostgreSQL connection string or URL rather than a file path.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.Split(';').Any(part => part.Trim().StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || part.Trim().StartsWith("Server=", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Opens the store, creating the database (SQLite) and its tables or migrating them when needed: for commands
    /// that store (<c>ingest</c>, <c>init</c>).</summary>
    /// <exception cref="StoreException">The database cannot be reached, is locked, or is not an Attaché database (it is then left as it was).</exception>
    public static Task<IEventStore> OpenAsync(string? db, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        OpenAsync(db, create: true, clock, cancellationToken);

    /// <summary>Opens an Attaché database that already exists at the current schema, and never creates or changes one:
    /// for commands that read (a mistyped path must not leave an empty database behind).</summary>
    /// <exception cref="StoreException">No database there, not an Attaché database, an older schema, unreachable or locked.</exception>
    public static Task<IEventStore> OpenExistingAsync(string? db, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        OpenAsync(db, create: false, clock, cancellationToken);

    private static async Task<IEventStore> OpenAsync(string? db, bool create, TimeProvider? clock, CancellationToken cancellationToken)
    {
        var target = Resolve(db);
        StoreProvider provider = IsPostgres(target) ? new PostgresProvider(ToConnectionString(target)) : new SqliteProvider(target, create);
        if (!create && provider.Missing() is { } missing)
        {
            var how = string.IsNullOrWhiteSpace(db) && Environment.GetEnvironmentVariable(EnvironmentVariable) is not { Length: > 0 }
                ? $" (the default: give --db or set {EnvironmentVariable})" : ": check the path";
            throw new StoreException($"{missing}{how}; 'attache ingest' or 'attache init' creates one.");
        }
        return await SqlEventStore.OpenAsync(provider, create, clock ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The clear one-line form of a PostgreSQL driver error met on <paramref name="db"/> by code outside the store
    /// (the queue's engine), as the store words its own; null when the exception is not a database condition.</summary>
    public static StoreException? Explain(string db, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception as StoreException ?? new PostgresProvider(ToConnectionString(db)).Translate(exception);
    }

    /// <summary>The Npgsql connection string of a PostgreSQL <c>--db</c> value (a URL or a connection string).</summary>
    /// <exception cref="StoreException">The URL is not valid.</exception>
    public static string ToConnectionString(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Contains("://", StringComparison.Ordinal)) return db;
        try
        {
            var uri = new Uri(db);
            var userInfo = uri.UserInfo.Split(':', 2);
            var builder = new Npgsql.NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.Port > 0 ? uri.Port : 5432,
                Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } d ? d : null,
                Username = userInfo.Length > 0 && userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : null,
                Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
            };
            return builder.ToString();
        }
        catch (UriFormatException e)
        {
            throw new StoreException($"invalid PostgreSQL URL: {e.Message}", e);
        }
    }
}
