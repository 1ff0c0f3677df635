using Attache.Extraction;
using Attache.Input;
using Attache.Model;
using Attache.Record;

namespace Attache.Storage;

/// <summary>What ingesting one document did to the record.</summary>
public enum IngestStatus
{
    /// <summary>The document was stored with its events.</summary>
    New,
    /// <summary>The document (same text, or an earlier text of its URL) was already stored; nothing changed.</summary>
    Unchanged,
    /// <summary>The document's URL was stored with another text: this text is its next revision, its events re-extracted.</summary>
    Revised,
    /// <summary>The document could not be stored; nothing changed.</summary>
    Failed,
}

/// <summary>The result of ingesting one document.</summary>
/// <param name="DocumentId">The document's identifier.</param>
/// <param name="Status">What happened.</param>
/// <param name="EventsNew">Events created.</param>
/// <param name="EventsMerged">Reports merged into events already stored.</param>
/// <param name="Error">Why it failed, when it did.</param>
/// <param name="Revision">The stored revision (1 for a new document; 0 when nothing was stored).</param>
public sealed record DocumentIngestResult(string DocumentId, IngestStatus Status, int EventsNew, int EventsMerged, string? Error, int Revision = 0);

/// <summary>The application service that puts documents into the record: skip known ones, extract, store. The CLI and the API both use it.</summary>
/// <param name="extractor">The extractor used for documents whose events are not given.</param>
/// <remarks>Thread-safe as long as each call gets its own store.</remarks>
public sealed class DocumentIngestor(IExtractor extractor)
{
    /// <summary>Why the document cannot be ingested (its id is taken by another text), or null when it can.</summary>
    public static async Task<string?> CheckAsync(IEventStore store, Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(document);
        // Readers check ids already; this holds for documents built in code too.
        if (DocumentIds.Problem(document.Id) is { } badId) return badId + "; not stored.";
        var record = DocumentRecord.FromDocument(document);
        if (await store.ContainsDocumentAsync(record.ContentHash, null, cancellationToken).ConfigureAwait(false)) return null;
        // The same id under the same URL is a new revision of that document, not a conflict.
        return await store.GetDocumentAsync(document.Id, cancellationToken).ConfigureAwait(false) is not { } stored || (record.Url is not null && stored.Url == record.Url) ? null
            : $"document id '{document.Id}' is already stored with a different text and URL; give the new version another id.";
    }

    /// <summary>Ingests one document, extracting its events unless <paramref name="events"/> gives them.</summary>
    /// <exception cref="StoreException">The database could not be used.</exception>
    public async Task<DocumentIngestResult> IngestAsync(IEventStore store, Document document, IReadOnlyList<Event>? events = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(document);
        if (DocumentIds.Problem(document.Id) is { } badId) return new DocumentIngestResult(document.Id, IngestStatus.Failed, 0, 0, badId + "; not stored.");
        var record = DocumentRecord.FromDocument(document);
        // The same text is not extracted again; a known URL with a new text is (the store makes it a revision).
        if (await store.ContainsDocumentAsync(record.ContentHash, null, cancellationToken).ConfigureAwait(false))
            return new DocumentIngestResult(document.Id, IngestStatus.Unchanged, 0, 0, null);
        if (await CheckAsync(store, document, cancellationToken).ConfigureAwait(false) is { } problem)
            return new DocumentIngestResult(document.Id, IngestStatus.Failed, 0, 0, problem);
        IReadOnlyList<Event> found;
        try
        {
            found = events ?? extractor.Extract(document).Events;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new DocumentIngestResult(document.Id, IngestStatus.Failed, 0, 0, $"extraction failed: {e.Message}");
        }
        IngestOutcome outcome;
        try
        {
            outcome = await store.IngestAsync(record, found, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException e)
        {
            return new DocumentIngestResult(document.Id, IngestStatus.Failed, 0, 0, e.Message);
        }
        if (!outcome.IsNew) return new DocumentIngestResult(document.Id, IngestStatus.Unchanged, 0, 0, null);
        return new DocumentIngestResult(outcome.DocumentId ?? document.Id, outcome.Revision > 1 ? IngestStatus.Revised : IngestStatus.New, outcome.EventsNew, outcome.EventsMerged, null, outcome.Revision);
    }
}
