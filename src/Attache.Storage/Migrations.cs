namespace Attache.Storage;

/// <summary>The versioned schema. Each migration runs once, in order, in a transaction, when a store opens.</summary>
/// <remarks>The SQL is written once for SQLite and PostgreSQL: TEXT and INTEGER columns, dates as ISO text.</remarks>
internal static class Migrations
{
    /// <summary>Version → statements. Never edit a released migration: add a new one.</summary>
    public static readonly IReadOnlyList<(int Version, string[] Statements)> All =
    [
        (1,
        [
            """
            CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                url TEXT NULL,
                text TEXT NOT NULL,
                published TEXT NULL,
                language TEXT NULL,
                seq INTEGER NOT NULL,
                ingested_at TEXT NOT NULL)
            """,
            "CREATE INDEX ix_documents_url ON documents (url)",
            """
            CREATE TABLE mechanisms (
                series_key TEXT PRIMARY KEY,
                concept TEXT NOT NULL,
                name TEXT NOT NULL,
                country_key TEXT NOT NULL)
            """,
            """
            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                type TEXT NOT NULL,
                family TEXT NOT NULL,
                status TEXT NOT NULL,
                date TEXT NULL,
                date_lo TEXT NULL,
                date_hi TEXT NULL,
                date_inferred INTEGER NOT NULL,
                date_reason TEXT NULL,
                city TEXT NULL,
                location_country TEXT NULL,
                country_key TEXT NOT NULL,
                mechanism_name TEXT NULL,
                mechanism_fold TEXT NULL,
                series_key TEXT NULL REFERENCES mechanisms (series_key),
                edition INTEGER NULL,
                areas TEXT NOT NULL,
                data TEXT NOT NULL,
                conflicts TEXT NOT NULL,
                source_count INTEGER NOT NULL,
                seq INTEGER NOT NULL)
            """,
            "CREATE INDEX ix_events_match ON events (family, country_key)",
            "CREATE INDEX ix_events_date ON events (date_lo)",
            "CREATE INDEX ix_events_series ON events (series_key)",
            """
            CREATE TABLE event_countries (
                event_id TEXT NOT NULL REFERENCES events (id),
                country TEXT NOT NULL,
                PRIMARY KEY (event_id, country))
            """,
            "CREATE INDEX ix_event_countries_country ON event_countries (country, event_id)",
            """
            CREATE TABLE event_sources (
                document_id TEXT NOT NULL REFERENCES documents (id),
                event_index INTEGER NOT NULL,
                event_id TEXT NOT NULL REFERENCES events (id),
                data TEXT NOT NULL,
                seq INTEGER NOT NULL,
                PRIMARY KEY (document_id, event_index))
            """,
            "CREATE INDEX ix_event_sources_event ON event_sources (event_id)",
            """
            CREATE TABLE people (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                token_count INTEGER NOT NULL,
                country TEXT NULL)
            """,
            """
            CREATE TABLE person_names (
                person_id TEXT NOT NULL REFERENCES people (id),
                name TEXT NOT NULL,
                name_fold TEXT NOT NULL,
                name_key TEXT NOT NULL,
                concat_key TEXT NOT NULL,
                PRIMARY KEY (person_id, name))
            """,
            "CREATE INDEX ix_person_names_key ON person_names (name_key)",
            "CREATE INDEX ix_person_names_concat ON person_names (concat_key)",
            """
            CREATE TABLE person_tokens (
                token TEXT NOT NULL,
                person_id TEXT NOT NULL REFERENCES people (id),
                PRIMARY KEY (token, person_id))
            """,
            """
            CREATE TABLE person_offices (
                person_id TEXT NOT NULL REFERENCES people (id),
                title_key TEXT NOT NULL,
                title TEXT NOT NULL,
                country TEXT NULL,
                first_seen TEXT NULL,
                last_seen TEXT NULL,
                PRIMARY KEY (person_id, title_key))
            """,
            """
            CREATE TABLE event_people (
                event_id TEXT NOT NULL REFERENCES events (id),
                person_id TEXT NOT NULL REFERENCES people (id),
                PRIMARY KEY (event_id, person_id))
            """,
            "CREATE INDEX ix_event_people_person ON event_people (person_id)",
        ]),
        // Ingest reads MAX(seq) of three tables per document: without these it scans them.
        (2,
        [
            "CREATE INDEX ix_documents_seq ON documents (seq)",
            "CREATE INDEX ix_events_seq ON events (seq)",
            "CREATE INDEX ix_event_sources_seq ON event_sources (seq)",
            // Each unordered pair of an event's countries ('JPN-VNM'): a timeline reads one index range instead of joining
            // two country lists (tens of thousands of rows for a busy country on a large store).
            """
            CREATE TABLE event_pairs (
                pair_key TEXT NOT NULL,
                event_id TEXT NOT NULL REFERENCES events (id),
                PRIMARY KEY (pair_key, event_id))
            """,
            """
            INSERT INTO event_pairs (pair_key, event_id)
            SELECT x.country || '-' || y.country, x.event_id FROM event_countries x JOIN event_countries y ON y.event_id = x.event_id AND x.country < y.country
            """,
        ]),
        // Listing events pages through them in date order. These indexes serve that ORDER BY (the same expressions,
        // one index per direction: undated events come last both ways), so a page reads its rows in order instead of
        // sorting every match; date_hi and type ride along so that date and type filters are checked in the index.
        // A country or pair filter picks events by id: (id, date_lo, seq) gives their sort keys without reading the rows
        // (3 ms instead of 9 ms for a country with 3,300 of 100,000 events on SQLite).
        // store_version grows with every stored document, so counts can be cached until the record changes.
        (3,
        [
            "CREATE INDEX ix_events_order ON events ((CASE WHEN date_lo IS NULL THEN 1 ELSE 0 END), date_lo, seq, id, date_hi, type)",
            "CREATE INDEX ix_events_order_desc ON events ((CASE WHEN date_lo IS NULL THEN 1 ELSE 0 END), date_lo DESC, seq DESC, id DESC, date_hi, type)",
            "CREATE INDEX ix_events_id_order ON events (id, date_lo, seq)",
            "CREATE TABLE store_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)",
            "INSERT INTO store_version (id, version) VALUES (1, 0)",
        ]),
        // What 'attache watch' has taken from each feed, so a restart ingests nothing twice: an item is marked once its
        // document is committed (a crash between the two refetches it, and the store finds the document unchanged).
        (4,
        [
            """
            CREATE TABLE feed_items (
                feed_url TEXT NOT NULL,
                item_url TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                document_id TEXT NULL,
                error TEXT NULL,
                first_seen TEXT NOT NULL,
                last_tried TEXT NOT NULL,
                PRIMARY KEY (feed_url, item_url))
            """,
        ]),
        // Full-text search over each document's first line, evidence sentences and text, folded in C# (SearchText) so
        // that both stores, the queries and the snippets agree on accents ("Chien" finds "Chiến") and on what a word is.
        // SQLite: a contentless FTS5 table (the text is in documents already) whose rowid is the document's seq.
        // PostgreSQL: a tsvector per document, the folded words as they are ('simple') plus their stems in the
        // document's language ('french', 'english'), under a GIN index. The rows of existing documents are written by
        // BackfillSearchAsync in the same transaction.
        (SearchIndex,
        [
            Only("sqlite", "CREATE VIRTUAL TABLE search_fts USING fts5(title, evidence, body, content='', tokenize='unicode61')"),
            Only("postgres", "CREATE TABLE search_documents (document_id TEXT PRIMARY KEY REFERENCES documents (id), tsv tsvector NOT NULL)"),
            Only("postgres", "CREATE INDEX ix_search_documents_tsv ON search_documents USING GIN (tsv)"),
            // A filtered search checks each match's events: this finds them without reading the reports' JSON.
            "CREATE INDEX ix_event_sources_document_event ON event_sources (document_id, event_id)",
        ]),
        // Subscriptions (saved queries with a feed, and maybe a webhook) and the webhook deliveries that ingest queues in
        // its own transaction (an event is announced only if its document is stored); the id of a delivery is its
        // idempotency key, one per subscription, event and version of the event, so storing the same change twice
        // queues one delivery. ix_deliveries_due finds what to send.
        (6,
        [
            """
            CREATE TABLE subscriptions (
                id TEXT PRIMARY KEY,
                pair TEXT NULL,
                country TEXT NULL,
                person TEXT NULL,
                mechanism TEXT NULL,
                type TEXT NULL,
                area TEXT NULL,
                q TEXT NULL,
                webhook TEXT NULL,
                secret TEXT NULL,
                created_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE deliveries (
                id TEXT PRIMARY KEY,
                subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
                event_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                next_at TEXT NOT NULL,
                last_response INTEGER NULL,
                last_error TEXT NULL,
                created_at TEXT NOT NULL,
                delivered_at TEXT NULL)
            """,
            "CREATE INDEX ix_deliveries_due ON deliveries (status, next_at)",
            "CREATE INDEX ix_deliveries_subscription ON deliveries (subscription_id)",
        ]),
        // Analysts' reviews, kept apart from what extraction wrote so that re-ingest and re-extraction never lose them. A
        // review subject is one occurrence as a reviewer sees it; it attaches to its reports through anchors (document, first
        // evidence span, type family), not to an event id, which a new engine may change. Corrections are the reviewers'
        // acts (who, when, why). event_reviews is derived: which event holds which subject now, and its review status; it
        // is rewritten whenever an event is stored or reviewed, and lists hide the events it marks rejected.
        (7,
        [
            "CREATE TABLE review_subjects (id TEXT PRIMARY KEY, created_at TEXT NOT NULL)",
            """
            CREATE TABLE review_anchors (
                id TEXT PRIMARY KEY,
                subject_id TEXT NOT NULL REFERENCES review_subjects (id),
                document_id TEXT NOT NULL,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                family TEXT NOT NULL,
                event_index INTEGER NOT NULL)
            """,
            "CREATE INDEX ix_review_anchors_document ON review_anchors (document_id)",
            "CREATE INDEX ix_review_anchors_subject ON review_anchors (subject_id)",
            """
            CREATE TABLE review_corrections (
                id TEXT PRIMARY KEY,
                subject_id TEXT NOT NULL REFERENCES review_subjects (id),
                event_id TEXT NOT NULL,
                action TEXT NOT NULL,
                field TEXT NULL,
                value TEXT NULL,
                why TEXT NULL,
                reviewer TEXT NOT NULL,
                at TEXT NOT NULL,
                seq INTEGER NOT NULL)
            """,
            "CREATE INDEX ix_review_corrections_subject ON review_corrections (subject_id, seq)",
            """
            CREATE TABLE event_reviews (
                event_id TEXT PRIMARY KEY,
                subject_id TEXT NOT NULL,
                status TEXT NOT NULL)
            """,
            "CREATE INDEX ix_event_reviews_subject ON event_reviews (subject_id)",
            "CREATE INDEX ix_event_reviews_status ON event_reviews (status, event_id)",
        ]),
        // PostgreSQL search ranks a window of the latest matches (as SQLite does by FTS5 rowid). search_documents carries
        // the document's seq, and each tsvector one more lexeme, '~N' for its block of SearchBlock documents by seq (no
        // folded word starts with '~'): a query ANDed with the latest blocks' lexemes is narrowed inside the GIN index, so
        // only the window's rows are read from the heap (a phrase rechecks positions in those only), where ranking every
        // match of a common word read hundreds of thousands of tsvectors.
        (8,
        [
            // Every row is rewritten: the GIN index is built again after, once, rather than updated row by row.
            Only("postgres", "DROP INDEX ix_search_documents_tsv"),
            Only("postgres", "ALTER TABLE search_documents ADD COLUMN seq INTEGER NULL"),
            Only("postgres", $"UPDATE search_documents SET seq = d.seq, tsv = search_documents.tsv || array_to_tsvector(ARRAY['~' || (d.seq / {SearchBlock})]) FROM documents d WHERE d.id = search_documents.document_id"),
            Only("postgres", "CREATE INDEX ix_search_documents_tsv ON search_documents USING GIN (tsv)"),
            Only("postgres", "CREATE INDEX ix_search_documents_seq ON search_documents (seq)"),
        ]),
        // Event filters answered from indexes rather than LIKE '%…%' over every event: areas and the words of mechanism
        // names and series keys in tables of their own (written with each event; BackfillFiltersAsync fills them for the
        // events already stored), people through person_tokens. The words are compared in code-point order ("C" on
        // PostgreSQL, whatever the database's collation) so that a word prefix is one index range.
        // A country or pair filter pages through event_countries or event_pairs in the events' date order: each row
        // carries its event's sort keys (date_lo, seq) under an index in that order (one per direction), so a page of a
        // busy country reads its rows in order instead of sorting every event of the country.
        (FilterIndex,
        [
            "CREATE TABLE event_areas (area TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES events (id), PRIMARY KEY (area, event_id))",
            "CREATE INDEX ix_event_areas_event ON event_areas (event_id)",
            Only("sqlite", "CREATE TABLE event_words (word TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES events (id), PRIMARY KEY (word, event_id))"),
            Only("postgres", "CREATE TABLE event_words (word TEXT COLLATE \"C\" NOT NULL, event_id TEXT NOT NULL REFERENCES events (id), PRIMARY KEY (word, event_id))"),
            "CREATE INDEX ix_event_words_event ON event_words (event_id)",
            Only("postgres", "CREATE INDEX ix_person_tokens_c ON person_tokens ((token COLLATE \"C\"), person_id)"),
            "ALTER TABLE event_countries ADD COLUMN date_lo TEXT NULL",
            "ALTER TABLE event_countries ADD COLUMN seq INTEGER NULL",
            "ALTER TABLE event_pairs ADD COLUMN date_lo TEXT NULL",
            "ALTER TABLE event_pairs ADD COLUMN seq INTEGER NULL",
            "UPDATE event_countries SET date_lo = (SELECT e.date_lo FROM events e WHERE e.id = event_countries.event_id), seq = (SELECT e.seq FROM events e WHERE e.id = event_countries.event_id)",
            "UPDATE event_pairs SET date_lo = (SELECT e.date_lo FROM events e WHERE e.id = event_pairs.event_id), seq = (SELECT e.seq FROM events e WHERE e.id = event_pairs.event_id)",
            "CREATE INDEX ix_event_countries_order ON event_countries (country, (CASE WHEN date_lo IS NULL THEN 1 ELSE 0 END), date_lo, seq, event_id)",
            "CREATE INDEX ix_event_countries_order_desc ON event_countries (country, (CASE WHEN date_lo IS NULL THEN 1 ELSE 0 END), date_lo DESC, seq DESC, event_id DESC)",
            "CREATE INDEX ix_event_pairs_order ON event_pairs (pair_key, (CASE WHEN date_lo IS NULL THEN 1 ELSE 0 END), date_lo, seq, event_id)",
            "CREATE INDEX ix_event_pairs_order_desc ON event_pairs (pair_key, (CASE WHEN date_lo IS NULL THEN 1 ELSE 0 END), date_lo DESC, seq DESC, event_id DESC)",
            "CREATE INDEX ix_event_pairs_event ON event_pairs (event_id)",
        ]),
        // Fetching politely across restarts, and articles that change. http_validators keeps the ETag and Last-Modified of
        // each feed (and page) last fetched, so that after a restart an unchanged one costs a 304. A document whose URL comes
        // back with a new text keeps its id and becomes its next revision: the text it replaces is kept in
        // document_revisions (its reports are not: they are re-extracted from the new text). Existing documents are
        // revision 1.
        (10,
        [
            "ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
            """
            CREATE TABLE document_revisions (
                document_id TEXT NOT NULL REFERENCES documents (id),
                revision INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                text TEXT NOT NULL,
                published TEXT NULL,
                language TEXT NULL,
                ingested_at TEXT NOT NULL,
                replaced_at TEXT NOT NULL,
                PRIMARY KEY (document_id, revision))
            """,
            "CREATE INDEX ix_document_revisions_hash ON document_revisions (content_hash)",
            """
            CREATE TABLE http_validators (
                url TEXT PRIMARY KEY,
                etag TEXT NULL,
                last_modified TEXT NULL,
                checked_at TEXT NOT NULL)
            """,
        ]),
    ];

    /// <summary>The migration that adds the full-text index (and backfills it).</summary>
    public const int SearchIndex = 5;

    /// <summary>Documents per block lexeme of the PostgreSQL search index (migration 8).</summary>
    public const int SearchBlock = 4096;

    /// <summary>The migration that adds the indexed event filters (and backfills them).</summary>
    public const int FilterIndex = 9;

    private const string OnlyMark = "-- only ";

    /// <summary>Marks a statement that runs on one dialect only (<see cref="StoreProvider.Dialect"/>).</summary>
    public static string Only(string dialect, string sql) => OnlyMark + dialect + "\n" + sql;

    /// <summary>Whether a statement of a migration runs on this dialect.</summary>
    public static bool AppliesTo(string sql, string dialect) =>
        !sql.StartsWith(OnlyMark, StringComparison.Ordinal) || sql.AsSpan(OnlyMark.Length).StartsWith(dialect + "\n", StringComparison.Ordinal);

    /// <summary>The version a fully migrated database is at.</summary>
    public static int Latest => All[^1].Version;
}
