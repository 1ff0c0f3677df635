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

    /// <summary>How many of a filtered query's latest matches are checked against the filter first (SQLite).</summary>
    public const int FilteredWindow = 2_000;

    /// <summary>How many of a query's latest matching documents are ranked on PostgreSQL, whose ranking reads each
    /// candidate's tsvector from the table (FTS5 ranks from its index).</summary>
    public const int PostgresRankWindow = 500;

    /// <summary>The lexeme of a document's block (migration 8).</summary>
    private static string BlockLexeme(long seq) => "~" + (seq / Migrations.SearchBlock).ToString(CultureInfo.InvariantCulture);

    /// <summary>A tsquery matching every clause: each as its folded words, or as their French or English stems (a prefix is
    /// not stemmed: the stem of 'marit' would find 'march').</summary>
    private static string TsQuery(IReadOnlyList<SearchClause> clauses, DynamicParameters p, string prefix) =>
        "(" + string.Join(" && ", clauses.Select((c, k) =>
        {
            p.Add($"{prefix}{k}", SearchText.ToTsQuery(c));
            return c.Prefix ? $"to_tsquery('simple', @{prefix}{k})" : $"(to_tsquery('simple', @{prefix}{k}) || to_tsquery('french', @{prefix}{k}) || to_tsquery('english', @{prefix}{k}))";
        })) + ")";

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
    /// <remarks><paramref name="withSeq"/> is false only for the backfill of migration 5, older than the seq column
    /// (migration 8 fills it).</remarks>
    private async Task IndexDocumentAsync(DocumentRecord document, IEnumerable<Event> events, long seq, DbTransaction tx, bool withSeq = true)
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
        if (withSeq)
            await ExecAsync($"INSERT INTO search_documents (document_id, seq, tsv) VALUES (@id, @seq, {vector} || array_to_tsvector(ARRAY[@block])) ON CONFLICT DO NOTHING",
                tx, ("id", document.Id), ("seq", seq), ("title", title), ("evidence", evidence), ("body", body), ("block", BlockLexeme(seq))).ConfigureAwait(false);
        else
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
                await IndexDocumentAsync(new DocumentRecord(d.Id, "", null, d.Text, null, d.Language), reports[d.Id], d.Seq, tx, withSeq: false).ConfigureAwait(false);
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
            var filter = query.Filter is { } f ? Where(f with { Text = null }, p, perEvent: true) : "";
            // A match passes the filter when its document supports an event that does (checked match by match, in the
            // window: a country filter's documents are a sixth of the store).
            string Supports(string from, string match) => filter.Length == 0 ? ""
                : " AND EXISTS (SELECT 1 FROM " + from + "event_sources s JOIN events e ON e.id = s.event_id WHERE " + match + " AND " + filter[" WHERE ".Length..] + ")";
            var page = string.Create(CultureInfo.InvariantCulture, $" LIMIT {query.Limit} OFFSET {Math.Max(0, query.Offset)}");
            List<SearchRow> rows;
            if (_provider.Dialect == "sqlite")
            {
                p.Add("q", SearchText.ToFts5(clauses));
                // bm25 is lower for better matches; the title counts most, then the evidence sentences, then the text.
                // Only the latest RankWindow matches are ranked: FTS5 walks matches in rowid (seq) order and stops there,
                // where ranking every match of a common word took a second on a million documents (bench/README.md).
                // A filter is checked on the latest FilteredWindow matches, then on 8, 64 times as many while the page is
                // not full, then on all: its cost follows the window, not the matches of the whole store.
                rows = [];
                for (var window = filter.Length == 0 ? RankWindow : FilteredWindow; ; window *= 8)
                {
                    var all = filter.Length == 0 || window > 100 * FilteredWindow;
                    var sql = "SELECT d.id, d.content_hash, d.url, d.text, d.published, d.language, m.score FROM ("
                        + "SELECT search_fts.rowid AS seq, -bm25(search_fts, 4.0, 2.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH @q ORDER BY search_fts.rowid DESC"
                        + (filter.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {RankWindow}") : all ? "" : string.Create(CultureInfo.InvariantCulture, $" LIMIT {window}"))
                        + ") m JOIN documents d ON d.seq = m.seq WHERE TRUE" + Supports("", "s.document_id = d.id")
                        + " ORDER BY m.score DESC, d.seq DESC" + page;
                    rows = (await _connection.QueryAsync<SearchRow>(sql, p, ReadTx).ConfigureAwait(false)).ToList();
                    if (all || rows.Count >= query.Limit) break;
                }
            }
            else
            {
                rows = await SearchPostgresAsync(clauses, p, Supports("", "s.document_id = w.document_id"), query.Limit + Math.Max(0, query.Offset), page).ConfigureAwait(false);
            }
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

    /// <summary>PostgreSQL: ranks the latest <see cref="PostgresRankWindow"/> matches with ts_rank_cd. The window is
    /// looked for in the latest block of documents, then in 8, 64… times as many (the block lexemes narrow the GIN scan),
    /// and in the whole index once the blocks cover it; a common word fills it from one block, a rare name from all.
    /// A filter is checked on the window's matches only (the window grows with the blocks until the page is full), so
    /// its cost is bounded by the window, not by the matches of the whole store.</summary>
    private async Task<List<SearchRow>> SearchPostgresAsync(IReadOnlyList<SearchClause> clauses, DynamicParameters p, string supports, int needed, string page)
    {
        var q = TsQuery(clauses, p, "q");
        // In a transaction of its own (unless a batch's is open), without parallel workers: starting them costs more than
        // a window's query (10-20 ms on a busy 2-core machine), and the generic plans of prepared statements ask for them.
        await using var own = ReadTx is null ? await _connection.BeginTransactionAsync().ConfigureAwait(false) : null;
        var tx = own ?? ReadTx;
        if (own is not null) await _connection.ExecuteAsync("SET LOCAL max_parallel_workers_per_gather = 0", transaction: own).ConfigureAwait(false);
        var last = await _connection.ExecuteScalarAsync<long?>("SELECT MAX(seq) FROM search_documents", transaction: tx).ConfigureAwait(false) ?? 0;
        var top = last / Migrations.SearchBlock;
        // Round 0 reads the latest 2 × window documents in seq order (a common word fills the window there, from its first
        // thousand rows, where its GIN posting list alone is hundreds of thousands of entries); then the blocks.
        long next;
        for (long blocks = 0; ; blocks = next)
        {
            var all = blocks > top;
            var args = new DynamicParameters(p);
            var narrowed = q;
            var order = "sd.seq + 0";
            var from = "search_documents sd";
            if (blocks == 0 && !all)
            {
                // OFFSET 0 keeps the planner from starting at the GIN index (a phrase it underestimates would then recheck
                // every match's positions before the seq range is applied).
                args.Add("recent", last - 2 * PostgresRankWindow);
                from = "(SELECT document_id, seq, tsv FROM search_documents WHERE seq > @recent OFFSET 0) sd";
                order = "sd.seq";
            }
            else if (!all)
            {
                // '~N' | '~N-1' | … as tsquery text (the lexemes hold only '~' and digits).
                args.Add("blocks", string.Join(" | ", Enumerable.Range(0, (int)blocks).Select(b => "'" + BlockLexeme((top - b) * Migrations.SearchBlock) + "'")));
                narrowed = "(CAST(@blocks AS tsquery) && " + q + ")";
            }
            var window = supports.Length == 0 ? PostgresRankWindow : PostgresRankWindow * Math.Clamp(blocks, 1, 64);
            // seq + 0: a block round's window is sorted after the GIN scan, never found by walking the seq index backwards
            // and testing every tsvector (which the planner picks for a rare name it overestimates: 486,000 rows read for 500).
            var sql = "WITH w AS (SELECT sd.document_id, sd.seq, sd.tsv FROM " + from + " WHERE sd.tsv @@ " + narrowed
                + string.Create(CultureInfo.InvariantCulture, $" ORDER BY {order} DESC LIMIT {window}), ")
                + "f AS (SELECT w.document_id, w.seq, w.tsv FROM w WHERE TRUE" + supports + "), "
                + "r AS (SELECT f.document_id, f.seq, CAST(ts_rank_cd(f.tsv, " + q + ") AS double precision) AS score FROM f ORDER BY score DESC, f.seq DESC" + page + ") "
                + "SELECT d.id, d.content_hash, d.url, d.text, d.published, d.language, r.score, (SELECT COUNT(*) FROM w) AS windowed, (SELECT COUNT(*) FROM f) AS kept "
                + "FROM r JOIN documents d ON d.id = r.document_id ORDER BY r.score DESC, r.seq DESC";
            var rows = (await _connection.QueryAsync<SearchRow>(sql, args, tx).ConfigureAwait(false)).ToList();
            // A full window whose matches fill the page, or the whole index: its best are the answer.
            var (windowed, kept) = rows.Count > 0 ? (rows[0].Windowed, rows[0].Kept) : (0, 0);
            if (all || (windowed >= PostgresRankWindow && kept >= needed)) return rows;
            // Else as many more documents as the matches found so far say it takes (half as many again), at least twice as
            // many: a rare name goes from the thousand latest documents to the whole index in one step.
            var covered = blocks == 0 ? 2.0 * PostgresRankWindow : blocks * (double)Migrations.SearchBlock;
            var factor = 1.5 * Math.Max(PostgresRankWindow / (double)Math.Max(windowed, 1), needed / (double)Math.Max(kept, 1));
            next = Math.Max(blocks * 2, (long)Math.Ceiling(covered * factor / Migrations.SearchBlock));
            // Half the index or more: the whole of it costs no more than that many block lexemes ORed together.
            if (next * 2 > top) next = top + 1;
        }
    }

    // A document row with its rank.
    private sealed class SearchRow : DocumentRow
    {
        public double Score { get; set; }

        // How many matches the PostgreSQL window held, and how many of them passed the filter.
        public long Windowed { get; set; }

        public long Kept { get; set; }
    }

    // An event row with the document that supports it.
    private sealed class SupportRow : EventRow
    {
        public string DocumentId { get; set; } = "";
    }
}
