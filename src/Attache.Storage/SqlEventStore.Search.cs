using System.Data.Common;
using System.Globalization;
using System.Text;
using Attache.Model;
using Attache.Record;
using Attache.Serialization;
using Dapper;

namespace Attache.Storage;

/// <summary>Full-text search: the index written with each document, its backfill, and ranked queries.</summary>
public sealed partial class SqlEventStore
{
    private const string EvidenceSeparator = " … ";

    /// <summary>How many of a query's latest matching documents are ranked (SQLite): a query matching more finds its best
    /// among these.</summary>
    public const int RankWindow = 10_000;

    /// <summary>The PostgreSQL text search configuration that stems a document's language, or null for none.</summary>
    private static string? StemConfig(string? language) => language?.ToLowerInvariant() switch
    {
        "fr" => "french",
        "en" => "english",
        _ => null,
    };

    /// <summary>What a document gives the index: its title, its evidence sentences and its text, folded.</summary>
    private static (string Title, string Evidence, string Body) IndexFields(string text, IEnumerable<Event> events)
    {
        var evidence = new StringBuilder();
        foreach (var span in events.SelectMany(e => e.Evidence).Distinct())
        {
            var s = Math.Clamp(span.Start, 0, text.Length);
            var e = Math.Clamp(span.End, s, text.Length);
            if (e > s) evidence.Append(text.AsSpan(s, e - s)).Append(EvidenceSeparator);
        }
        return (SearchText.Fold(SearchText.Title(text)), SearchText.Fold(evidence.ToString()), SearchText.Fold(text));
    }

    /// <summary>Indexes a document being stored, in its transaction (a document is never changed afterwards).</summary>
    private async Task IndexDocumentAsync(DocumentRecord document, IEnumerable<Event> events, long seq, DbTransaction tx)
    {
        var (title, evidence, body) = IndexFields(document.Text, events);
        if (_provider.Dialect == "sqlite")
        {
            await ExecAsync("INSERT INTO search_fts (rowid, title, evidence, body) VALUES (@seq, @title, @evidence, @body)",
                tx, ("seq", seq), ("title", title), ("evidence", evidence), ("body", body)).ConfigureAwait(false);
            return;
        }
        var stem = StemConfig(document.Language);
        // The words as they are, plus their stems for French and English; weights rank the title, then evidence, then text.
        var vector = "setweight(to_tsvector('simple', @title), 'A') || setweight(to_tsvector('simple', @evidence), 'B') || to_tsvector('simple', @body)"
            + (stem is null ? "" : $" || setweight(to_tsvector('{stem}', @title), 'A') || setweight(to_tsvector('{stem}', @evidence), 'B') || to_tsvector('{stem}', @body)");
        await ExecAsync($"INSERT INTO search_documents (document_id, tsv) VALUES (@id, {vector}) ON CONFLICT DO NOTHING",
            tx, ("id", document.Id), ("title", title), ("evidence", evidence), ("body", body)).ConfigureAwait(false);
    }

    /// <summary>Indexes every document already stored (migration <see cref="Migrations.SearchIndex"/>), in pages by seq.</summary>
    private async Task BackfillSearchAsync(DbTransaction tx, CancellationToken ct)
    {
        long after = -1;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var docs = (await _connection.QueryAsync<(string Id, string Text, string? Language, long Seq)>(
                "SELECT id, text, language, seq FROM documents WHERE seq > @after ORDER BY seq LIMIT 500", new { after }, tx).ConfigureAwait(false)).ToList();
            if (docs.Count == 0) return;
            var args = new DynamicParameters();
            var reports = (await _connection.QueryAsync<(string DocumentId, string Data)>(
                $"SELECT document_id, data FROM event_sources WHERE document_id IN {InList("d", docs.Select(d => d.Id).ToArray(), args)}", args, tx).ConfigureAwait(false))
                .ToLookup(r => r.DocumentId, r => EventJsonReader.Read(r.Data), StringComparer.Ordinal);
            foreach (var d in docs)
                await IndexDocumentAsync(new DocumentRecord(d.Id, "", null, d.Text, null, d.Language), reports[d.Id], d.Seq, tx).ConfigureAwait(false);
            after = docs[^1].Seq;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Guard(async () =>
        {
            var clauses = SearchText.Parse(query.Text);
            if (clauses.Count == 0 || query.Limit <= 0) return (IReadOnlyList<SearchHit>)[];
            var p = new DynamicParameters();
            var filter = query.Filter is { } f ? Where(f with { Text = null }, p, perEvent: _provider.Dialect == "sqlite") : "";
            // Documents supporting an event that passes the filter (the filter's own WHERE, on events e).
            var supports = filter.Length == 0 ? "" : " AND d.id IN (SELECT s.document_id FROM event_sources s JOIN events e ON e.id = s.event_id" + filter + ")";
            var page = string.Create(CultureInfo.InvariantCulture, $" LIMIT {query.Limit} OFFSET {Math.Max(0, query.Offset)}");
            string sql;
            if (_provider.Dialect == "sqlite")
            {
                p.Add("q", SearchText.ToFts5(clauses));
                // bm25 is lower for better matches; the title counts most, then the evidence sentences, then the text.
                // Only the latest RankWindow matches are ranked: FTS5 walks matches in rowid (seq) order and stops there,
                // where ranking every match of a common word took a second on a million documents (bench/README.md).
                var filtered = filter.Length == 0 ? ""
                    : " AND EXISTS (SELECT 1 FROM documents fd JOIN event_sources s ON s.document_id = fd.id JOIN events e ON e.id = s.event_id"
                        + " WHERE fd.seq = search_fts.rowid AND " + filter[" WHERE ".Length..] + ")";
                sql = "SELECT d.id, d.content_hash, d.url, d.text, d.published, d.language, m.score FROM ("
                    + "SELECT search_fts.rowid AS seq, -bm25(search_fts, 4.0, 2.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH @q" + filtered
                    + string.Create(CultureInfo.InvariantCulture, $" ORDER BY search_fts.rowid DESC LIMIT {RankWindow}) m ")
                    + "JOIN documents d ON d.seq = m.seq ORDER BY m.score DESC, d.seq DESC" + page;
            }
            else
            {
                // Each clause as its folded words, or as their French or English stems (a prefix is not stemmed: the
                // stem of 'marit' would find 'march'); every clause must match.
                var terms = clauses.Select((c, k) =>
                {
                    p.Add($"q{k}", SearchText.ToTsQuery(c));
                    return c.Prefix ? $"to_tsquery('simple', @q{k})" : $"(to_tsquery('simple', @q{k}) || to_tsquery('french', @q{k}) || to_tsquery('english', @q{k}))";
                });
                sql = "SELECT d.id, d.content_hash, d.url, d.text, d.published, d.language, CAST(ts_rank_cd(sd.tsv, w.q) AS double precision) AS score "
                    + $"FROM (SELECT {string.Join(" && ", terms)} AS q) w "
                    + "JOIN search_documents sd ON sd.tsv @@ w.q JOIN documents d ON d.id = sd.document_id WHERE TRUE" + supports
                    + " ORDER BY score DESC, d.seq DESC" + page;
            }
            var rows = (await _connection.QueryAsync<SearchRow>(sql, p, ReadTx).ConfigureAwait(false)).ToList();
            if (rows.Count == 0) return [];
            // The events each found document supports (those passing the filter), in one query.
            var e2 = new DynamicParameters();
            var eventFilter = HideRejected(query.Filter is { } g ? Where(g with { Text = null }, e2, perEvent: true) : "");
            var docList = InList("doc", rows.Select(r => r.Id).ToArray(), e2);
            var eventRows = (await _connection.QueryAsync<SupportRow>(
                "SELECT s.document_id, e.id, e.data, e.conflicts, e.date_inferred, e.date_reason, e.series_key FROM event_sources s JOIN events e ON e.id = s.event_id"
                + (eventFilter.Length == 0 ? " WHERE " : eventFilter + " AND ") + "s.document_id IN " + docList, e2, ReadTx).ConfigureAwait(false)).ToList();
            var distinct = eventRows.DistinctBy(r => r.Id).Select(r => new EventRow
            {
                Id = r.Id,
                Data = r.Data,
                Conflicts = r.Conflicts,
                DateInferred = r.DateInferred,
                DateReason = r.DateReason,
                SeriesKey = r.SeriesKey,
            }).ToList();
            var stored = (await ToStoredAsync(distinct, ReadTx).ConfigureAwait(false)).ToDictionary(s => s.Id, StringComparer.Ordinal);
            var byDocument = eventRows.ToLookup(r => r.DocumentId, r => stored[r.Id], StringComparer.Ordinal);
            return rows.Select(r =>
            {
                var doc = ToDocument(new DocumentRow { Id = r.Id, ContentHash = r.ContentHash, Url = r.Url, Text = r.Text, Published = r.Published, Language = r.Language });
                var events = byDocument[r.Id].Distinct().OrderBy(e => e.Event.Date?.ToString() ?? "9999", StringComparer.Ordinal).ToList();
                return new SearchHit(doc, SearchText.Title(r.Text), r.Score, SearchText.Snippet(r.Text, clauses), events);
            }).ToList();
        });
    }

    // A document row with its rank.
    private sealed class SearchRow : DocumentRow
    {
        public double Score { get; set; }
    }

    // An event row with the document that supports it.
    private sealed class SupportRow : EventRow
    {
        public string DocumentId { get; set; } = "";
    }
}
