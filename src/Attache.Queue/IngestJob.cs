using Attache.Extraction;
using Attache.Record;
using Attache.Storage;

namespace Attache.Queue;

/// <summary>One ingest job: a batch of documents extracted and stored through <see cref="DocumentIngestor"/>, the same
/// application service as <c>attache ingest</c> and the API.</summary>
/// <param name="db">The record's database (the worker's <c>--db</c>; never part of the job, which would store its password).</param>
/// <param name="extractor">The extractor, shared by the worker's jobs (it is thread-safe).</param>
/// <param name="log">Where each job's summary and each bad document are written.</param>
public sealed class IngestJob(string db, IExtractor extractor, TextWriter log)
{
    /// <summary>Attempts per document on a database error before the job fails (and the engine retries it later).</summary>
    internal const int DocumentAttempts = 5;

    /// <summary>Stores the batch, one transaction per document, and returns its summary (kept as the job's result).</summary>
    /// <remarks>Each document is whole or absent and a stored one is recognised by its content: a job run again after a
    /// worker died stores only what the dead run had not committed, so every document is stored exactly once.</remarks>
    /// <exception cref="StoreException">The database stayed unusable over every attempt: the engine retries the job.</exception>
    public async Task<string> RunAsync(QueuedDocument[] documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ingestor = new DocumentIngestor(extractor);
        int stored = 0, unchanged = 0, failed = 0, eventsNew = 0, eventsMerged = 0;
        IEventStore? store = null;
        try
        {
            foreach (var queued in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = queued.ToDocument();
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        store ??= await EventStores.OpenExistingAsync(db, cancellationToken: cancellationToken).ConfigureAwait(false);
                        var result = await ingestor.IngestAsync(store, document, cancellationToken: cancellationToken).ConfigureAwait(false);
                        switch (result.Status)
                        {
                            case IngestStatus.New or IngestStatus.Revised:
                                stored++;
                                eventsNew += result.EventsNew;
                                eventsMerged += result.EventsMerged;
                                break;
                            case IngestStatus.Unchanged:
                                unchanged++;
                                break;
                            default:
                                // A bad document stays bad on a retry: reported, and the batch goes on.
                                failed++;
                                await log.WriteLineAsync($"attache: document \"{document.Id}\": {result.Error}").ConfigureAwait(false);
                                break;
                        }
                        break;
                    }
                    catch (StoreException) when (attempt < DocumentAttempts && !cancellationToken.IsCancellationRequested)
                    {
                        // A deadlock with another worker (on people both create), the same document stored by another
                        // worker at the same moment, or a dropped connection: the transaction was rolled back whole, so the
                        // document is tried again on a fresh connection (a stored copy is then found unchanged).
                        if (store is not null) await store.DisposeAsync().ConfigureAwait(false);
                        store = null;
                        await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt * attempt), cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            if (store is not null) await store.DisposeAsync().ConfigureAwait(false);
        }
        var summary = $"documents: {stored} new, {unchanged} unchanged, {failed} failed; events: {eventsNew} new, {eventsMerged} merged";
        await log.WriteLineAsync(summary).ConfigureAwait(false);
        return summary;
    }
}
