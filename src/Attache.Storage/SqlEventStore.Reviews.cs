using System.Data.Common;
using System.Globalization;
using Attache.Model;
using Attache.Record;
using Attache.Serialization;
using Dapper;

namespace Attache.Storage;

/// <summary>Reviews: analysts' corrections kept apart from extraction and laid over it whenever an event is stored.</summary>
/// <remarks>The overlay is written into the event's row (so lists, filters, counts, feeds and exports see it) each time
/// the event is stored or reviewed, from the reports and the corrections of its review subject; the subject is found from
/// the reports through anchors, so a re-extraction that renumbers or changes the events finds it again.</remarks>
public sealed partial class SqlEventStore
{
    private const string Rejected = "rejected";

    /// <summary>Set while <see cref="ReextractAsync"/> rebuilds the record: nothing is announced to webhooks.</summary>
    private bool _rebuilding;

    // Whether the document being stored found any review in the database (read once per document by ReviewTargetsAsync):
    // without one, ingest skips the overlay's queries and writes entirely.
    private bool _anyReviews = true;

    // What extraction derives from the documents, children first: re-extraction empties them and fills them again.
    private static readonly string[] DerivedTables =
        ["event_people", "event_pairs", "event_countries", "event_areas", "event_words", "event_sources", "event_reviews", "events", "mechanisms", "person_offices", "person_tokens", "person_names", "people"];

    private static readonly string[] EventChildTables = ["event_people", "event_pairs", "event_countries", "event_areas", "event_words", "event_reviews"];

    private sealed record AnchorRow(string Id, string SubjectId, ReviewAnchor Anchor);

    /// <inheritdoc />
    public Task<EventReview?> GetReviewAsync(string eventId, CancellationToken cancellationToken = default) =>
        Guard(() => ReviewOfAsync(eventId, ReadTx));

    /// <inheritdoc />
    public Task<ReviewOutcome> ReviewAsync(string eventId, ReviewRequest request, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? field = null, value = null;
        switch (request.Action)
        {
            case ReviewAction.Set:
                if (request.Field is null) return Task.FromResult(new ReviewOutcome(ReviewResult.Invalid, null, "a correction needs a field"));
                if (!ReviewFields.TryParse(request.Field, request.Value, out var json, out var error))
                    return Task.FromResult(new ReviewOutcome(ReviewResult.Invalid, null, error));
                (field, value) = (request.Field, json);
                break;
            case ReviewAction.Reject:
                value = request.Value ?? (request.DuplicateOf is null ? "not_event" : "duplicate");
                if (!ReviewFields.RejectReasons.Contains(value))
                    return Task.FromResult(new ReviewOutcome(ReviewResult.Invalid, null, $"a rejection's reason is one of {string.Join(", ", ReviewFields.RejectReasons)}, not '{value}'"));
                if (request.DuplicateOf is { } other) (field, value) = (other, "duplicate");
                break;
            case ReviewAction.Confirm:
                break;
            default:
                return Task.FromResult(new ReviewOutcome(ReviewResult.Invalid, null, "merge and split have their own calls"));
        }
        return WriteReviewAsync(eventId, ifMatch, async (tx, current) =>
        {
            if (request.Action == ReviewAction.Reject && request.DuplicateOf is { } dup
                && (dup == eventId || await ScalarAsync("SELECT id FROM events WHERE id = @id", tx, ("id", dup)).ConfigureAwait(false) is null))
                return new ReviewOutcome(ReviewResult.Invalid, current, $"a duplicate of what? no other event '{dup}'");
            if (field == "mechanism.edition" && value != "null" && (await GetEventRowAsync(eventId, tx).ConfigureAwait(false))?.Mechanism is null)
                return new ReviewOutcome(ReviewResult.Invalid, current, "the event has no mechanism: set mechanism.name first");
            var subject = await SubjectOfAsync(eventId, tx).ConfigureAwait(false);
            await AddCorrectionAsync(subject, eventId, request.Action, field, value, request.Note, tx).ConfigureAwait(false);
            await RecomputeAsync(eventId, tx).ConfigureAwait(false);
            return new ReviewOutcome(ReviewResult.Done, null);
        });
    }

    /// <inheritdoc />
    public Task<ReviewOutcome> MergeAsync(string eventId, string otherId, ReviewNote note, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(otherId);
        ArgumentNullException.ThrowIfNull(note);
        return WriteReviewAsync(eventId, ifMatch, async (tx, current) =>
        {
            if (otherId == eventId || await ScalarAsync("SELECT id FROM events WHERE id = @id", tx, ("id", otherId)).ConfigureAwait(false) is null)
                return new ReviewOutcome(ReviewResult.Invalid, current, $"no other event '{otherId}' to merge");
            var subject = await SubjectOfAsync(eventId, tx).ConfigureAwait(false);
            var folded = await SubjectOfAsync(otherId, tx).ConfigureAwait(false);
            // The folded event's anchors and corrections become this subject's: after a re-extraction its reports come here.
            await ExecAsync("UPDATE review_anchors SET subject_id = @s WHERE subject_id = @f", tx, ("s", subject), ("f", folded)).ConfigureAwait(false);
            await ExecAsync("UPDATE review_corrections SET subject_id = @s WHERE subject_id = @f", tx, ("s", subject), ("f", folded)).ConfigureAwait(false);
            await ExecAsync("UPDATE event_sources SET event_id = @id WHERE event_id = @other", tx, ("id", eventId), ("other", otherId)).ConfigureAwait(false);
            await DeleteEventRowsAsync(otherId, tx).ConfigureAwait(false);
            await ExecAsync("DELETE FROM review_subjects WHERE id = @f", tx, ("f", folded)).ConfigureAwait(false);
            await AddCorrectionAsync(subject, eventId, ReviewAction.Merge, null, otherId, note, tx).ConfigureAwait(false);
            await RecomputeAsync(eventId, tx).ConfigureAwait(false);
            return new ReviewOutcome(ReviewResult.Done, null);
        });
    }

    /// <inheritdoc />
    public Task<ReviewOutcome> SplitAsync(string eventId, IReadOnlyList<string> documentIds, ReviewNote note, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentNullException.ThrowIfNull(note);
        return WriteReviewAsync(eventId, ifMatch, async (tx, current) =>
        {
            var reports = await ReportsAsync(eventId, tx).ConfigureAwait(false);
            var moving = reports.Where(r => documentIds.Contains(r.DocumentId, StringComparer.Ordinal)).ToList();
            if (documentIds.FirstOrDefault(d => !reports.Any(r => r.DocumentId == d)) is { } stranger)
                return new ReviewOutcome(ReviewResult.Invalid, current, $"document '{stranger}' is not a source of {eventId}");
            if (moving.Count == 0 || moving.Count == reports.Count)
                return new ReviewOutcome(ReviewResult.Invalid, current, "a split takes some of the event's sources, not none or all");
            var subject = await SubjectOfAsync(eventId, tx).ConfigureAwait(false);
            var split = await NewSubjectAsync(tx).ConfigureAwait(false);
            var anchors = await AnchorsAsync("subject_id = @s", tx, ("s", subject)).ConfigureAwait(false);
            foreach (var k in ReviewAnchor.Match(anchors.Select(a => a.Anchor).ToList(), moving).Where(k => k >= 0).Distinct())
                await ExecAsync("UPDATE review_anchors SET subject_id = @s WHERE id = @id", tx, ("s", split), ("id", anchors[k].Id)).ConfigureAwait(false);
            var newId = "ev-" + TextKey.ShortHash("split:" + split);
            // The row first (reports point to events), with the moved reports' values; RecomputeAsync completes it.
            await UpsertEventAsync(newId, EventConsensus.Build(moving).Event, [], null, moving.Count,
                Convert.ToInt64(await ScalarAsync("SELECT COALESCE(MAX(seq), 0) + 1 FROM events", tx).ConfigureAwait(false), CultureInfo.InvariantCulture), tx).ConfigureAwait(false);
            foreach (var r in moving)
                await ExecAsync("UPDATE event_sources SET event_id = @n WHERE document_id = @d AND event_index = @i", tx,
                    ("n", newId), ("d", r.DocumentId), ("i", r.EventIndex)).ConfigureAwait(false);
            await AddCorrectionAsync(subject, eventId, ReviewAction.Split, null, newId, note, tx).ConfigureAwait(false);
            await AddCorrectionAsync(split, newId, ReviewAction.Split, null, eventId, note, tx).ConfigureAwait(false);
            await RecomputeAsync(eventId, tx).ConfigureAwait(false);
            await RecomputeAsync(newId, tx).ConfigureAwait(false);
            return new ReviewOutcome(ReviewResult.Done, null, NewEventId: newId);
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HistoryEntry>?> HistoryAsync(string eventId, CancellationToken cancellationToken = default) => Guard(async () =>
    {
        if (await ReviewOfAsync(eventId, ReadTx).ConfigureAwait(false) is not { } review) return null;
        var entries = new List<HistoryEntry>();
        foreach (var (doc, data, at) in await RowsAsync(
            "SELECT s.document_id, s.data, d.ingested_at FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = @id ORDER BY s.seq",
            ReadTx, r => (r.GetString(0), r.GetString(1), r.GetString(2)), ("id", eventId)).ConfigureAwait(false))
            entries.Add(new HistoryEntry(ParseInstant(at), "source", doc, Describe(EventJsonReader.Read(data)), null));
        foreach (var c in review.Corrections)
        {
            var what = c.Action switch
            {
                ReviewAction.Set => $"{c.Field} = {ReviewFields.Display(c.Value ?? "null")}",
                ReviewAction.Reject => c.Field is null ? $"rejected: {c.Value}" : $"rejected: duplicate of {c.Field}",
                ReviewAction.Confirm => "confirmed",
                ReviewAction.Merge => $"merged {c.Value} into {c.EventId}",
                _ => $"split: {c.EventId} / {c.Value}",
            };
            entries.Add(new HistoryEntry(c.At, ActionName(c.Action), c.Reviewer, what, c.Why));
        }
        return (IReadOnlyList<HistoryEntry>?)entries.OrderBy(e => e.At).ToList();
    });

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentEvent>> DocumentEventsAsync(string documentId, CancellationToken cancellationToken = default) => Guard(async () =>
        (IReadOnlyList<DocumentEvent>)(await RowsAsync(
            "SELECT s.event_id, s.event_index, s.data, r.status FROM event_sources s LEFT JOIN event_reviews r ON r.event_id = s.event_id WHERE s.document_id = @d ORDER BY s.event_index",
            ReadTx, r => new DocumentEvent(r.GetString(0), new SourceReport(documentId, Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), EventJsonReader.Read(r.GetString(2))), Text(r, 3)),
            ("d", documentId)).ConfigureAwait(false)));

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> ReviewedEventsAsync(CancellationToken cancellationToken = default) => Guard(async () =>
        (IReadOnlyDictionary<string, string>)(await RowsAsync("SELECT r.event_id, r.status FROM event_reviews r JOIN events e ON e.id = r.event_id WHERE r.status <> 'rejected'",
            ReadTx, r => (r.GetString(0), r.GetString(1))).ConfigureAwait(false)).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal));

    /// <inheritdoc />
    public Task<(long Documents, long Events)> ReextractAsync(Func<DocumentRecord, IReadOnlyList<Event>> extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        if (_batch is not null) throw new InvalidOperationException("re-extraction cannot run inside an ingest batch.");
        return Guard(async () =>
        {
            await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Everything extraction derived goes; documents, subscriptions, deliveries and reviews stay.
            foreach (var table in DerivedTables)
                await ExecAsync($"DELETE FROM {table}", tx).ConfigureAwait(false);
            if (_provider.Dialect == "sqlite") await ExecAsync("INSERT INTO search_fts (search_fts) VALUES ('delete-all')", tx).ConfigureAwait(false);
            else await ExecAsync("DELETE FROM search_documents", tx).ConfigureAwait(false);
            _people = null;
            _rebuilding = true;
            long documents = 0, eventSeq = 1, sourceSeq = 1;
            try
            {
                long after = -1;
                while (true)
                {
                    var page = (await _connection.QueryAsync<(string Id, string ContentHash, string? Url, string Text, string? Published, string? Language, long Seq)>(
                        "SELECT id, content_hash, url, text, published, language, seq FROM documents WHERE seq > @after ORDER BY seq LIMIT 200", new { after }, tx).ConfigureAwait(false)).ToList();
                    if (page.Count == 0) break;
                    foreach (var d in page)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var document = new DocumentRecord(d.Id, d.ContentHash, d.Url, d.Text,
                            d.Published is null ? null : DateOnly.ParseExact(d.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture), d.Language);
                        var events = extract(document);
                        await StoreEventsAsync(document, events, eventSeq, sourceSeq, tx, null).ConfigureAwait(false);
                        await IndexDocumentAsync(document, events, d.Seq, tx).ConfigureAwait(false);
                        eventSeq += events.Count;
                        sourceSeq += events.Count;
                        documents++;
                    }
                    after = page[^1].Seq;
                }
            }
            finally
            {
                _rebuilding = false;
            }
            await ExecAsync("UPDATE store_version SET version = version + 1 WHERE id = 1", tx).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            _counts.Clear();
            var count = Convert.ToInt64(await ScalarAsync("SELECT COUNT(*) FROM events", null).ConfigureAwait(false), CultureInfo.InvariantCulture);
            return (documents, count);
        });
    }

    /// <summary>Runs a review write in its own transaction, after locking the event and checking the ETag the writer read.</summary>
    private Task<ReviewOutcome> WriteReviewAsync(string eventId, string? ifMatch, Func<DbTransaction, EventReview, Task<ReviewOutcome>> write)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        if (_batch is not null) throw new InvalidOperationException("a review cannot be written inside an ingest batch.");
        return Guard(async () =>
        {
            await using var tx = await _connection.BeginTransactionAsync().ConfigureAwait(false);
            // A write first: it takes the event's row lock on PostgreSQL and the write lock on SQLite, so of two reviewers
            // who read the same ETag the second waits here, then sees the first one's change and gets Stale.
            if (await Command("UPDATE events SET seq = seq WHERE id = @id", tx, ("id", eventId)).ExecuteNonQueryAsync().ConfigureAwait(false) == 0)
                return new ReviewOutcome(ReviewResult.NotFound, null);
            var current = (await ReviewOfAsync(eventId, tx).ConfigureAwait(false))!;
            if (ifMatch is not null && !string.Equals(Unquote(ifMatch), current.ETag, StringComparison.Ordinal))
                return new ReviewOutcome(ReviewResult.Stale, current);
            var outcome = await write(tx, current).ConfigureAwait(false);
            if (outcome.Result != ReviewResult.Done) return outcome;
            await ExecAsync("UPDATE store_version SET version = version + 1 WHERE id = 1", tx).ConfigureAwait(false);
            await tx.CommitAsync().ConfigureAwait(false);
            _counts.Clear();
            return outcome with { Review = await ReviewOfAsync(eventId, null).ConfigureAwait(false) };
        });
    }

    private static string Unquote(string etag)
    {
        var t = etag.Trim();
        if (t.StartsWith("W/", StringComparison.Ordinal)) t = t[2..];
        return t.Length >= 2 && t[0] == '"' && t[^1] == '"' ? t[1..^1] : t;
    }

    private async Task<EventReview?> ReviewOfAsync(string eventId, DbTransaction? tx)
    {
        var rows = await RowsAsync(
            "SELECT e.data, e.source_count, r.subject_id, r.status FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id WHERE e.id = @id",
            tx, r => (Data: r.GetString(0), Sources: Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture), Subject: Text(r, 2), Status: Text(r, 3)), ("id", eventId)).ConfigureAwait(false);
        if (rows.Count == 0) return null;
        var row = rows[0];
        var corrections = row.Subject is null ? [] : await CorrectionsAsync(row.Subject, tx).ConfigureAwait(false);
        var etag = TextKey.ShortHash(string.Join('|', row.Data, row.Sources.ToString(CultureInfo.InvariantCulture), row.Status ?? "",
            corrections.Count.ToString(CultureInfo.InvariantCulture), corrections.Count > 0 ? corrections[^1].Id : ""));
        return new EventReview(eventId, row.Status, corrections, etag);
    }

    private async Task<List<Correction>> CorrectionsAsync(string subject, DbTransaction? tx) =>
        await RowsAsync("SELECT id, event_id, action, field, value, why, reviewer, at FROM review_corrections WHERE subject_id = @s ORDER BY seq", tx,
            r => new Correction(r.GetString(0), r.GetString(1), Enum.Parse<ReviewAction>(r.GetString(2), ignoreCase: true), Text(r, 3), Text(r, 4), Text(r, 5), r.GetString(6),
                ParseInstant(r.GetString(7))), ("s", subject)).ConfigureAwait(false);

    private async Task<Event?> GetEventRowAsync(string eventId, DbTransaction tx) =>
        await ScalarAsync("SELECT data FROM events WHERE id = @id", tx, ("id", eventId)).ConfigureAwait(false) is string data ? EventJsonReader.Read(data) : null;

    private async Task<string> NewSubjectAsync(DbTransaction tx)
    {
        var id = "rs-" + Guid.NewGuid().ToString("N")[..16];
        await ExecAsync("INSERT INTO review_subjects (id, created_at) VALUES (@id, @at)", tx, ("id", id), ("at", Now())).ConfigureAwait(false);
        return id;
    }

    /// <summary>The review subject of an event: the one its reports are anchored to, or a new one anchored to all of them.</summary>
    private async Task<string> SubjectOfAsync(string eventId, DbTransaction tx)
    {
        var reports = await ReportsAsync(eventId, tx).ConfigureAwait(false);
        if ((await SubjectsOfReportsAsync(reports, tx).ConfigureAwait(false)).FirstOrDefault(s => s is not null) is { } known)
        {
            // Reports that joined since the subject was made are anchored too: they are part of what the reviewer saw.
            await AnchorReportsAsync(known, reports, tx).ConfigureAwait(false);
            return known;
        }
        var subject = await NewSubjectAsync(tx).ConfigureAwait(false);
        await AnchorReportsAsync(subject, reports, tx).ConfigureAwait(false);
        return subject;
    }

    /// <summary>Anchors to the subject the reports that no subject holds yet.</summary>
    private async Task AnchorReportsAsync(string subject, IReadOnlyList<SourceReport> reports, DbTransaction tx)
    {
        var held = await SubjectsOfReportsAsync(reports, tx).ConfigureAwait(false);
        for (var i = 0; i < reports.Count; i++)
        {
            if (held[i] is not null) continue;
            var a = ReviewAnchor.Of(reports[i]);
            await ExecAsync("INSERT INTO review_anchors (id, subject_id, document_id, span_start, span_end, family, event_index) VALUES (@id, @s, @d, @b, @e, @f, @i)", tx,
                ("id", "ra-" + Guid.NewGuid().ToString("N")[..16]), ("s", subject), ("d", a.DocumentId), ("b", a.Start), ("e", a.End), ("f", a.Family), ("i", a.Index)).ConfigureAwait(false);
        }
    }

    private async Task<List<AnchorRow>> AnchorsAsync(string where, DbTransaction? tx, params (string Name, object? Value)[] args) =>
        await RowsAsync($"SELECT id, subject_id, document_id, span_start, span_end, family, event_index FROM review_anchors WHERE {where} ORDER BY id", tx,
            r => new AnchorRow(r.GetString(0), r.GetString(1), new ReviewAnchor(r.GetString(2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture),
                Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture), r.GetString(5), Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture))), args).ConfigureAwait(false);

    /// <summary>For each report, the subject an anchor ties it to, or null.</summary>
    /// <remarks>Anchors are matched against every report of their documents, not only these: an anchor takes the report of
    /// its document that fits it best, so that it never lands on a neighbouring event of the same sentence. The reports
    /// of a document being stored are not in event_sources yet: they come as <paramref name="pending"/>.</remarks>
    private async Task<string?[]> SubjectsOfReportsAsync(IReadOnlyList<SourceReport> reports, DbTransaction? tx, (string DocumentId, IReadOnlyList<Event> Events)? pending = null)
    {
        var result = new string?[reports.Count];
        if (reports.Count == 0) return result;
        // Read through Dapper, past the kept commands: the document's deferred writes must be in first.
        await FlushAsync(tx).ConfigureAwait(false);
        var args = new DynamicParameters();
        var docs = reports.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).ToArray();
        var anchors = (await _connection.QueryAsync<(string Id, string SubjectId, string DocumentId, long Start, long End, string Family, long Index)>(
            $"SELECT id, subject_id, document_id, span_start, span_end, family, event_index FROM review_anchors WHERE document_id IN {InList("d", docs, args)} ORDER BY id", args, tx).ConfigureAwait(false))
            .ToList();
        if (anchors.Count == 0) return result;
        var all = new List<SourceReport>();
        if (pending is { } p) all.AddRange(p.Events.Select((e, i) => new SourceReport(p.DocumentId, i, e)));
        var stored = docs.Where(d => d != pending?.DocumentId).Where(d => anchors.Exists(a => a.DocumentId == d)).ToArray();
        if (stored.Length > 0)
        {
            var more = new DynamicParameters();
            all.AddRange((await _connection.QueryAsync<(string DocumentId, long EventIndex, string Data)>(
                $"SELECT document_id, event_index, data FROM event_sources WHERE document_id IN {InList("s", stored, more)}", more, tx).ConfigureAwait(false))
                .Select(r => new SourceReport(r.DocumentId, (int)r.EventIndex, EventJsonReader.Read(r.Data))));
        }
        var match = ReviewAnchor.Match(anchors.Select(a => new ReviewAnchor(a.DocumentId, (int)a.Start, (int)a.End, a.Family, (int)a.Index)).ToList(), all);
        var subjectOf = new Dictionary<(string, int), string>();
        for (var k = 0; k < match.Length; k++)
            if (match[k] >= 0) subjectOf[(all[match[k]].DocumentId, all[match[k]].EventIndex)] = anchors[k].SubjectId;
        for (var i = 0; i < reports.Count; i++) result[i] = subjectOf.GetValueOrDefault((reports[i].DocumentId, reports[i].EventIndex));
        return result;
    }

    private async Task AddCorrectionAsync(string subject, string eventId, ReviewAction action, string? field, string? value, ReviewNote note, DbTransaction tx)
    {
        var seq = Convert.ToInt64(await ScalarAsync("SELECT COALESCE(MAX(seq), 0) + 1 FROM review_corrections", tx).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await ExecAsync(
            "INSERT INTO review_corrections (id, subject_id, event_id, action, field, value, why, reviewer, at, seq) VALUES (@id, @s, @e, @a, @f, @v, @w, @r, @at, @seq)", tx,
            ("id", "rc-" + Guid.NewGuid().ToString("N")[..16]), ("s", subject), ("e", eventId), ("a", ActionName(action)), ("f", field), ("v", value),
            ("w", note.Why), ("r", note.Reviewer), ("at", Now()), ("seq", seq)).ConfigureAwait(false);
    }

    /// <summary>Lays the corrections of the event's subject over its agreed values and records its review status.</summary>
    /// <returns>The corrected values and the status (null when no review concerns the event).</returns>
    private async Task<(Event Agreed, string? Status)> OverlayAsync(string eventId, IReadOnlyList<SourceReport> reports, Event agreed, DbTransaction tx,
        (string DocumentId, IReadOnlyList<Event> Events)? pending = null)
    {
        // Anchors are never deleted (a merge moves them): a store without any has no review rows to update either.
        if (pending is not null && !_anyReviews) return (agreed, null);
        var subject = (await SubjectsOfReportsAsync(reports, tx, pending).ConfigureAwait(false)).Where(s => s is not null)
            .GroupBy(s => s!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        if (subject is null)
        {
            await ExecAsync("DELETE FROM event_reviews WHERE event_id = @id", tx, ("id", eventId)).ConfigureAwait(false);
            return (agreed, null);
        }
        var corrections = await CorrectionsAsync(subject, tx).ConfigureAwait(false);
        foreach (var c in corrections)
            if (c.Action == ReviewAction.Set && c.Field is { } field) agreed = ReviewFields.Apply(agreed, field, c.Value ?? "null");
        var verdict = corrections.LastOrDefault(c => c.Action is ReviewAction.Confirm or ReviewAction.Reject or ReviewAction.Set);
        var status = verdict?.Action switch
        {
            ReviewAction.Reject => Rejected,
            ReviewAction.Confirm => "confirmed",
            ReviewAction.Set => "edited",
            _ => "reviewed",
        };
        // One event holds a subject: a stale row (an event since renamed by a re-extraction or a split) is dropped.
        await ExecAsync("DELETE FROM event_reviews WHERE subject_id = @s AND event_id <> @id", tx, ("s", subject), ("id", eventId)).ConfigureAwait(false);
        await ExecAsync("INSERT INTO event_reviews (event_id, subject_id, status) VALUES (@id, @s, @status) ON CONFLICT (event_id) DO UPDATE SET subject_id = excluded.subject_id, status = excluded.status",
            tx, ("id", eventId), ("s", subject), ("status", status)).ConfigureAwait(false);
        return (agreed, status);
    }

    /// <summary>Where reviews send the reports of a document being stored: a report anchored to a subject goes to the event
    /// holding it (or to a new one, never to another subject's event); others keep the matcher's choice. <c>matched</c> is
    /// the matcher's event id for each report, or null for a new event.</summary>
    private async Task<string?[]> ReviewTargetsAsync(DocumentRecord document, IReadOnlyList<Event> events, string?[] matched, DbTransaction tx)
    {
        _anyReviews = _reviewsSeen ?? await ScalarAsync("SELECT 1 FROM review_anchors LIMIT 1", tx).ConfigureAwait(false) is not null;
        if (!_anyReviews) return matched;
        var reports = events.Select((e, i) => new SourceReport(document.Id, i, e)).ToList();
        var subjects = await SubjectsOfReportsAsync(reports, tx, (document.Id, events)).ConfigureAwait(false);
        if (subjects.All(s => s is null)) return matched;
        var targets = (string?[])matched.Clone();
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            if (subjects[i] is not { } s) continue;
            if (placed.TryGetValue(s, out var sibling))
            {
                targets[i] = sibling;
                continue;
            }
            var held = await ScalarAsync("SELECT r.event_id FROM event_reviews r JOIN events e ON e.id = r.event_id WHERE r.subject_id = @s", tx, ("s", s)).ConfigureAwait(false) as string;
            if (held is not null) targets[i] = held;
            else if (targets[i] is { } t && await ScalarAsync("SELECT subject_id FROM event_reviews WHERE event_id = @t", tx, ("t", t)).ConfigureAwait(false) is string other && other != s)
                targets[i] = null;
            placed[s] = targets[i] ?? $"ev-{TextKey.ShortHash($"{document.ContentHash}:{i}")}";
        }
        return targets;
    }

    /// <summary>Rebuilds a stored event from its reports and its review (after a review moved reports or corrected it).</summary>
    private async Task RecomputeAsync(string id, DbTransaction tx)
    {
        var reports = await ReportsAsync(id, tx).ConfigureAwait(false);
        if (reports.Count == 0)
        {
            await DeleteEventRowsAsync(id, tx).ConfigureAwait(false);
            return;
        }
        var (agreed, conflicts) = EventConsensus.Build(reports);
        var inferred = DateInference.Infer(agreed.Date, agreed.Participants, _clock.GetUtcNow().Year);
        if (inferred is not null) agreed = agreed with { Date = inferred.Date };
        var (corrected, _) = await OverlayAsync(id, reports, agreed, tx).ConfigureAwait(false);
        // A date the reviewer set is no longer inferred.
        if (inferred is not null && !Equals(corrected.Date, agreed.Date)) inferred = null;
        var seq = await ScalarAsync("SELECT seq FROM events WHERE id = @id", tx, ("id", id)).ConfigureAwait(false) is { } known
            ? Convert.ToInt64(known, CultureInfo.InvariantCulture)
            : Convert.ToInt64(await ScalarAsync("SELECT COALESCE(MAX(seq), 0) + 1 FROM events", tx).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await UpsertEventAsync(id, corrected, conflicts, inferred, reports.Count, seq, tx).ConfigureAwait(false);
        await ExecAsync("DELETE FROM event_pairs WHERE event_id = @id", tx, ("id", id)).ConfigureAwait(false);
        await ExecAsync("DELETE FROM event_countries WHERE event_id = @id", tx, ("id", id)).ConfigureAwait(false);
        var countries = corrected.Countries.Distinct().ToArray();
        var lo = PartialDates.Lower(corrected.Date);
        foreach (var c in countries)
            await ExecAsync("INSERT INTO event_countries (event_id, country, date_lo, seq) VALUES (@id, @c, @lo, @seq) ON CONFLICT DO NOTHING", tx,
                ("id", id), ("c", c), ("lo", lo), ("seq", seq)).ConfigureAwait(false);
        foreach (var pair in countries.SelectMany((a, k) => countries.Skip(k + 1).Select(b => PairKey(a, b))))
            await ExecAsync("INSERT INTO event_pairs (pair_key, event_id, date_lo, seq) VALUES (@p, @id, @lo, @seq) ON CONFLICT DO NOTHING", tx,
                ("p", pair), ("id", id), ("lo", lo), ("seq", seq)).ConfigureAwait(false);
        await ExecAsync("DELETE FROM event_people WHERE event_id = @id", tx, ("id", id)).ConfigureAwait(false);
        _people = null;
        var seen = corrected.Date?.Year is not null ? corrected.Date : null;
        // The people the event names now: the reviewer's list when corrected, else each report's.
        var people = !ReferenceEquals(corrected.Participants, agreed.Participants) ? corrected.Participants : reports.SelectMany(r => r.Event.Participants).ToList();
        foreach (var p in people) await RecordPersonAsync(p, id, seen, tx, null).ConfigureAwait(false);
    }

    private async Task DeleteEventRowsAsync(string id, DbTransaction tx)
    {
        foreach (var table in EventChildTables)
            await ExecAsync($"DELETE FROM {table} WHERE event_id = @id", tx, ("id", id)).ConfigureAwait(false);
        await ExecAsync("DELETE FROM events WHERE id = @id", tx, ("id", id)).ConfigureAwait(false);
    }

    /// <summary>The condition that hides rejected events from lists and counts.</summary>
    private static string HideRejected(string where) =>
        (where.Length == 0 ? " WHERE " : where + " AND ") + "e.id NOT IN (SELECT rj.event_id FROM event_reviews rj WHERE rj.status = 'rejected')";

    private static string ActionName(ReviewAction action) => action.ToString().ToLowerInvariant();

    private static string Describe(Event e) =>
        string.Join(", ", new[]
        {
            EventJson.Name(e.Type), e.Date?.ToString(), e.Location is { } l ? string.Join(" ", new[] { l.City, l.Country }.Where(x => x is not null)) : null,
            string.Join("-", e.Countries), e.Mechanism is { } m ? m.Name + (m.Edition is { } n ? $" #{n}" : "") : null,
        }.Where(x => !string.IsNullOrEmpty(x)));
}
