using System.Globalization;
using Attache.Record;
using Attache.Serialization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Attache.Bench.Search;

/// <summary>Writes the corpus straight into the tables and the search index, as ingest would leave them, in big transactions.</summary>
internal static class BulkLoad
{
    private const string EventColumns = "id, type, family, status, date, date_lo, date_hi, date_inferred, date_reason, city, location_country, country_key, mechanism_name, mechanism_fold, series_key, edition, areas, data, conflicts, source_count, seq";

    private sealed record Row(long Seq, string DocumentId, string EventId, string Text, string[] Countries, string Data, string Type, string Date, string Title, string Body);

    private static IEnumerable<Row> Rows(int count)
    {
        var corpus = new Corpus();
        for (var i = 0; i < count; i++)
        {
            var (text, countries) = corpus.Next();
            var e = Corpus.EventOf(countries, i);
            yield return new Row(i + 1, $"doc-{i:D7}", $"ev-{i:D7}", text, countries, EventJsonReader.Write(e), EventJson.Name(e.Type), e.Date!.ToString(),
                SearchText.Fold(SearchText.Title(text)), SearchText.Fold(text));
        }
    }

    private static object?[] EventValues(Row r) =>
    [
        r.EventId, r.Type, r.Type, "reported", r.Date, r.Date, r.Date, 0L, null, null, null, string.Join('|', r.Countries), null, null, null, null, "||", r.Data, "[]", 1L, r.Seq,
    ];

    public static async Task SqliteAsync(string path, int count)
    {
        await using var conn = new SqliteConnection($"Data Source={path};Pooling=false");
        await conn.OpenAsync().ConfigureAwait(false);
        await Exec(conn, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA foreign_keys = OFF").ConfigureAwait(false);
        var at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        SqliteTransaction? tx = null;
        var n = 0;
        foreach (var r in Rows(count))
        {
            if (n++ % 50_000 == 0)
            {
                if (tx is not null) await tx.CommitAsync().ConfigureAwait(false);
                tx = conn.BeginTransaction();
            }
            await Exec(conn, tx, "INSERT INTO documents (id, content_hash, url, text, published, language, seq, ingested_at) VALUES ($0, $1, NULL, $2, NULL, 'en', $3, $4)",
                r.DocumentId, "hash-" + r.DocumentId, r.Text, r.Seq, at).ConfigureAwait(false);
            await Exec(conn, tx, $"INSERT INTO events ({EventColumns}) VALUES ({string.Join(", ", Enumerable.Range(0, 21).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)))})",
                EventValues(r)).ConfigureAwait(false);
            foreach (var c in r.Countries) await Exec(conn, tx, "INSERT INTO event_countries (event_id, country) VALUES ($0, $1)", r.EventId, c).ConfigureAwait(false);
            await Exec(conn, tx, "INSERT INTO event_pairs (pair_key, event_id) VALUES ($0, $1)", string.Join('-', r.Countries), r.EventId).ConfigureAwait(false);
            await Exec(conn, tx, "INSERT INTO event_sources (document_id, event_index, event_id, data, seq) VALUES ($0, 0, $1, $2, $3)", r.DocumentId, r.EventId, r.Data, r.Seq).ConfigureAwait(false);
            await Exec(conn, tx, "INSERT INTO search_fts (rowid, title, evidence, body) VALUES ($0, $1, '', $2)", r.Seq, r.Title, r.Body).ConfigureAwait(false);
        }
        if (tx is not null) await tx.CommitAsync().ConfigureAwait(false);
        // As a store that has been written to for a while: merged index segments, fresh statistics.
        await Exec(conn, null, "INSERT INTO search_fts (search_fts) VALUES ('optimize'); ANALYZE").ConfigureAwait(false);
    }

    // Commands kept by SQL text, prepared once.
    private static readonly Dictionary<string, SqliteCommand> Commands = new(StringComparer.Ordinal);

    private static Task<int> Exec(SqliteConnection conn, SqliteTransaction? tx, string sql, params object?[] values)
    {
        if (!Commands.TryGetValue(sql, out var cmd) || cmd.Connection != conn)
        {
            cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            for (var i = 0; i < values.Length; i++) cmd.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
            Commands[sql] = cmd;
        }
        cmd.Transaction = tx;
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd.ExecuteNonQueryAsync();
    }

    public static async Task PostgresAsync(string db, int count)
    {
        await using var conn = new NpgsqlConnection(db);
        await conn.OpenAsync().ConfigureAwait(false);
        var at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        await using (var cmd = new NpgsqlCommand("CREATE UNLOGGED TABLE search_load (id TEXT, seq INTEGER, title TEXT, body TEXT)", conn)) await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        // In slices, so the corpus never sits in memory whole.
        foreach (var slice in Rows(count).Chunk(100_000))
        {
            await Copy(conn, "COPY documents (id, content_hash, url, text, published, language, seq, ingested_at) FROM STDIN",
                slice.Select(r => new object?[] { r.DocumentId, "hash-" + r.DocumentId, null, r.Text, null, "en", r.Seq, at })).ConfigureAwait(false);
            await Copy(conn, $"COPY events ({EventColumns}) FROM STDIN", slice.Select(EventValues)).ConfigureAwait(false);
            await Copy(conn, "COPY event_countries (event_id, country) FROM STDIN", slice.SelectMany(r => r.Countries.Select(c => new object?[] { r.EventId, c }))).ConfigureAwait(false);
            await Copy(conn, "COPY event_pairs (pair_key, event_id) FROM STDIN", slice.Select(r => new object?[] { string.Join('-', r.Countries), r.EventId })).ConfigureAwait(false);
            await Copy(conn, "COPY event_sources (document_id, event_index, event_id, data, seq) FROM STDIN", slice.Select(r => new object?[] { r.DocumentId, 0, r.EventId, r.Data, r.Seq })).ConfigureAwait(false);
            await Copy(conn, "COPY search_load (id, seq, title, body) FROM STDIN", slice.Select(r => new object?[] { r.DocumentId, r.Seq, r.Title, r.Body })).ConfigureAwait(false);
        }
        // The same vector as ingest writes for an English document (SqlEventStore.IndexDocumentAsync), with its block lexeme.
        const string Vector = "setweight(to_tsvector('simple', title), 'A') || to_tsvector('simple', body) || setweight(to_tsvector('english', title), 'A') || to_tsvector('english', body)"
            + " || array_to_tsvector(ARRAY['~' || (seq / 4096)])";
        await using (var cmd = new NpgsqlCommand($"INSERT INTO search_documents (document_id, seq, tsv) SELECT id, seq, {Vector} FROM search_load; DROP TABLE search_load; ANALYZE", conn) { CommandTimeout = 0 })
            await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task Copy(NpgsqlConnection conn, string sql, IEnumerable<object?[]> rows)
    {
        await using var w = await conn.BeginTextImportAsync(sql).ConfigureAwait(false);
        foreach (var values in rows)
            await w.WriteLineAsync(string.Join('\t', values.Select(v => v is null ? @"\N"
                : Convert.ToString(v, CultureInfo.InvariantCulture)!.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\t", @"\t", StringComparison.Ordinal)
                    .Replace("\n", @"\n", StringComparison.Ordinal).Replace("\r", @"\r", StringComparison.Ordinal)))).ConfigureAwait(false);
    }
}
