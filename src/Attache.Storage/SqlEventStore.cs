using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Attache.Model;
using Attache.Record;
using Attache.Serialization;
using Dapper;

namespace Attache.Storage;

/// <summary>The record on a relational database, with the same SQL on SQLite and PostgreSQL.</summary>
/// <remarks>Holds one open connection; not thread-safe. Every document is written in one transaction, so a process
/// killed mid-batch leaves either the whole document or nothing of it.</remarks>
public sealed partial class SqlEventStore : IEventStore
{
    private readonly StoreProvider _provider;
    private readonly DbConnection _connection;
    private readonly TimeProvider _clock;
    // Parsed events, shared by every store of the process: the JSON read is compared before reuse, so an entry can never
    // stand for another event or another version of it, whichever database it came from.
    private static readonly Dictionary<string, (string Data, Event Event)> Parsed = new(StringComparer.Ordinal);
    private static readonly Lock ParsedLock = new();
    private const int ParseCacheSize = 200_000;

    // Totals of filters, valid while store_version holds _countVersion (this store's connection only).
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private long _countVersion = -1;
    private const int CountCacheSize = 10_000;

    // Ingest's commands, kept by SQL text: SQLite prepares a command's statements once and reuses them while its text is
    // unchanged (Dapper would create, and so prepare, a new command for every call); PostgreSQL reuses the server plan.
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private const int CommandCacheSize = 256;
    // A null INTEGER value (a plain null is bound as text, which PostgreSQL refuses for an integer column).
    private static readonly object NullInteger = new();

    // People in memory for ingest (see PeopleIndex), with the store_version this store last wrote and how many of its
    // transactions in a row found it unchanged since: the index is loaded only after a few such (at once for a batch), so a
    // one-document ingest or a store taking turns with other writers keeps querying instead of reloading every person.
    private PeopleIndex? _people;
    private long _lastWritten = -1;
    private int _quietIngests;
    private const int PeopleLoadAfter = 2;
    private const int PeopleIndexMaxNames = 1_000_000;

    // The open ingest batch: while its transaction is open, every command of this connection must run in it.
    private Batch? _batch;

    // PostgreSQL: the writes of the document being stored, whose results nothing reads, held until the next read or the
    // document's end and sent as one command (each statement alone is a round trip). Null when writes run at once (SQLite,
    // where a statement is a function call, and every path but a document's ingest).
    private List<(string Sql, (string Name, object? Value)[] Args)>? _deferred;
    // What the document's first query found: whether any review anchor and any webhook subscription exist (null outside one).
    private bool? _reviewsSeen;
    private bool? _webhooksSeen;

    private DbTransaction? ReadTx => _batch?.Unit?.Tx;

    /// <summary>Runs inside each ingest transaction just before its commit: lets tests make a document fail at its very end.</summary>
    internal Func<Task>? BeforeCommit { get; set; }

    /// <summary>Runs after each document is written, inside its transaction (and savepoint): lets tests make one fail.</summary>
    internal Func<DocumentRecord, Task>? AfterDocument { get; set; }

    static SqlEventStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private SqlEventStore(StoreProvider provider, DbConnection connection, TimeProvider clock)
    {
        _provider = provider;
        _connection = connection;
        _clock = clock;
    }

    /// <inheritdoc />
    public string Description => _provider.Description;

    /// <summary>Opens a store; <paramref name="create"/> lets it create and migrate the schema, else the database must
    /// already be an Attaché database at the current version and is never changed.</summary>
    internal static async Task<SqlEventStore> OpenAsync(StoreProvider provider, bool create, TimeProvider clock, CancellationToken ct)
    {
        DbConnection? connection = null;
        try
        {
            connection = provider.CreateConnection();
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await provider.ConfigureAsync(connection).ConfigureAwait(false);
            var store = new SqlEventStore(provider, connection, clock);
            // Looked at before anything is written: a database of another program is refused as it was found.
            var tables = await provider.TablesAsync(connection).ConfigureAwait(false);
            if (tables.Count > 0 && !tables.Contains("schema_version", StringComparer.OrdinalIgnoreCase))
                throw new StoreException($"{provider.Description} is not an Attaché database (it holds other tables: {string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5))}); it was left as it was.");
            if (create)
            {
                await provider.PrepareAsync(connection).ConfigureAwait(false);
                await store.MigrateAsync(ct).ConfigureAwait(false);
            }
            else if (tables.Count == 0)
            {
                throw new StoreException($"{provider.Description} is empty, not yet an Attaché database; 'attache ingest' or 'attache init' creates one.");
            }
            else
            {
                await store.CheckVersionAsync().ConfigureAwait(false);
            }
            return store;
        }
        catch (Exception e)
        {
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
            if (e is not StoreException && provider.Translate(e) is { } clear) throw clear;
            throw;
        }
    }

    /// <summary>A store that only reads needs the schema this Attaché writes: it does not migrate an older one itself.</summary>
    private async Task CheckVersionAsync()
    {
        var current = await _connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version").ConfigureAwait(false);
        if (current > Migrations.Latest)
            throw new StoreException($"{Description} has schema version {current}, newer than this Attaché knows ({Migrations.Latest}): update Attaché.");
        if (current < Migrations.Latest)
            throw new StoreException($"{Description} has schema version {current}, older than this Attaché's ({Migrations.Latest}): upgrade it with 'attache init' (or any 'attache ingest').");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // A batch still open is not committed: its documents since the last commit are rolled back, as in a crash.
        if (_batch?.Unit is { } unit)
        {
            ForgetPeopleOf(unit);
            await unit.Tx.DisposeAsync().ConfigureAwait(false);
        }
        _batch = null;
        foreach (var command in _commands.Values) await command.DisposeAsync().ConfigureAwait(false);
        _commands.Clear();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default) =>
        Guard(() => _connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: ReadTx));

    /// <inheritdoc />
    public Task<bool> ContainsDocumentAsync(string contentHash, string? url, CancellationToken cancellationToken = default) =>
        Guard(() => ExistsAsync(contentHash, url, ReadTx));

    /// <inheritdoc />
    public Task<IngestOutcome> IngestAsync(DocumentRecord document, IReadOnlyList<Event> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(events);
        return Guard(async () =>
        {
            if (_batch is not null) return await IngestInBatchAsync(_batch, document, events, cancellationToken).ConfigureAwait(false);
            await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var unit = new IngestUnit(tx);
            try
            {
                if (Defers) _deferred = [];
                var written = await WriteDocumentAsync(unit, document, events, eager: false).ConfigureAwait(false);
                await FlushAsync(tx).ConfigureAwait(false);
                EndDocument();
                if (written is not { } outcome)
                {
                    await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return new IngestOutcome(false, 0, 0);
                }
                await CommitUnitAsync(unit, cancellationToken).ConfigureAwait(false);
                return outcome;
            }
            catch
            {
                EndDocument();
                ForgetPeopleOf(unit);
                throw;
            }
        });
    }

    /// <summary>True when a document's writes are deferred and sent together (PostgreSQL).</summary>
    private bool Defers => _provider.Dialect == "postgres";

    /// <summary>Leaves a document's ingest: writes run at once again, and what its first query found is forgotten.</summary>
    private void EndDocument()
    {
        _deferred = null;
        _reviewsSeen = null;
        _webhooksSeen = null;
    }

    /// <inheritdoc />
    public IIngestBatch BeginIngestBatch(int maxDocuments, TimeSpan maxDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDocuments, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, TimeSpan.Zero);
        if (_batch is not null) throw new InvalidOperationException("an ingest batch is already open on this store.");
        return _batch = new Batch(this, maxDocuments, maxDelay);
    }

    /// <summary>An ingest transaction: one document's, or shared by the documents of a batch.</summary>
    private sealed class IngestUnit(DbTransaction tx)
    {
        public DbTransaction Tx { get; } = tx;

        /// <summary>store_version as the unit's first document read it.</summary>
        public long? Version { get; set; }

        /// <summary>The people index this unit reads and feeds, or null when it queries people.</summary>
        public PeopleIndex? People { get; set; }

        /// <summary>Documents written and not yet committed.</summary>
        public int Documents { get; set; }

        public long Started { get; } = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    /// <summary>The open batch of <see cref="BeginIngestBatch"/>: its transaction is begun by its first document.</summary>
    private sealed class Batch(SqlEventStore store, int maxDocuments, TimeSpan maxDelay) : IIngestBatch
    {
        public IngestUnit? Unit { get; set; }

        public int PendingDocuments => Unit?.Documents ?? 0;

        public bool Due => Unit is { } u && (u.Documents >= maxDocuments || System.Diagnostics.Stopwatch.GetElapsedTime(u.Started) >= maxDelay);

        public Task CommitAsync(CancellationToken cancellationToken = default) =>
            ReferenceEquals(store._batch, this) ? store.Guard(async () =>
            {
                await store.CommitBatchAsync(this, cancellationToken).ConfigureAwait(false);
                return true;
            }) : Task.CompletedTask;

        public async ValueTask DisposeAsync()
        {
            try
            {
                await CommitAsync().ConfigureAwait(false);
            }
            finally
            {
                if (ReferenceEquals(store._batch, this)) store._batch = null;
            }
        }
    }

    private async Task<IngestOutcome> IngestInBatchAsync(Batch batch, DocumentRecord document, IReadOnlyList<Event> events, CancellationToken ct)
    {
        var unit = batch.Unit ??= new IngestUnit(await _connection.BeginTransactionAsync(ct).ConfigureAwait(false));
        var defer = Defers;
        // Deferred, the savepoint goes out with the document's first query and its release with the document's writes.
        if (defer) _deferred = [("SAVEPOINT " + DocumentSavepoint, [])];
        else await unit.Tx.SaveAsync(DocumentSavepoint, ct).ConfigureAwait(false);
        IngestOutcome? outcome;
        try
        {
            outcome = await WriteDocumentAsync(unit, document, events, eager: true).ConfigureAwait(false);
            if (defer)
            {
                _deferred!.Add(("RELEASE SAVEPOINT " + DocumentSavepoint, []));
                await FlushAsync(unit.Tx).ConfigureAwait(false);
            }
        }
        catch
        {
            // Only this document is undone; the batch's earlier documents stay, to be committed.
            ForgetPeopleOf(unit);
            var sent = !(defer && _deferred is [("SAVEPOINT " + DocumentSavepoint, _), ..]);
            EndDocument();
            if (sent)
            {
                await unit.Tx.RollbackAsync(DocumentSavepoint, ct).ConfigureAwait(false);
                await unit.Tx.ReleaseAsync(DocumentSavepoint, ct).ConfigureAwait(false);
            }
            throw;
        }
        EndDocument();
        if (!defer) await unit.Tx.ReleaseAsync(DocumentSavepoint, ct).ConfigureAwait(false);
        if (outcome is null) return new IngestOutcome(false, 0, 0);
        unit.Documents++;
        // Counts are cached by store_version, which moves only when the batch commits.
        _counts.Clear();
        if (batch.Due) await CommitBatchAsync(batch, ct).ConfigureAwait(false);
        return outcome;
    }

    private const string DocumentSavepoint = "attache_document";

    private async Task CommitBatchAsync(Batch batch, CancellationToken ct)
    {
        if (batch.Unit is not { } unit) return;
        batch.Unit = null;
        await using var tx = unit.Tx;
        if (unit.Documents == 0)
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return;
        }
        try
        {
            await CommitUnitAsync(unit, ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ForgetPeopleOf(unit);
            var why = e as StoreException ?? _provider.Translate(e);
            if (why is null) throw;
            throw new StoreException($"{why.Message} (the last {unit.Documents} documents were not stored: run again to store them)", e);
        }
    }

    /// <summary>Writes a document unless it is already stored (null then), in the unit's transaction. With
    /// <c>eager</c> (a batch: many documents follow), the people index is loaded as soon as no other writer is seen.</summary>
    private async Task<IngestOutcome?> WriteDocumentAsync(IngestUnit unit, DocumentRecord document, IReadOnlyList<Event> events, bool eager)
    {
        var tx = unit.Tx;
        // One round trip: whether the document is known (2 when its text or URL is stored, unchanged; 1 when only its id is
        // taken, a conflict), the next seq of the three tables, the store's version (this document's rows are written after
        // it), and whether reviews or webhooks exist (else their per-event queries are skipped).
        // 3: the same text is stored; 2: the URL is stored with another text (this is its next revision); 1: the id is taken.
        var known = document.Url is null
            ? "(SELECT MAX(CASE WHEN content_hash = @hash THEN 3 ELSE 1 END) FROM documents WHERE content_hash = @hash OR id = @id)"
            : "(SELECT MAX(CASE WHEN content_hash = @hash THEN 3 WHEN url = @url THEN 2 ELSE 1 END) FROM documents WHERE content_hash = @hash OR url = @url OR id = @id)";
        var (state, seq, eventSeq, sourceSeq, version, reviews, webhooks) = (await RowsAsync(
            $"""
            SELECT {known}, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), (SELECT COALESCE(MAX(seq), 0) + 1 FROM events),
                (SELECT COALESCE(MAX(seq), 0) + 1 FROM event_sources), (SELECT version FROM store_version WHERE id = 1),
                CASE WHEN EXISTS (SELECT 1 FROM review_anchors) THEN 1 ELSE 0 END,
                CASE WHEN EXISTS (SELECT 1 FROM subscriptions WHERE webhook IS NOT NULL) THEN 1 ELSE 0 END
            """,
            tx, r => (r.IsDBNull(0) ? (long?)null : Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
                Convert.ToInt64(r.GetValue(5), CultureInfo.InvariantCulture) != 0, Convert.ToInt64(r.GetValue(6), CultureInfo.InvariantCulture) != 0),
            document.Url is null ? [("hash", document.ContentHash), ("id", document.Id)] : [("hash", document.ContentHash), ("url", document.Url), ("id", document.Id)]).ConfigureAwait(false))[0];
        if (state == 3) return null;
        if (state == 1)
            throw new DocumentConflictException($"document id '{document.Id}' is already stored with a different text and URL; give the new version another id.");
        var revision = 1;
        if (state == 2)
        {
            if (await ReviseAsync(document, tx).ConfigureAwait(false) is not { } revised) return null;
            (document, revision) = revised;
            // The old revision's people links were rewritten by its events' recomputation: the index no longer holds.
            ForgetPeopleOf(unit);
        }
        _reviewsSeen = reviews;
        _webhooksSeen = webhooks;
        if (unit.Version is null)
        {
            unit.Version = version;
            unit.People = await PeopleIndexAsync(version, tx, eager).ConfigureAwait(false);
        }
        else if (version != unit.Version)
        {
            // Another writer committed during this unit (PostgreSQL reads each statement's latest commits).
            ForgetPeopleOf(unit);
        }
        // A revision rewrites its row (same id, new text, new seq); a new document inserts one.
        var sql = revision == 1
            ? "INSERT INTO documents (id, content_hash, url, text, published, language, seq, ingested_at, revision) VALUES (@Id, @ContentHash, @Url, @Text, @Published, @Language, @Seq, @At, @Revision)"
            : """
              UPDATE documents SET content_hash = @ContentHash, url = @Url, text = @Text, published = @Published, language = @Language, seq = @Seq,
                  ingested_at = @At, revision = @Revision WHERE id = @Id
              """;
        await ExecAsync(
            sql,
            tx,
            ("Id", document.Id),
            ("ContentHash", document.ContentHash),
            ("Url", document.Url),
            ("Text", document.Text),
            ("Published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Language", document.Language),
            ("Seq", seq),
            ("At", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)),
            ("Revision", (long)revision)).ConfigureAwait(false);
        var outcome = await StoreEventsAsync(document, events, eventSeq, sourceSeq, tx, unit.People).ConfigureAwait(false);
        if (revision > 1) outcome = outcome with { Revision = revision, DocumentId = document.Id };
        await IndexDocumentAsync(document, events, seq, tx).ConfigureAwait(false);
        if (AfterDocument is { } afterDocument)
        {
            await FlushAsync(tx).ConfigureAwait(false);
            await afterDocument(document).ConfigureAwait(false);
        }
        return outcome;
    }

    /// <summary>Makes room for the next revision of the document stored under <paramref name="document"/>'s URL: keeps its
    /// current text in document_revisions, removes its reports and rebuilds (or removes) the events they supported, and
    /// drops its search row. Returns the document under the stored id with its revision number, or null when the text is
    /// one of the document's earlier revisions (a stale copy: nothing changes).</summary>
    /// <remarks>The documents row itself is rewritten by the caller, with the new seq: the search index (SQLite's rows are
    /// keyed by seq) then finds the new text only; the old text's contentless FTS5 row is left without a document.</remarks>
    private async Task<(DocumentRecord Document, int Revision)?> ReviseAsync(DocumentRecord document, DbTransaction tx)
    {
        var (id, current) = (await RowsAsync("SELECT id, revision FROM documents WHERE url = @url ORDER BY seq LIMIT 1", tx,
            r => (r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)), ("url", document.Url)).ConfigureAwait(false))[0];
        if (await ScalarAsync("SELECT 1 FROM document_revisions WHERE document_id = @id AND content_hash = @hash", tx, ("id", id), ("hash", document.ContentHash)).ConfigureAwait(false) is not null)
            return null;
        // A write first: on PostgreSQL it takes the row's lock, so two writers revising one document take turns.
        await ExecAsync(
            """
            INSERT INTO document_revisions (document_id, revision, content_hash, text, published, language, ingested_at, replaced_at)
            SELECT id, revision, content_hash, text, published, language, ingested_at, @now FROM documents WHERE id = @id
            """,
            tx, ("id", id), ("now", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))).ConfigureAwait(false);
        var supported = await RowsAsync("SELECT DISTINCT event_id FROM event_sources WHERE document_id = @id", tx, r => r.GetString(0), ("id", id)).ConfigureAwait(false);
        await ExecAsync("DELETE FROM event_sources WHERE document_id = @id", tx, ("id", id)).ConfigureAwait(false);
        // Each event the old text reported is rebuilt from its other sources, or removed when it had none.
        foreach (var eventId in supported.Order(StringComparer.Ordinal)) await RecomputeAsync(eventId, tx).ConfigureAwait(false);
        if (_provider.Dialect == "postgres") await ExecAsync("DELETE FROM search_documents WHERE document_id = @id", tx, ("id", id)).ConfigureAwait(false);
        return (document with { Id = id }, current + 1);
    }

    /// <summary>Bumps store_version once for the unit's documents and commits.</summary>
    private async Task CommitUnitAsync(IngestUnit unit, CancellationToken ct)
    {
        // Last, so that on PostgreSQL concurrent ingests only queue on this row for the moment of their commit.
        var written = Convert.ToInt64(await ScalarAsync("UPDATE store_version SET version = version + 1 WHERE id = 1 RETURNING version", unit.Tx).ConfigureAwait(false),
            CultureInfo.InvariantCulture);
        if (BeforeCommit is { } beforeCommit) await beforeCommit().ConfigureAwait(false);
        await unit.Tx.CommitAsync(ct).ConfigureAwait(false);
        _lastWritten = written;
        // Anything but the next version means another writer committed since the version was read: its people may be
        // missing from the index.
        if (unit.People is { } people)
        {
            if (written == unit.Version + 1) people.Version = written;
            else ForgetPeopleOf(unit);
        }
    }

    /// <summary>Drops the people index a unit fed: what it took from the unit's documents is not (or may not be) stored.</summary>
    private void ForgetPeopleOf(IngestUnit unit)
    {
        if (unit.People is null) return;
        if (ReferenceEquals(_people, unit.People)) _people = null;
        unit.People = null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Guard(async () =>
        {
            var p = new DynamicParameters();
            var rows = (await _connection.QueryAsync<EventRow>(EventsSql(query, p), p, ReadTx).ConfigureAwait(false)).ToList();
            return (IReadOnlyList<StoredEvent>)await ToStoredAsync(rows, ReadTx).ConfigureAwait(false);
        });
    }

    /// <summary>The plan the database chooses for <see cref="QueryEventsAsync"/> (EXPLAIN QUERY PLAN, or EXPLAIN), one
    /// line per step: lets tests and benchmarks check that a page is read in index order.</summary>
    internal Task<string> ExplainEventsAsync(EventQuery query) => Guard(async () =>
    {
        var p = new DynamicParameters();
        var sql = EventsSql(query, p);
        if (_provider.Dialect == "sqlite")
            return string.Join("\n", (await _connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, p, ReadTx).ConfigureAwait(false)).Select(r => r.Detail));
        return string.Join("\n", await _connection.QueryAsync<string>("EXPLAIN " + sql, p, ReadTx).ConfigureAwait(false));
    });

    /// <summary>The SQL of a list of events, adding its parameters.</summary>
    private string EventsSql(EventQuery query, DynamicParameters p)
    {
        var dir = query.Descending ? " DESC" : "";
        // The same expressions as the ix_events_order indexes, so that they serve the sort.
        string OrderBy(string t, string id = "id") => $" ORDER BY CASE WHEN {t}.date_lo IS NULL THEN 1 ELSE 0 END, {t}.date_lo{dir}, {t}.seq{dir}, {t}.{id}{dir}";
        var sql = new StringBuilder();
        var paged = query.Limit is not null || query.Offset > 0;
        // A country's or a pair's page walks that country's rows in event order (ix_event_countries_order, migration 9)
        // and stops at the page's end, instead of sorting every event of the country.
        var driver = !paged ? null
            : query.Country is { } c && query.Partner is { } partner && !string.Equals(c, partner, StringComparison.OrdinalIgnoreCase) ? "event_pairs"
            : (query.Country ?? query.Partner) is not null ? "event_countries" : null;
        // A page is found first by id alone, through indexes that hold the sort keys, and only its rows are read
        // (a country's page, or page 1,000, no longer reads every row it skips or sorts).
        if (driver is not null)
        {
            // The events' rows are joined only for a condition on them: the rejected ones are hidden by the country row's id.
            var where = HideRejected(Where(query, p, driver: driver)).Replace("e.id NOT IN (SELECT rj.event_id", "k.event_id NOT IN (SELECT rj.event_id", StringComparison.Ordinal);
            sql.Append($"SELECT k.event_id FROM {driver} k").Append(where.Contains(" e.", StringComparison.Ordinal) || where.Contains("(e.", StringComparison.Ordinal) ? " JOIN events e ON e.id = k.event_id" : "");
            sql.Append(where).Append(OrderBy("k", "event_id"));
        }
        else
        {
            sql.Append(paged ? "SELECT e.id FROM events e" : "SELECT e.id, e.data, e.conflicts, e.date_inferred, e.date_reason, e.series_key FROM events e");
            sql.Append(HideRejected(Where(query, p))).Append(OrderBy("e"));
        }
        if (query.Limit is int limit) sql.Append(CultureInfo.InvariantCulture, $" LIMIT {limit}");
        if (query.Offset > 0) sql.Append(CultureInfo.InvariantCulture, $"{(query.Limit is null ? " LIMIT 2147483647" : "")} OFFSET {query.Offset}");
        if (paged)
        {
            sql.Insert(0, "SELECT o.id, o.data, o.conflicts, o.date_inferred, o.date_reason, o.series_key FROM events o WHERE o.id IN (");
            sql.Append(')').Append(OrderBy("o"));
        }
        return sql.ToString();
    }

    /// <inheritdoc />
    public Task<long> CountEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Guard(async () =>
        {
            var p = new DynamicParameters();
            var where = HideRejected(Where(query, p));
            // The key is the SQL and its values; the cache holds while no document has been stored since.
            var key = where + "\n" + string.Join("\n", p.ParameterNames.Select(n => n + "=" + p.Get<object?>(n)));
            var version = await StoreVersionAsync().ConfigureAwait(false);
            if (version != _countVersion)
            {
                _counts.Clear();
                _countVersion = version;
            }
            if (_counts.TryGetValue(key, out var known)) return known;
            var count = await _connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events e" + where, p, ReadTx).ConfigureAwait(false);
            // A document stored while counting may or may not be in the count: keep it only when nothing changed meanwhile.
            if (await StoreVersionAsync().ConfigureAwait(false) == version)
            {
                if (_counts.Count >= CountCacheSize) _counts.Clear();
                _counts[key] = count;
            }
            return count;
        });
    }

    private Task<long> StoreVersionAsync() => _connection.ExecuteScalarAsync<long>("SELECT version FROM store_version WHERE id = 1", transaction: ReadTx);

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentRecord>> SearchDocumentsAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Guard(async () =>
        {
            var rows = await _connection.QueryAsync<DocumentRow>(
                "SELECT id, content_hash, url, text, published, language FROM documents WHERE lower(text) LIKE @q ESCAPE '\\' ORDER BY seq LIMIT @limit",
                new { q = $"%{Like(text.ToLowerInvariant())}%", limit }, ReadTx).ConfigureAwait(false);
            return (IReadOnlyList<DocumentRecord>)rows.Select(ToDocument).ToList();
        });
    }

    /// <summary>Text searched for as itself inside a <c>LIKE … ESCAPE '\'</c> pattern: <c>%</c> and <c>_</c> are not wildcards.</summary>
    internal static string Like(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>The <c> WHERE …</c> clause of a query (empty when it has no filter), adding its parameters. With
    /// <paramref name="perEvent"/>, countries are checked event by event (a search tests the events of its matches, a few).
    /// <paramref name="driver"/> names a country or pair row (alias k) that the caller joins and orders by: its country
    /// condition is then written on k.</summary>
    private string Where(EventQuery query, DynamicParameters p, bool perEvent = false, string? driver = null)
    {
        var where = new List<string>();
        // Countries as IN (subquery) rather than EXISTS: the planner starts from the country index instead of scanning
        // every event (a timeline on a million events: 25 ms instead of 1.4 s on SQLite).
        if (query.Country is { } c && query.Partner is { } partner && !string.Equals(c, partner, StringComparison.OrdinalIgnoreCase))
        {
            where.Add(driver == "event_pairs" ? "k.pair_key = @pair"
                : perEvent ? "EXISTS (SELECT 1 FROM event_pairs pr WHERE pr.pair_key = @pair AND pr.event_id = e.id)"
                : "e.id IN (SELECT pr.event_id FROM event_pairs pr WHERE pr.pair_key = @pair)");
            p.Add("pair", PairKey(c.ToUpperInvariant(), partner.ToUpperInvariant()));
        }
        else if ((query.Country ?? query.Partner) is { } one)
        {
            where.Add(driver == "event_countries" ? "k.country = @country"
                : perEvent ? "EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.id AND x.country = @country)"
                : "e.id IN (SELECT x.event_id FROM event_countries x WHERE x.country = @country)");
            p.Add("country", one.ToUpperInvariant());
        }
        if (query.Type is { } type)
        {
            where.Add("e.type = @type");
            p.Add("type", type);
        }
        if (query.Area is { } area)
        {
            where.Add("e.id IN (SELECT ea.event_id FROM event_areas ea WHERE ea.area = @area)");
            p.Add("area", area);
        }
        if (query.Mechanism is { } mech)
        {
            // The series key itself (the mechanism pages' links), or every folded word starting a word of the name or key
            // (FilterWords): one index range of event_words per word. Text with no letter or digit names a key only.
            var words = FilterWords.Of(mech);
            var byWords = string.Join(" AND ", words.Select((w, k) =>
                $"e.id IN (SELECT mw.event_id FROM event_words mw WHERE {WordPrefix("mw.word", $"mw{k}", w, p)})"));
            where.Add(words.Length == 0 ? "e.series_key = @mechKey" : $"(e.series_key = @mechKey OR ({byWords}))");
            p.Add("mechKey", mech);
        }
        if (query.WithMechanism) where.Add("e.mechanism_name IS NOT NULL");
        if (query.Person is { } person)
        {
            // People whose name has a word starting with each word given, through person_tokens.
            var words = FilterWords.Of(person);
            where.Add(words.Length == 0 ? "1 = 0"
                : "e.id IN (SELECT ep.event_id FROM event_people ep WHERE " + string.Join(" AND ", words.Select((w, k) =>
                    $"ep.person_id IN (SELECT pt.person_id FROM person_tokens pt WHERE {WordPrefix("pt.token", $"pw{k}", w, p)})")) + ")");
        }
        if (PartialDates.Bound(query.From, upper: false) is { } from)
        {
            where.Add("e.date_hi >= @from");
            p.Add("from", from);
        }
        if (PartialDates.Bound(query.To, upper: true) is { } to)
        {
            where.Add("e.date_lo <= @to");
            p.Add("to", to);
        }
        if (query.Text is { } text)
        {
            // The full-text index: events supported by a dispatch with every word (search syntax, accents folded).
            var clauses = SearchText.Parse(text);
            if (clauses.Count == 0)
            {
                // Nothing to look up in the index (no letter or digit): the text as it is.
                where.Add("EXISTS (SELECT 1 FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = e.id AND lower(d.text) LIKE @text ESCAPE '\\')");
                p.Add("text", $"%{Like(text.ToLowerInvariant())}%");
            }
            else if (_provider.Dialect == "sqlite")
            {
                where.Add("e.id IN (SELECT ts.event_id FROM event_sources ts JOIN documents td ON td.id = ts.document_id WHERE td.seq IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @textQuery))");
                p.Add("textQuery", SearchText.ToFts5(clauses));
            }
            else
            {
                where.Add("e.id IN (SELECT ts.event_id FROM event_sources ts WHERE ts.document_id IN (SELECT sd.document_id FROM search_documents sd WHERE sd.tsv @@ (" + TsQuery(clauses, p, "tq") + ")))");
            }
        }
        return where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "";
    }

    /// <summary>A condition that <paramref name="column"/> starts with <paramref name="word"/>, as one range of its index:
    /// compared in code-point order (the "C" collation on PostgreSQL, SQLite's BINARY), which the indexes use.</summary>
    private string WordPrefix(string column, string name, string word, DynamicParameters p)
    {
        p.Add(name, word);
        p.Add(name + "End", word + "\uFFFF");
        var c = _provider.Dialect == "postgres" ? $"({column} COLLATE \"C\")" : column;
        return $"{c} >= @{name} AND {c} < @{name}End";
    }

    /// <inheritdoc />
    public Task<StoredEvent?> GetEventAsync(string id, CancellationToken cancellationToken = default) => Guard(async () =>
    {
        var rows = (await _connection.QueryAsync<EventRow>(
            "SELECT id, data, conflicts, date_inferred, date_reason, series_key FROM events WHERE id = @id", new { id }, ReadTx).ConfigureAwait(false)).ToList();
        return (await ToStoredAsync(rows, ReadTx).ConfigureAwait(false)).FirstOrDefault();
    });

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceReport>> GetSourcesAsync(string eventId, CancellationToken cancellationToken = default) =>
        Guard(() => ReportsAsync(eventId, ReadTx));

    /// <inheritdoc />
    public Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken cancellationToken = default) => Guard(async () =>
    {
        var row = await _connection.QuerySingleOrDefaultAsync<DocumentRow>(
            "SELECT id, content_hash, url, text, published, language FROM documents WHERE id = @id", new { id }, ReadTx).ConfigureAwait(false);
        return row is null ? null : ToDocument(row);
    });

    private static DocumentRecord ToDocument(DocumentRow row) => new(row.Id, row.ContentHash, row.Url, row.Text,
        row.Published is null ? null : DateOnly.ParseExact(row.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture), row.Language);

    /// <inheritdoc />
    public Task<IReadOnlyList<PersonRecord>> FindPeopleAsync(string? name, CancellationToken cancellationToken = default) => Guard(async () =>
    {
        // A name with no letter or digit (such as "_") folds to nothing and names nobody.
        if (name is not null && TextKey.Fold(name).Length == 0) return (IReadOnlyList<PersonRecord>)[];
        var people = name is null
            ? await _connection.QueryAsync<PersonRow>("SELECT id, name, country FROM people ORDER BY name, id", transaction: ReadTx).ConfigureAwait(false)
            : await _connection.QueryAsync<PersonRow>(
                "SELECT id, name, country FROM people p WHERE EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id AND n.name_fold LIKE @q ESCAPE '\\') ORDER BY name, id",
                new { q = $"%{Like(TextKey.Fold(name))}%" }, ReadTx).ConfigureAwait(false);
        var result = new List<PersonRecord>();
        foreach (var p in people)
        {
            var aliases = await _connection.QueryAsync<string>("SELECT name FROM person_names WHERE person_id = @id ORDER BY name", new { id = p.Id }, ReadTx).ConfigureAwait(false);
            var offices = await _connection.QueryAsync<OfficeRow>(
                "SELECT title, country, first_seen, last_seen FROM person_offices WHERE person_id = @id ORDER BY first_seen, title", new { id = p.Id }, ReadTx).ConfigureAwait(false);
            var events = await _connection.QueryAsync<string>("SELECT event_id FROM event_people WHERE person_id = @id ORDER BY event_id", new { id = p.Id }, ReadTx).ConfigureAwait(false);
            result.Add(new PersonRecord(p.Id, p.Name, p.Country, aliases.ToList(),
                offices.Select(o => new OfficeRecord(o.Title, o.Country, o.FirstSeen, o.LastSeen)).ToList(), events.ToList()));
        }
        return (IReadOnlyList<PersonRecord>)result;
    });

    /// <inheritdoc />
    public Task<(long Documents, long Events)> CountAsync(CancellationToken cancellationToken = default) => Guard(async () =>
        (await _connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM documents", transaction: ReadTx).ConfigureAwait(false),
         await _connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events", transaction: ReadTx).ConfigureAwait(false)));

    private async Task MigrateAsync(CancellationToken ct)
    {
        await _connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)").ConfigureAwait(false);
        // An up-to-date schema is seen without a write transaction: opening does not wait for another writer's lock.
        if (await _connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version").ConfigureAwait(false) == Migrations.Latest) return;
        foreach (var (version, statements) in Migrations.All)
        {
            await using var tx = await _connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await _provider.LockForMigrationAsync(_connection, tx).ConfigureAwait(false);
            var current = await _connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: tx).ConfigureAwait(false);
            if (current > Migrations.Latest)
                throw new StoreException($"{Description} has schema version {current}, newer than this Attaché knows ({Migrations.Latest}): update Attaché.");
            if (current >= version)
            {
                await tx.RollbackAsync(ct).ConfigureAwait(false);
                continue;
            }
            foreach (var sql in statements)
                if (Migrations.AppliesTo(sql, _provider.Dialect)) await _connection.ExecuteAsync(sql, transaction: tx).ConfigureAwait(false);
            if (version == Migrations.SearchIndex) await BackfillSearchAsync(tx, ct).ConfigureAwait(false);
            if (version == Migrations.FilterIndex) await BackfillFiltersAsync(tx, ct).ConfigureAwait(false);
            await _connection.ExecuteAsync("INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                new { version, at = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) }, tx).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task<bool> ExistsAsync(string hash, string? url, DbTransaction? tx) =>
        await _connection.ExecuteScalarAsync<int>(
            url is null ? "SELECT COUNT(*) FROM documents WHERE content_hash = @hash" : "SELECT COUNT(*) FROM documents WHERE content_hash = @hash OR url = @url",
            new { hash, url }, tx).ConfigureAwait(false) > 0;

    /// <summary>The people index for a transaction that read <paramref name="version"/>, loaded if it is worth it, or null
    /// to query people instead.</summary>
    private async Task<PeopleIndex?> PeopleIndexAsync(long version, DbTransaction tx, bool eager)
    {
        if (_people is { } index && index.Version == version) return index;
        _people = null;
        _quietIngests = version == _lastWritten ? _quietIngests + 1 : 0;
        if (_quietIngests < PeopleLoadAfter && !(eager && (_quietIngests > 0 || _lastWritten < 0))) return null;
        _quietIngests = 0;
        if (Convert.ToInt64(await ScalarAsync("SELECT COUNT(*) FROM person_names", tx).ConfigureAwait(false), CultureInfo.InvariantCulture) > PeopleIndexMaxNames)
            return null;
        index = new PeopleIndex(version);
        foreach (var (id, name, count, country) in await RowsAsync("SELECT id, name, token_count, country FROM people", tx,
            r => (r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), Text(r, 3))).ConfigureAwait(false))
            index.AddPerson(id, name, count, country);
        foreach (var (id, name, key, concat) in await RowsAsync("SELECT person_id, name, name_key, concat_key FROM person_names", tx,
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3))).ConfigureAwait(false))
            index.AddName(id, name, key, concat);
        foreach (var (token, id) in await RowsAsync("SELECT token, person_id FROM person_tokens", tx, r => (r.GetString(0), r.GetString(1))).ConfigureAwait(false))
            index.AddToken(token, id);
        return _people = index;
    }

    private async Task<IngestOutcome> StoreEventsAsync(DocumentRecord document, IReadOnlyList<Event> events, long eventSeq, long sourceSeq, DbTransaction tx,
        PeopleIndex? people)
    {
        if (events.Count == 0) return new IngestOutcome(true, 0, 0);
        await LockEventKeysAsync(events, tx).ConfigureAwait(false);
        // Candidates: stored events of the same type family and country set.
        var candidates = new List<(string Id, Event Event)>();
        // Reports with a year only look at events of the neighbouring years (or of unknown year), and at the same numbered
        // session of their series whatever its date (sources disagree on dates, not on which session it was).
        foreach (var group in events.Select(e => (Family: EventMatcher.Family(e.Type), Key: MechanismNames.CountryKey(e.Countries), e.Date?.Year,
            Series: e.Mechanism?.Edition is null ? null : MechanismNames.SeriesKey(e), e.Mechanism?.Edition)).Distinct())
        {
            var session = group.Series is not null ? " OR (series_key = @Series AND edition = @Edition)" : "";
            var window = group.Year is not null ? " AND (date_lo IS NULL OR (date_hi >= @Lo AND date_lo <= @Hi)" + session + ")" : "";
            var args = new List<(string, object?)> { ("Family", group.Family), ("Key", group.Key) };
            if (group.Year is not null) args.AddRange([("Lo", $"{group.Year - 1:D4}-01-01"), ("Hi", $"{group.Year + 1:D4}-12-31")]);
            if (group.Series is not null) args.AddRange([("Series", group.Series), ("Edition", group.Edition)]);
            var rows = await RowsAsync("SELECT id, data FROM events WHERE family = @Family AND country_key = @Key" + window + " ORDER BY seq, id",
                tx, r => (Id: r.GetString(0), Data: r.GetString(1)), [.. args]).ConfigureAwait(false);
            foreach (var r in rows)
                if (!candidates.Exists(c => c.Id == r.Id)) candidates.Add((r.Id, Parse(r.Id, r.Data)));
        }
        // Undated reports are placed in time by their dispatch's publication (see ReportWindow): this document's, and for an
        // undated candidate the earliest of its sources'.
        var published = ReportWindow.Publication(document.Published, document.Url);
        var candidatesPublished = new List<DateWindow?>();
        foreach (var (id, e) in candidates)
        {
            DateWindow? earliest = null;
            if (e.Date is null)
                foreach (var (url, day) in await RowsAsync(
                    "SELECT d.url, d.published FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = @id", tx,
                    r => (Url: Text(r, 0), Published: Text(r, 1)), ("id", id)).ConfigureAwait(false))
                {
                    var w = ReportWindow.Publication(day is null ? null : DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), url);
                    if (w is { } x && (earliest is not { } y || x.Last < y.Last)) earliest = x;
                }
            candidatesPublished.Add(earliest);
        }
        var assigned = EventMatcher.Assign(EventMatcher.WithDocumentCast(events), candidates.Select(c => c.Event).ToList(), published, candidatesPublished);
        // Reviews may send a report elsewhere (a merge, a split, a subject's event); see SqlEventStore.Reviews.cs.
        var targets = await ReviewTargetsAsync(document, events, assigned.Select(a => a >= 0 ? candidates[a].Id : null).ToArray(), tx).ConfigureAwait(false);
        var newCount = 0;
        var touched = new List<(string Id, bool IsNew, List<SourceReport> Reports)>();
        for (var i = 0; i < events.Count; i++)
        {
            var report = new SourceReport(document.Id, i, events[i]);
            if (touched.FindIndex(t => t.Id == targets[i]) is var k and >= 0)
            {
                touched[k].Reports.Add(report);
                continue;
            }
            if (targets[i] is { } id)
            {
                var reports = (await ReportsAsync(id, tx).ConfigureAwait(false)).ToList();
                reports.Add(report);
                touched.Add((id, false, reports));
            }
            else
            {
                newCount++;
                touched.Add(($"ev-{TextKey.ShortHash($"{document.ContentHash}:{i}")}", true, [report]));
            }
        }
        var maxYear = document.Published?.Year ?? _clock.GetUtcNow().Year;
        // People of this document's undated-year reports help to date each other (they describe one visit).
        var context = events.Where(e => e.Status == EventStatus.Reported && e.Date?.Year is null).SelectMany(e => e.Participants).ToList();
        for (var i = 0; i < touched.Count; i++)
        {
            var (id, isNew, reports) = touched[i];
            var (agreed, conflicts) = EventConsensus.Build(reports);
            var inferred = DateInference.Infer(agreed.Date, agreed.Participants, maxYear)
                ?? DateInference.Infer(agreed.Date, [.. agreed.Participants, .. context], maxYear);
            if (inferred is not null) agreed = agreed with { Date = inferred.Date };
            var (corrected, review) = await OverlayAsync(id, reports, agreed, tx, (document.Id, events)).ConfigureAwait(false);
            if (inferred is not null && !Equals(corrected.Date, agreed.Date)) inferred = null;
            agreed = corrected;
            await UpsertEventAsync(id, agreed, conflicts, inferred, reports.Count, eventSeq + i, tx, isNew).ConfigureAwait(false);
            if (!_rebuilding && review != Rejected) await AnnounceAsync(id, isNew, agreed, reports.Count, document, tx).ConfigureAwait(false);
            if (isNew && agreed.Countries.Distinct().ToArray() is { Length: > 0 } countries)
            {
                // With the event's sort keys, so that a country's or a pair's page is read in order (migration 9).
                var args = new List<(string, object?)> { ("id", id), ("lo", PartialDates.Lower(agreed.Date)), ("seq", eventSeq + i) };
                var values = string.Join(", ", countries.Select((c, k) =>
                {
                    args.Add(($"c{k}", c));
                    return $"(@id, @c{k}, @lo, @seq)";
                }));
                var pairs = countries.SelectMany((a, k) => countries.Skip(k + 1).Select(b => PairKey(a, b))).ToArray();
                var pairValues = string.Join(", ", pairs.Select((pk, k) =>
                {
                    args.Add(($"p{k}", pk));
                    return $"(@p{k}, @id, @lo, @seq)";
                }));
                await ExecAsync(
                    $"INSERT INTO event_countries (event_id, country, date_lo, seq) VALUES {values} ON CONFLICT DO NOTHING"
                    + (pairs.Length > 0 ? $"; INSERT INTO event_pairs (pair_key, event_id, date_lo, seq) VALUES {pairValues} ON CONFLICT DO NOTHING" : ""),
                    tx, [.. args]).ConfigureAwait(false);
            }
            // This document's reports (one, or more that a review joined).
            foreach (var report in reports.Where(r => r.DocumentId == document.Id))
            {
                await ExecAsync(
                    "INSERT INTO event_sources (document_id, event_index, event_id, data, seq) VALUES (@DocumentId, @EventIndex, @id, @data, @seq)",
                    tx, ("DocumentId", report.DocumentId), ("EventIndex", report.EventIndex), ("id", id), ("data", EventJsonReader.Write(report.Event)), ("seq", sourceSeq + report.EventIndex)).ConfigureAwait(false);
                var seen = report.Event.Date?.Year is not null ? report.Event.Date : agreed.Date?.Year is not null ? agreed.Date : null;
                foreach (var participant in report.Event.Participants)
                    await RecordPersonAsync(participant, id, seen, tx, people).ConfigureAwait(false);
            }
        }
        return new IngestOutcome(true, newCount, events.Count - newCount);
    }

    /// <summary>The class of the advisory locks on event keys (the two-number form, apart from the migration lock's one number).</summary>
    internal const int EventKeyLockClass = 726180;

    /// <summary>PostgreSQL: holds, until the transaction ends, a lock on each blocking key (type family and country set) of
    /// the document's events, taken in key order before the candidates are read.</summary>
    /// <remarks>Two writers storing reports of one occurrence would otherwise both find no stored event (neither sees the
    /// other's uncommitted one) and create two. With the lock the second waits for the first to commit, then reads its event
    /// as a candidate (READ COMMITTED reads each statement's latest commits) and merges into it. Keys in order: two documents
    /// that share several keys cannot deadlock on them. SQLite has one writer at a time and needs none.</remarks>
    private async Task LockEventKeysAsync(IReadOnlyList<Event> events, DbTransaction tx)
    {
        if (_provider.Dialect != "postgres") return;
        var keys = events.Select(e => EventKeyLock(EventMatcher.Family(e.Type), MechanismNames.CountryKey(e.Countries))).Distinct().Order().ToArray();
        var sql = string.Join("; ", keys.Select((_, k) => $"SELECT pg_advisory_xact_lock({EventKeyLockClass}, @k{k})"));
        await RowsAsync(sql, tx, _ => 0, [.. keys.Select((key, k) => ($"k{k}", (object?)key))]).ConfigureAwait(false);
    }

    /// <summary>The lock number of a blocking key: FNV-1a of its text, the same in every process (string hashes are not).</summary>
    internal static int EventKeyLock(string family, string countryKey)
    {
        var hash = 2166136261u;
        foreach (var c in family + "|" + countryKey)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return unchecked((int)hash);
    }

    /// <summary>Parses a stored event's JSON, reusing the last parse of the same id when its JSON has not changed.</summary>
    /// <remarks>The JSON read is compared, so a change written by another process is never missed.</remarks>
    private static Event Parse(string id, string data)
    {
        lock (ParsedLock)
            if (Parsed.TryGetValue(id, out var known) && string.Equals(known.Data, data, StringComparison.Ordinal)) return known.Event;
        var e = EventJsonReader.Read(data);
        lock (ParsedLock)
        {
            if (Parsed.Count >= ParseCacheSize) Parsed.Clear();
            Parsed[id] = (data, e);
        }
        return e;
    }

    /// <remarks>Also writes what the filters read (areas, mechanism words, the sort keys of the event's country rows);
    /// <paramref name="isNew"/> says that none of it exists yet.</remarks>
    private async Task UpsertEventAsync(string id, Event e, IReadOnlyList<FieldConflict> conflicts, DateInferenceResult? inferred, int sources, long seq, DbTransaction tx,
        bool isNew = false)
    {
        var seriesKey = MechanismNames.SeriesKey(e);
        if (seriesKey is not null)
        {
            var (concept, display) = MechanismNames.Concept(e.Mechanism!.Name);
            await ExecAsync(
                "INSERT INTO mechanisms (series_key, concept, name, country_key) VALUES (@seriesKey, @concept, @display, @key) ON CONFLICT DO NOTHING",
                tx, ("seriesKey", seriesKey), ("concept", concept), ("display", display), ("key", MechanismNames.CountryKey(e.Countries))).ConfigureAwait(false);
        }
        await ExecAsync(
            """
            INSERT INTO events (id, type, family, status, date, date_lo, date_hi, date_inferred, date_reason, city, location_country, country_key,
                mechanism_name, mechanism_fold, series_key, edition, areas, data, conflicts, source_count, seq)
            VALUES (@id, @type, @family, @status, @date, @lo, @hi, @inf, @reason, @city, @lcountry, @key, @mname, @mfold, @seriesKey, @edition, @areas, @data, @conflicts, @sources, @seq)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, family = excluded.family, status = excluded.status, date = excluded.date,
                date_lo = excluded.date_lo, date_hi = excluded.date_hi, date_inferred = excluded.date_inferred, date_reason = excluded.date_reason,
                city = excluded.city, location_country = excluded.location_country, mechanism_name = excluded.mechanism_name,
                mechanism_fold = excluded.mechanism_fold, series_key = excluded.series_key, edition = excluded.edition, areas = excluded.areas,
                data = excluded.data, conflicts = excluded.conflicts, source_count = excluded.source_count
            """,
            tx,
            ("id", id),
            ("type", EventJson.Name(e.Type)),
            ("family", EventMatcher.Family(e.Type)),
            ("status", EventJson.Name(e.Status)),
            ("date", e.Date?.ToString()),
            ("lo", PartialDates.Lower(e.Date)),
            ("hi", PartialDates.Upper(e.Date)),
            ("inf", inferred is null ? 0 : 1),
            ("reason", inferred?.Reason),
            ("city", e.Location?.City),
            ("lcountry", e.Location?.Country),
            ("key", MechanismNames.CountryKey(e.Countries)),
            ("mname", e.Mechanism?.Name),
            ("mfold", e.Mechanism is null ? null : TextKey.Fold(e.Mechanism.Name)),
            ("seriesKey", seriesKey),
            ("edition", (object?)e.Mechanism?.Edition ?? NullInteger),
            ("areas", "|" + string.Join('|', e.Areas.Select(EventJson.Name)) + "|"),
            ("data", EventJsonReader.Write(e)),
            ("conflicts", JsonSerializer.Serialize(conflicts)),
            ("sources", sources),
            ("seq", seq)).ConfigureAwait(false);
        await WriteFilterRowsAsync(id, e, seriesKey, tx, isNew).ConfigureAwait(false);
    }

    /// <summary>The rows the event filters read for one event: its areas, its mechanism's words, and (for an event already
    /// stored, whose date may have changed) its country and pair rows' date. One command.</summary>
    private async Task WriteFilterRowsAsync(string id, Event e, string? seriesKey, DbTransaction tx, bool isNew)
    {
        var sql = new StringBuilder();
        var args = new List<(string, object?)> { ("id", id) };
        if (!isNew)
        {
            sql.Append("DELETE FROM event_areas WHERE event_id = @id; DELETE FROM event_words WHERE event_id = @id; ");
            sql.Append("UPDATE event_countries SET date_lo = @lo WHERE event_id = @id; UPDATE event_pairs SET date_lo = @lo WHERE event_id = @id; ");
            args.Add(("lo", PartialDates.Lower(e.Date)));
        }
        var areas = e.Areas.Select(EventJson.Name).Distinct(StringComparer.Ordinal).ToArray();
        if (areas.Length > 0)
        {
            sql.Append("INSERT INTO event_areas (area, event_id) VALUES ")
                .AppendJoin(", ", areas.Select((a, k) => string.Create(CultureInfo.InvariantCulture, $"(@a{k}, @id)"))).Append(" ON CONFLICT DO NOTHING; ");
            args.AddRange(areas.Select((a, k) => (string.Create(CultureInfo.InvariantCulture, $"a{k}"), (object?)a)));
        }
        var words = e.Mechanism is null ? [] : FilterWords.OfMechanism(e.Mechanism.Name, seriesKey);
        if (words.Length > 0)
        {
            sql.Append("INSERT INTO event_words (word, event_id) VALUES ")
                .AppendJoin(", ", words.Select((w, k) => string.Create(CultureInfo.InvariantCulture, $"(@w{k}, @id)"))).Append(" ON CONFLICT DO NOTHING; ");
            args.AddRange(words.Select((w, k) => (string.Create(CultureInfo.InvariantCulture, $"w{k}"), (object?)w)));
        }
        if (sql.Length > 0) await ExecAsync(sql.ToString().TrimEnd(' ', ';'), tx, [.. args]).ConfigureAwait(false);
    }

    /// <summary>Fills the filter tables of migration <see cref="Migrations.FilterIndex"/> for the events already stored, in
    /// pages by id.</summary>
    private async Task BackfillFiltersAsync(DbTransaction tx, CancellationToken ct)
    {
        var after = "";
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var rows = (await _connection.QueryAsync<(string Id, string Data, string? SeriesKey)>(
                "SELECT id, data, series_key FROM events WHERE id > @after ORDER BY id LIMIT 1000", new { after }, tx).ConfigureAwait(false)).ToList();
            if (rows.Count == 0) return;
            foreach (var r in rows)
            {
                var e = EventJsonReader.Read(r.Data);
                if (e.Areas.Count > 0 || e.Mechanism is not null) await WriteFilterRowsAsync(r.Id, e, r.SeriesKey, tx, isNew: true).ConfigureAwait(false);
            }
            after = rows[^1].Id;
        }
    }

    private async Task RecordPersonAsync(Participant participant, string eventId, PartialDate? seen, DbTransaction tx, PeopleIndex? people)
    {
        var name = PersonNames.Clean(participant.Name);
        var all = PersonNames.Tokens(name);
        var tokens = all.Distinct(StringComparer.Ordinal).ToArray();
        if (tokens.Length == 0) return;
        var key = string.Join(' ', all.Order(StringComparer.Ordinal)); // PersonNames.Key(name)
        var concat = string.Concat(all);
        // Fast path: a form already seen (any word order, syllables apart or together).
        var exact = (people?.Exact(key, concat, name) ?? await RowsAsync(
            "SELECT p.id, p.name, p.country, MAX(CASE WHEN n.name = @name THEN 1 ELSE 0 END) AS known FROM people p JOIN person_names n ON n.person_id = p.id WHERE n.name_key = @key OR n.concat_key = @concat GROUP BY p.id, p.name, p.country ORDER BY p.id",
            tx, ReadPerson, ("key", key), ("concat", concat), ("name", name)).ConfigureAwait(false))
            .Where(c => c.Country is null || participant.Country is null || c.Country == participant.Country)
            .ToList();
        PersonMatch? person = exact.Count == 0 ? null : exact.OrderByDescending(c => c.Country == participant.Country).First();
        if (person is null)
        {
            // Otherwise people sharing two words with the mention, or named by one of its words alone ("Giang"),
            // or, for a one-word mention, everyone with that word; kept only when exactly one fits.
            var args = new List<(string, object?)> { ("need", Math.Min(2, tokens.Length)) };
            if (participant.Country is not null) args.Add(("country", participant.Country));
            var inList = "(" + string.Join(", ", tokens.Select((t, k) =>
            {
                args.Add(($"t{k}", t));
                return $"@t{k}";
            })) + ")";
            var candidates = (people?.SharingWords(tokens, Math.Min(2, tokens.Length), participant.Country) ?? await RowsAsync(
                $"""
                SELECT p.id, p.name, p.country, 0 FROM people p JOIN person_tokens t ON t.person_id = p.id
                WHERE t.token IN {inList}{(participant.Country is null ? "" : " AND (p.country IS NULL OR p.country = @country)")}
                GROUP BY p.id, p.name, p.country, p.token_count
                HAVING COUNT(*) >= @need OR p.token_count = 1
                ORDER BY p.id
                """,
                tx, ReadPerson, [.. args]).ConfigureAwait(false))
                .Where(c => c.Country is null || participant.Country is null || c.Country == participant.Country)
                .Where(c => PersonNames.Match(all, c.Tokens ?? PersonNames.Tokens(c.Name)) > 0)
                .ToList();
            if (candidates.Count == 1) person = candidates[0];
        }
        string id;
        if (person is null)
        {
            id = $"p-{TextKey.ShortHash(key + "|" + participant.Country)}";
            await ExecAsync("INSERT INTO people (id, name, token_count, country) VALUES (@id, @name, @count, @country) ON CONFLICT DO NOTHING",
                tx, ("id", id), ("name", name), ("count", tokens.Length), ("country", participant.Country)).ConfigureAwait(false);
            people?.AddPerson(id, name, tokens.Length, participant.Country);
        }
        else
        {
            var found = person.Value;
            id = found.Id;
            var foundTokens = found.Tokens ?? PersonNames.Tokens(found.Name);
            if (tokens.Length > foundTokens.Length || (found.Country is null && participant.Country is not null))
            {
                var fuller = tokens.Length > foundTokens.Length;
                var (newName, newCount) = fuller ? (name, tokens.Length) : (found.Name, foundTokens.Distinct().Count());
                await ExecAsync("UPDATE people SET name = @name, token_count = @count, country = COALESCE(country, @country) WHERE id = @id",
                    tx, ("id", id), ("name", newName), ("count", newCount), ("country", participant.Country)).ConfigureAwait(false);
                people?.UpdatePerson(id, newName, newCount, participant.Country);
            }
        }
        // A form this person already has brought its tokens with it: nothing to add.
        if (person is not { Known: true })
        {
            var args = new List<(string, object?)> { ("id", id), ("name", name), ("fold", TextKey.Fold(name)), ("key", key), ("concat", concat) };
            var values = string.Join(", ", tokens.Select((t, k) =>
            {
                args.Add(($"t{k}", t));
                return $"(@t{k}, @id)";
            }));
            await ExecAsync(
                $"""
                INSERT INTO person_names (person_id, name, name_fold, name_key, concat_key) VALUES (@id, @name, @fold, @key, @concat) ON CONFLICT DO NOTHING;
                INSERT INTO person_tokens (token, person_id) VALUES {values} ON CONFLICT DO NOTHING
                """,
                tx, [.. args]).ConfigureAwait(false);
            if (people is not null)
            {
                people.AddName(id, name, key, concat);
                foreach (var t in tokens) people.AddToken(t, id);
            }
        }
        await ExecAsync("INSERT INTO event_people (event_id, person_id) VALUES (@eventId, @id) ON CONFLICT DO NOTHING", tx, ("eventId", eventId), ("id", id)).ConfigureAwait(false);
        if (participant.Title is { } title && TextKey.Fold(title) is { Length: > 0 } titleKey)
        {
            var date = seen?.ToString();
            await ExecAsync(
                """
                INSERT INTO person_offices (person_id, title_key, title, country, first_seen, last_seen) VALUES (@id, @titleKey, @title, @country, @date, @date)
                ON CONFLICT (person_id, title_key) DO UPDATE SET
                    first_seen = CASE WHEN excluded.first_seen IS NOT NULL AND (person_offices.first_seen IS NULL OR excluded.first_seen < person_offices.first_seen) THEN excluded.first_seen ELSE person_offices.first_seen END,
                    last_seen = CASE WHEN excluded.last_seen IS NOT NULL AND (person_offices.last_seen IS NULL OR excluded.last_seen > person_offices.last_seen) THEN excluded.last_seen ELSE person_offices.last_seen END
                """,
                tx, ("id", id), ("titleKey", titleKey), ("title", title), ("country", participant.Country), ("date", date)).ConfigureAwait(false);
        }
    }

    private static PersonMatch ReadPerson(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Text(r, 2), Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture) > 0);

    private async Task<IReadOnlyList<SourceReport>> ReportsAsync(string eventId, DbTransaction? tx)
    {
        var rows = await RowsAsync(
            "SELECT document_id, event_index, data FROM event_sources WHERE event_id = @eventId ORDER BY seq, document_id, event_index",
            tx, r => (DocumentId: r.GetString(0), EventIndex: Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture), Data: r.GetString(2)), ("eventId", eventId)).ConfigureAwait(false);
        return rows.Select(r => new SourceReport(r.DocumentId, (int)r.EventIndex, EventJsonReader.Read(r.Data))).ToList();
    }

    private async Task<List<StoredEvent>> ToStoredAsync(List<EventRow> rows, DbTransaction? tx)
    {
        var sources = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Id).Chunk(500))
        {
            var args = new DynamicParameters();
            // Sorted here: ORDER BY seq in SQL may lead the planner to walk the seq index over every source.
            var pairs = (await _connection.QueryAsync<(string EventId, string DocumentId, long Seq, long EventIndex)>(
                $"SELECT event_id, document_id, seq, event_index FROM event_sources WHERE event_id IN {InList("e", chunk, args)}", args, tx).ConfigureAwait(false))
                .OrderBy(r => r.Seq).ThenBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.EventIndex);
            foreach (var (eventId, documentId, _, _) in pairs)
            {
                if (!sources.TryGetValue(eventId, out var list)) sources[eventId] = list = [];
                if (!list.Contains(documentId)) list.Add(documentId);
            }
        }
        return rows.Select(r =>
        {
            var e = Parse(r.Id, r.Data);
            var conflicts = r.Conflicts == "[]" ? [] : JsonSerializer.Deserialize<List<FieldConflict>>(r.Conflicts) ?? [];
            var inferred = r.DateInferred != 0 && e.Date is not null ? new DateInferenceResult(e.Date, r.DateReason ?? "") : null;
            return new StoredEvent(r.Id, e, sources.GetValueOrDefault(r.Id) ?? [], conflicts, inferred, r.SeriesKey);
        }).ToList();
    }

    /// <summary>The key of an unordered pair of countries: the two codes in ordinal order, joined by '-'.</summary>
    internal static string PairKey(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}-{b}" : $"{b}-{a}";

    /// <summary>Writes <c>(@p0, @p1, …)</c> and adds the values: Dapper would pass a list to Npgsql as one array parameter.</summary>
    private static string InList(string prefix, string[] values, DynamicParameters args)
    {
        var names = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = $"@{prefix}{i}";
            args.Add($"{prefix}{i}", values[i]);
        }
        return "(" + string.Join(", ", names) + ")";
    }

    /// <summary>The kept command for this SQL, bound to the transaction and the given parameter values.</summary>
    private DbCommand Command(string sql, DbTransaction? tx, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (_commands.TryGetValue(sql, out var command) && !SameNames(command.Parameters, args))
        {
            command.Dispose();
            _commands.Remove(sql);
            command = null;
        }
        if (command is null)
        {
            if (_commands.Count >= CommandCacheSize)
            {
                foreach (var old in _commands.Values) old.Dispose();
                _commands.Clear();
            }
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = tx;
        // The same SQL always comes with the same names in the same order: the parameter objects are kept and only their
        // values change (Npgsql keeps the objects it bound first on a reused command).
        var fresh = command.Parameters.Count == 0;
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i];
            DbParameter parameter;
            if (fresh)
            {
                parameter = command.CreateParameter();
                // As written in the SQL: Microsoft.Data.Sqlite otherwise tries each prefix on every execution.
                parameter.ParameterName = "@" + name;
                command.Parameters.Add(parameter);
            }
            else parameter = command.Parameters[i];
            parameter.DbType = value switch
            {
                int => System.Data.DbType.Int32,
                _ when ReferenceEquals(value, NullInteger) => System.Data.DbType.Int32,
                long => System.Data.DbType.Int64,
                _ => System.Data.DbType.String,
            };
            parameter.Value = value is null || ReferenceEquals(value, NullInteger) ? DBNull.Value : value;
        }
        return command;
    }

    private static bool SameNames(DbParameterCollection parameters, ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (parameters.Count == 0) return true;
        if (parameters.Count != args.Length) return false;
        for (var i = 0; i < args.Length; i++)
            if (!parameters[i].ParameterName.AsSpan(1).SequenceEqual(args[i].Name)) return false;
        return true;
    }

    private async Task ExecAsync(string sql, DbTransaction? tx, params (string Name, object? Value)[] args)
    {
        if (_deferred is { } deferred)
        {
            deferred.Add((sql, args));
            return;
        }
        await Command(sql, tx, args).ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Sends the deferred writes as one command (one round trip), each statement's parameters renamed apart.</summary>
    /// <remarks>Npgsql splits the command into its statements with positional parameters, so the server still reuses
    /// each statement's prepared plan.</remarks>
    private async Task FlushAsync(DbTransaction? tx)
    {
        if (_deferred is not { Count: > 0 } deferred) return;
        var statements = deferred.ToArray();
        // Cleared first: whatever happens next, these statements have been sent (a savepoint among them then exists).
        deferred.Clear();
        await using var command = _connection.CreateCommand();
        command.Transaction = tx;
        var sql = new StringBuilder();
        for (var k = 0; k < statements.Length; k++)
        {
            var (text, args) = statements[k];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"s{k}_");
            sql.Append(args.Length == 0 ? text : ParameterName().Replace(text, m => "@" + prefix + m.Groups[1].Value)).Append(";\n");
            foreach (var (name, value) in args)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + prefix + name;
                parameter.DbType = value switch
                {
                    int => System.Data.DbType.Int32,
                    _ when ReferenceEquals(value, NullInteger) => System.Data.DbType.Int32,
                    long => System.Data.DbType.Int64,
                    _ => System.Data.DbType.String,
                };
                parameter.Value = value is null || ReferenceEquals(value, NullInteger) ? DBNull.Value : value;
                command.Parameters.Add(parameter);
            }
        }
        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"@(\w+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ParameterName();

    private async Task<object?> ScalarAsync(string sql, DbTransaction? tx, params (string Name, object? Value)[] args)
    {
        await FlushAsync(tx).ConfigureAwait(false);
        var value = await Command(sql, tx, args).ExecuteScalarAsync().ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    /// <summary>Reads every row of a kept command with <paramref name="read"/>.</summary>
    private async Task<List<T>> RowsAsync<T>(string sql, DbTransaction? tx, Func<DbDataReader, T> read, params (string Name, object? Value)[] args)
    {
        await FlushAsync(tx).ConfigureAwait(false);
        var result = new List<T>();
        await using var reader = await Command(sql, tx, args).ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false)) result.Add(read(reader));
        return result;
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not StoreException && _provider.Translate(e) is { } clear)
        {
            throw clear;
        }
    }

    private class EventRow
    {
        public string Id { get; set; } = "";
        public string Data { get; set; } = "";
        public string Conflicts { get; set; } = "[]";
        public long DateInferred { get; set; }
        public string? DateReason { get; set; }
        public string? SeriesKey { get; set; }
    }

    private class DocumentRow
    {
        public string Id { get; set; } = "";
        public string ContentHash { get; set; } = "";
        public string? Url { get; set; }
        public string Text { get; set; } = "";
        public string? Published { get; set; }
        public string? Language { get; set; }
    }

    private sealed class PersonRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Country { get; set; }
    }

    private sealed class OfficeRow
    {
        public string Title { get; set; } = "";
        public string? Country { get; set; }
        public string? FirstSeen { get; set; }
        public string? LastSeen { get; set; }
    }
}
