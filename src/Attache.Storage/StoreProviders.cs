using System.Data.Common;
using System.Net.Sockets;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Attache.Storage;

/// <summary>What differs between databases: connecting, per-connection settings, migration locking, error wording.</summary>
internal abstract class StoreProvider
{
    /// <summary>The SQL dialect, for the few statements written per database (<see cref="Migrations.Only"/>): <c>sqlite</c> or <c>postgres</c>.</summary>
    public abstract string Dialect { get; }

    /// <summary>Where the store is, for messages (no password).</summary>
    public abstract string Description { get; }

    /// <summary>A new, closed connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>Settings of this connection, applied once it is open; they change nothing in the database.</summary>
    public virtual Task ConfigureAsync(DbConnection connection) => Task.CompletedTask;

    /// <summary>Settings stored in the database itself, applied before a store writes its schema.</summary>
    public virtual Task PrepareAsync(DbConnection connection) => Task.CompletedTask;

    /// <summary>Why there is no database to open, when that is known without connecting; null otherwise.</summary>
    public virtual string? Missing() => null;

    /// <summary>The tables of the database (its current schema), to tell an Attaché database from an empty or foreign one.</summary>
    public abstract Task<List<string>> TablesAsync(DbConnection connection);

    /// <summary>Serialises concurrent migrations inside a transaction.</summary>
    public virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction) => Task.CompletedTask;

    /// <summary>Turns a driver exception into a clear message, or null when it is not a database condition.</summary>
    public abstract StoreException? Translate(Exception exception);
}

/// <summary>An embedded SQLite file.</summary>
/// <param name="path">The file.</param>
/// <param name="create">Whether a missing file is created (stores that write) or an error (stores that only read).</param>
internal sealed class SqliteProvider(string path, bool create = true) : StoreProvider
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
        Pooling = false,
        DefaultTimeout = 5,
    }.ToString();

    public override string Dialect => "sqlite";

    public override string Description => $"SQLite database {path}";

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override string? Missing() =>
        Directory.Exists(path) ? $"{path} is a folder, not an Attaché database"
        : File.Exists(path) ? null
        : $"{Description} does not exist";

    public override async Task<List<string>> TablesAsync(DbConnection connection) =>
        (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'").ConfigureAwait(false)).ToList();

    /// <summary>WAL lets readers go on while a writer stores; the mode is kept in the file, so it is set only by a store that writes.</summary>
    public override Task PrepareAsync(DbConnection connection) => connection.QueryAsync<string>("PRAGMA journal_mode = WAL");

    public override async Task ConfigureAsync(DbConnection connection)
    {
        await connection.ExecuteAsync("PRAGMA busy_timeout = 5000").ConfigureAwait(false);
        // Checkpoints (the only fsyncs under synchronous=NORMAL) every 64 MB of log rather than every 4 MB: ingest commits often.
        // A cache of up to 32 MB (2 MB by default) holds an ingest batch's changed pages until its commit, instead of
        // spilling them into the log midway; it grows only as pages are used.
        await connection.ExecuteAsync("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 16384; PRAGMA cache_size = -32768").ConfigureAwait(false);
        // Reads map the file (up to 256 MB) instead of copying pages into each connection's small cache: the pages of a
        // served store are read by every pooled connection, from the one copy the OS keeps.
        await connection.ExecuteAsync("PRAGMA mmap_size = 268435456").ConfigureAwait(false);
    }

    public override StoreException? Translate(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } e => new StoreLockedException($"{Description} is locked by another process; try again when it is done.", e),
        SqliteException { SqliteErrorCode: 14 } e => new StoreException($"cannot open {Description}: check that the folder exists and is writable.", e),
        SqliteException { SqliteErrorCode: 26 } e => new StoreException($"{path} is not an Attaché database (not SQLite).", e),
        SqliteException { SqliteErrorCode: 8 } e => new StoreException($"{Description} is read-only.", e),
        SqliteException e => new StoreException($"{Description}: {e.Message}", e),
        _ => null,
    };
}

/// <summary>A PostgreSQL server reached with an Npgsql connection string.</summary>
internal sealed class PostgresProvider(string connectionString) : StoreProvider
{
    private readonly NpgsqlConnectionStringBuilder _builder = new(connectionString);

    public override string Dialect => "postgres";

    public override string Description => $"PostgreSQL database {_builder.Database ?? "(default)"} on {_builder.Host}:{_builder.Port}";

    public override DbConnection CreateConnection() =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString)
        {
            // Ingest repeats a few dozen statements per document: let the server keep their plans.
            MaxAutoPrepare = _builder.MaxAutoPrepare > 0 ? _builder.MaxAutoPrepare : 64,
        }.ToString());

    /// <summary>Commits do not wait for the server's disk flush: the same durability as SQLite's WAL with synchronous=NORMAL
    /// (a server crash may lose the last moments of commits, never half a document; a rerun restores them).</summary>
    public override Task ConfigureAsync(DbConnection connection) => connection.ExecuteAsync("SET synchronous_commit = off");

    public override async Task<List<string>> TablesAsync(DbConnection connection) =>
        (await connection.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").ConfigureAwait(false)).ToList();

    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction) =>
        connection.ExecuteAsync("SELECT pg_advisory_xact_lock(726179)", transaction: transaction);

    public override StoreException? Translate(Exception exception) => exception switch
    {
        PostgresException { SqlState: "3D000" } e => new StoreException($"{Description} does not exist: create it first.", e),
        PostgresException { SqlState: "28P01" or "28000" } e => new StoreException($"{Description}: authentication failed; check the user and password.", e),
        PostgresException { SqlState: "55P03" or "40P01" } e => new StoreLockedException($"{Description} is locked by another session; try again.", e),
        PostgresException e => new StoreException($"{Description}: {e.MessageText}", e),
        NpgsqlException { InnerException: SocketException or TimeoutException } e => new StoreException($"cannot reach {Description}: is the server running?", e),
        NpgsqlException e => new StoreException($"{Description}: {e.Message}", e),
        SocketException e => new StoreException($"cannot reach {Description}: is the server running?", e),
        ArgumentException e => new StoreException($"invalid PostgreSQL connection string: {e.Message}", e),
        _ => null,
    };
}
