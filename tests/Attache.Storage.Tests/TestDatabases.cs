using Npgsql;

namespace Attache.Storage.Tests;

/// <summary>The databases the store suite runs on: SQLite always, PostgreSQL when <c>ATTACHE_TEST_POSTGRES</c> is set.</summary>
public static class TestDatabases
{
    public const string PostgresVariable = "ATTACHE_TEST_POSTGRES";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>Theory data: "sqlite", plus "postgres" when the variable is set.</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (PostgresConnectionString is not null) data.Add("postgres");
            return data;
        }
    }

    /// <summary>Creates an empty database and returns the <c>--db</c> value for it; dispose to drop it.</summary>
    /// <summary>SQL that takes a database back from migration 9 (the filter tables and the country rows' sort keys), for
    /// tests that reopen an older schema.</summary>
    public static string UndoFilterIndex(string provider) =>
        "DROP INDEX ix_event_countries_order; DROP INDEX ix_event_countries_order_desc; DROP INDEX ix_event_pairs_order; DROP INDEX ix_event_pairs_order_desc; "
        + "DROP INDEX ix_event_pairs_event; DROP TABLE event_areas; DROP TABLE event_words; "
        + "ALTER TABLE event_countries DROP COLUMN date_lo; ALTER TABLE event_countries DROP COLUMN seq; ALTER TABLE event_pairs DROP COLUMN date_lo; ALTER TABLE event_pairs DROP COLUMN seq"
        + (provider == "sqlite" ? "" : "; DROP INDEX ix_person_tokens_c");

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var dir = Path.Combine(Path.GetTempPath(), "attache-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return new TestDatabase(Path.Combine(dir, "test.db"), () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(dir, recursive: true);
                return Task.CompletedTask;
            });
        }
        var admin = PostgresConnectionString ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
        var name = "attache_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var db = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return new TestDatabase(db, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            try
            {
                await using var force = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
                await force.ExecuteNonQueryAsync();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                // FORCE may only end sessions of our own role, and fails on an autovacuum worker analysing the tables a test
                // just filled. A plain DROP stops autovacuum workers itself; the test's own sessions are closed by now.
                await using var plain = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}", conn);
                await plain.ExecuteNonQueryAsync();
            }
        });
    }
}

public sealed class TestDatabase(string db, Func<Task> drop) : IAsyncDisposable
{
    public string Db { get; } = db;

    public ValueTask DisposeAsync() => new(drop());
}

/// <summary>A fact that runs only when PostgreSQL is configured, and says which variable to set otherwise.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabases.PostgresConnectionString is null)
            Skip = $"PostgreSQL tests skipped: set {TestDatabases.PostgresVariable} to a connection string (scripts/start-postgres.sh prints one).";
    }
}
