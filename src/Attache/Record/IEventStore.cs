using Attache.Model;

namespace Attache.Record;

/// <summary>The record: documents, events merged across documents, people and their offices.</summary>
/// <remarks>Implementations open (and migrate) their database when created; one instance is used by one thread at a time.</remarks>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>A readable description of where the store is (file path or server), without secrets.</summary>
    string Description { get; }

    /// <summary>The schema version the database is at.</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>True when a document with this content hash, or this URL, is already stored.</summary>
    Task<bool> ContainsDocumentAsync(string contentHash, string? url, CancellationToken cancellationToken = default);

    /// <summary>Stores a document and its extracted events in one transaction, merging events with stored ones.</summary>
    /// <returns>Whether the document was new, and how many events were created or merged.</returns>
    Task<IngestOutcome> IngestAsync(DocumentRecord document, IReadOnlyList<Event> events, CancellationToken cancellationToken = default);

    /// <summary>Until the returned batch is disposed, the following ingests share transactions: each document is written
    /// under its own savepoint (a failing one is undone alone, none is ever half-written) and their transaction commits
    /// every <paramref name="maxDocuments"/> documents, or at the first ingest after <paramref name="maxDelay"/> has passed
    /// since it began, and when the batch is committed or disposed.</summary>
    /// <remarks>Opt-in: an <see cref="IngestOutcome"/> returned inside a batch holds once the batch commits; a crash or a
    /// failed commit loses the documents written since the last commit, and only them (a rerun stores them). Reads made
    /// through this store meanwhile see them. A store without transactions to share commits each ingest alone.</remarks>
    IIngestBatch BeginIngestBatch(int maxDocuments, TimeSpan maxDelay) => IIngestBatch.None;

    /// <summary>Lists stored events matching a query, ordered by date then id.</summary>
    Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many stored events match a query (its limit and offset ignored).</summary>
    Task<long> CountEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stored documents whose text contains <paramref name="text"/> (case ignored), in ingestion order.</summary>
    Task<IReadOnlyList<DocumentRecord>> SearchDocumentsAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>Full-text search of the documents (their text, first line and evidence sentences), best first, with a
    /// snippet and the events each supports; accents and case are folded.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>When each of these events was last reported (the latest ingest of its sources).</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> LastReportedAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken = default);

    /// <summary>Saves a subscription; with a webhook it gets a secret, and each event stored from then on that matches it
    /// (new, or changed by a new report) is queued for delivery in the same transaction.</summary>
    Task<Subscription> SubscribeAsync(SubscriptionCriteria criteria, string? webhook, CancellationToken cancellationToken = default);

    /// <summary>Every subscription, oldest first.</summary>
    Task<IReadOnlyList<Subscription>> SubscriptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>One subscription, or null.</summary>
    Task<Subscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a subscription and its deliveries; false when there is none.</summary>
    Task<bool> UnsubscribeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Webhook deliveries, latest first; with <paramref name="dueOnly"/>, the pending ones due now, oldest first.</summary>
    Task<IReadOnlyList<Delivery>> DeliveriesAsync(bool dueOnly, int limit, CancellationToken cancellationToken = default);

    /// <summary>Records an attempt: accepted, or tried again at <paramref name="retryAt"/>, or given up when that is null.</summary>
    Task RecordAttemptAsync(string deliveryId, bool accepted, int? response, string? error, DateTimeOffset? retryAt, CancellationToken cancellationToken = default);

    /// <summary>One stored event, or null.</summary>
    Task<StoredEvent?> GetEventAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The reports of a stored event, in ingestion order.</summary>
    Task<IReadOnlyList<SourceReport>> GetSourcesAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>One stored document, or null.</summary>
    Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>People whose name (any form) matches, or everyone when <paramref name="name"/> is null.</summary>
    Task<IReadOnlyList<PersonRecord>> FindPeopleAsync(string? name, CancellationToken cancellationToken = default);

    /// <summary>How many documents and events are stored.</summary>
    Task<(long Documents, long Events)> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>An event's review state (status, corrections, ETag), or null when there is no such event.</summary>
    Task<EventReview?> GetReviewAsync(string eventId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <summary>Confirms, rejects or corrects a field of an event; with <paramref name="ifMatch"/>, only if the event's
    /// ETag is still that one (else <see cref="ReviewResult.Stale"/> and nothing is stored).</summary>
    Task<ReviewOutcome> ReviewAsync(string eventId, ReviewRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <summary>Folds <paramref name="otherId"/> into <paramref name="eventId"/> (one occurrence): its sources and corrections join it.</summary>
    Task<ReviewOutcome> MergeAsync(string eventId, string otherId, ReviewNote note, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <summary>Takes the reports of these documents out of an event into a new one (another occurrence).</summary>
    Task<ReviewOutcome> SplitAsync(string eventId, IReadOnlyList<string> documentIds, ReviewNote note, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <summary>An event's history: each source with the values it gave, and each correction, oldest first; null if unknown.</summary>
    Task<IReadOnlyList<HistoryEntry>?> HistoryAsync(string eventId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <summary>The events a document reports, in its extraction's order, with their review status (null: not reviewed).</summary>
    Task<IReadOnlyList<DocumentEvent>> DocumentEventsAsync(string documentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <summary>Every reviewed event that is not rejected, with its status (confirmed, edited, reviewed).</summary>
    Task<IReadOnlyDictionary<string, string>> ReviewedEventsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <summary>Extracts every stored document again (with a newer engine) and rebuilds the events from the reports,
    /// keeping every review: corrections, rejections, merges and splits attach to the reports again.</summary>
    /// <returns>How many documents were extracted and how many events the record holds now.</returns>
    Task<(long Documents, long Events)> ReextractAsync(Func<DocumentRecord, IReadOnlyList<Event>> extract, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}

/// <summary>Ingests grouped into shared transactions (see <see cref="IEventStore.BeginIngestBatch"/>); disposing it commits.</summary>
public interface IIngestBatch : IAsyncDisposable
{
    /// <summary>A batch of stores that commit every ingest alone: nothing to do.</summary>
    internal static IIngestBatch None { get; } = new NoBatch();

    /// <summary>Commits the documents ingested since the last commit.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Documents stored since the last commit: lost if the run stops before the next one.</summary>
    int PendingDocuments => 0;

    private sealed class NoBatch : IIngestBatch
    {
        public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
