using System.CommandLine;
using System.Runtime.CompilerServices;
using Attache.Cli.Fetching;
using Attache.Cli.Output;
using Attache.Extraction;
using Attache.Input;
using Attache.Model;
using Attache.Queue;
using Attache.Record;
using Attache.Storage;

namespace Attache.Cli.Commands;

/// <summary><c>attache ingest INPUT... [--db]</c>: extracts and stores documents, merging their events into the record.</summary>
public static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Arity = ArgumentArity.OneOrMore, Description = "JSON Lines, .txt, .html or WARC (.warc, .warc.gz) files, folders of them, or http(s) addresses of articles, feeds (RSS, Atom, JSON Feed) and news sitemaps" };
        var db = StoreCommand.DbOption();
        var eventsFile = new Option<string?>("--events")
        {
            Description = "JSON Lines of already extracted events ({\"id\", \"events\"}, as 'attache extract' writes): used instead of extracting for the ids it lists",
        };
        var lockWait = new Option<int>("--lock-wait")
        {
            Description = "Seconds to wait for a database that another process is writing to (another ingest) before stopping",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DefaultLockWaitSeconds,
        };
        lockWait.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && int.TryParse(t.Value, out var n) && n < 0) r.AddError("--lock-wait must be 0 or more seconds.");
        });
        var maxDocBytes = new Option<long>("--max-doc-bytes") { Description = "Skip documents whose text is over N bytes of UTF-8.", HelpName = "N", DefaultValueFactory = _ => DocumentSource.DefaultMaxDocumentBytes };
        maxDocBytes.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && long.TryParse(t.Value, out var n) && n <= 0) r.AddError("--max-doc-bytes must be a positive number of bytes.");
        });
        var queue = new Option<bool>("--queue") { Description = "Enqueue the documents in batches for 'attache worker' processes instead of storing them here (PostgreSQL only)" };
        var batch = new Option<int>("--batch") { Description = "With --queue: documents per job", HelpName = "N", DefaultValueFactory = _ => IngestJobs.DefaultBatchDocuments };
        batch.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && int.TryParse(t.Value, out var n) && n < 1) r.AddError("--batch must be 1 or more documents.");
        });
        var (timeout, perHostDelay) = FetchOptionsFor.Create();
        var command = new Command("ingest", "Extract events from documents and store them; documents already stored are skipped")
        {
            inputs, db, eventsFile, lockWait, maxDocBytes, queue, batch, timeout, perHostDelay,
        };
        command.SetAction(async (parse, ct) =>
        {
            // Checked before anything is read: a SQLite file has one writer, and the queue lives in PostgreSQL.
            if (parse.GetValue(queue) && IngestJobs.Problem(EventStores.Resolve(parse.GetValue(db))) is { } problem)
            {
                await Console.Error.WriteLineAsync($"attache: {problem}").ConfigureAwait(false);
                return StoreCommand.Usage;
            }
            // A mistyped input is a usage error found before the database is opened (and perhaps created).
            foreach (var input in parse.GetValue(inputs) ?? [])
            {
                if (!DocumentSource.Exists(input) && !WebSource.IsUrl(input))
                {
                    await Console.Error.WriteLineAsync($"attache: {input}: no such file or folder").ConfigureAwait(false);
                    return StoreCommand.Usage;
                }
            }
            if (parse.GetValue(queue))
            {
                var target = EventStores.Resolve(parse.GetValue(db));
                if (parse.GetValue(eventsFile) is not null)
                {
                    await Console.Error.WriteLineAsync("attache: --events cannot be combined with --queue: workers extract every document themselves.").ConfigureAwait(false);
                    return StoreCommand.Usage;
                }
                return await EnqueueAsync(target, parse.GetValue(inputs) ?? [], parse.GetValue(maxDocBytes), parse.GetValue(batch), FetchOptionsFor.Read(parse, timeout, perHostDelay), ct).ConfigureAwait(false);
            }
            Dictionary<string, IReadOnlyList<Event>>? given = null;
            if (parse.GetValue(eventsFile) is { } path)
            {
                if (!File.Exists(path))
                {
                    await Console.Error.WriteLineAsync($"attache: --events {path}: no such file").ConfigureAwait(false);
                    return StoreCommand.Usage;
                }
                try
                {
                    given = ReadEvents(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
                {
                    await Console.Error.WriteLineAsync($"attache: --events {path}: {e.Message}").ConfigureAwait(false);
                    return StoreCommand.Usage;
                }
            }
            var wait = new LockWait(TimeSpan.FromSeconds(parse.GetValue(lockWait)));
            var fetch = FetchOptionsFor.Read(parse, timeout, perHostDelay);
            return await StoreCommand.RunAsync(parse.GetValue(db), store => RunAsync(store, parse.GetValue(inputs) ?? [], given, parse.GetValue(maxDocBytes), fetch, wait, ct), create: true, wait).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary><c>--queue</c>: reads the inputs as ingest does and enqueues them in jobs of <paramref name="batchSize"/> documents.</summary>
    private static async Task<int> EnqueueAsync(string db, string[] inputs, long maxDocBytes, int batchSize, FetchOptions fetch, CancellationToken ct)
    {
        IngestJobs jobs;
        try
        {
            jobs = IngestJobs.Open(db);
        }
        catch (StoreException e)
        {
            await Console.Error.WriteLineAsync($"attache: {e.Message}").ConfigureAwait(false);
            return StoreCommand.DatabaseError;
        }
        var source = new DocumentSource(maxDocBytes, HtmlArticle.Read);
        int queued = 0, jobCount = 0, failed = 0;
        var pending = new List<Document>();
        long chars = 0;
        void Flush()
        {
            if (pending.Count == 0) return;
            jobs.Enqueue(pending);
            queued += pending.Count;
            jobCount++;
            pending.Clear();
            chars = 0;
        }
        try
        {
            // The queue's workers store the documents: no validators are sent or kept for what they fetch.
            await foreach (var (item, _, _, _) in ReadAllAsync(inputs, source, fetch, null, ct).ConfigureAwait(false))
            {
                if (item.Document is not { } document)
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"attache: {item.Error}").ConfigureAwait(false);
                    continue;
                }
                pending.Add(document);
                chars += document.Text.Length;
                if (pending.Count >= batchSize || chars >= IngestJobs.MaxBatchTextChars) Flush();
            }
            Flush();
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("attache: interrupted").ConfigureAwait(false);
            Console.WriteLine($"stopped: queued: {Plural.Of(queued, "document")} in {Plural.Of(jobCount, "job")}; {failed} failed");
            return ExitCodes.Cancelled;
        }
        catch (StoreException e)
        {
            await Console.Error.WriteLineAsync($"attache: {e.Message}").ConfigureAwait(false);
            Console.WriteLine($"stopped: queued: {Plural.Of(queued, "document")} in {Plural.Of(jobCount, "job")}; {failed} failed");
            return StoreCommand.DatabaseError;
        }
        Console.WriteLine($"queued: {Plural.Of(queued, "document")} in {Plural.Of(jobCount, "job")}; {failed} failed");
        return failed > 0 ? StoreCommand.BadInput : StoreCommand.Ok;
    }

    /// <summary>Five minutes: room for another ingest of tens of thousands of documents to finish.</summary>
    public const int DefaultLockWaitSeconds = 300;

    private sealed class Tally
    {
        public int New { get; set; }
        public int Revised { get; set; }
        public int Unchanged { get; set; }
        public int Failed { get; set; }
        public int EventsNew { get; set; }
        public int EventsMerged { get; set; }

        public void Add(Tally other)
        {
            New += other.New;
            Revised += other.Revised;
            Unchanged += other.Unchanged;
            Failed += other.Failed;
            EventsNew += other.EventsNew;
            EventsMerged += other.EventsMerged;
        }

        public string Summary() => $"documents: {New} new, {Unchanged} unchanged, {Failed} failed{(Revised > 0 ? $", {Revised} revised" : "")}; events: {EventsNew} new, {EventsMerged} merged";
    }

    private static Dictionary<string, IReadOnlyList<Event>> ReadEvents(string path)
    {
        var result = new Dictionary<string, IReadOnlyList<Event>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").ToString();
            result[id] = doc.RootElement.TryGetProperty("events", out var evs) && evs.ValueKind == System.Text.Json.JsonValueKind.Array
                ? evs.EnumerateArray().Select(EventJsonReader.Read).ToList()
                : [];
        }
        return result;
    }

    private static async IAsyncEnumerable<WebItem> ReadAllAsync(string[] inputs, DocumentSource source, FetchOptions fetch, IHttpValidatorStore? validators,
        [EnumeratorCancellation] CancellationToken ct)
    {
        using var fetcher = new PoliteFetcher(fetch);
        var web = new WebSource(fetcher, source, validators);
        foreach (var input in inputs)
        {
            if (WebSource.IsUrl(input))
            {
                await foreach (var item in web.ReadAsync(input, ct: ct).ConfigureAwait(false)) yield return item;
            }
            else
            {
                foreach (var item in source.Read([input])) yield return new WebItem(item, null);
            }
        }
    }

    private static async Task<int> RunAsync(IEventStore store, string[] inputs, Dictionary<string, IReadOnlyList<Event>>? given, long maxDocBytes, FetchOptions fetch, LockWait wait, CancellationToken ct)
    {
        var source = new DocumentSource(maxDocBytes, HtmlArticle.Read);
        // WARC files are streamed (a crawl archive does not fit in memory): the progress bar then counts bytes read.
        var warcBytes = inputs.Where(i => WarcReader.IsWarcPath(i) && File.Exists(i)).Sum(i => new FileInfo(i).Length);
        var streamed = inputs.Any(i => WarcReader.IsWarcPath(i) || WebSource.IsUrl(i));
        var items = streamed ? null : source.Read(inputs).ToList();
        var extractor = new Extractor();
        // What is committed, and what the open transaction holds: the summary counts stored documents only, also when the
        // run stops midway (the open transaction's documents are then rolled back, and a rerun stores them).
        var stored = new Tally();
        var pending = new Tally();
        // Documents share transactions (each still whole or absent): committing each alone costs more than storing it.
        var batch = store.BeginIngestBatch(EventStores.IngestBatchDocuments, EventStores.IngestBatchDelay);
        try
        {
            // Per-item errors go through the bar (DocumentProgress.Report): above it on a terminal, plain lines otherwise.
            async Task OneAsync(InputItem item, DocumentProgress progress, WebItem? web = null)
            {
                var kept = await IngestOneAsync(store, extractor, given, item, batch, pending, wait, progress.Report, ct).ConfigureAwait(false);
                // In the document's transaction when it is still open: the validators are never stored without the document.
                if (kept && web is { Page: { } page, Validators: { } v } && store is IHttpValidatorStore validators)
                    await validators.SetValidatorsAsync(page, v, ct).ConfigureAwait(false);
                if (batch.PendingDocuments == 0)
                {
                    stored.Add(pending);
                    pending = new Tally();
                }
            }
            var terminal = DocumentProgress.Terminal();
            if (streamed)
            {
                // A streamed input's size is known in bytes only (a WARC file), or not at all (feeds, pages).
                await DocumentProgress.RunAsync(terminal, "reading", warcBytes > 0 ? warcBytes : null, async progress =>
                {
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    await foreach (var web in ReadAllAsync(inputs, source, fetch, store as IHttpValidatorStore, ct).ConfigureAwait(false))
                    {
                        await OneAsync(web.Item, progress, web).ConfigureAwait(false);
                        progress.SetValue(source.Progress.BytesRead);
                        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                        progress.Describe(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source.Progress.Records:N0} records, {source.Progress.Records / seconds:N0}/s"));
                    }
                }, DocumentProgress.Unit.Bytes).ConfigureAwait(false);
            }
            else
            {
                await DocumentProgress.RunAsync(items!.Count > 1 ? terminal : null, "documents", items!.Count, async progress =>
                {
                    foreach (var item in items!)
                    {
                        await OneAsync(item, progress).ConfigureAwait(false);
                        progress.Advance();
                    }
                }).ConfigureAwait(false);
            }
            await batch.CommitAsync(ct).ConfigureAwait(false);
            stored.Add(pending);
            pending = new Tally();
        }
        catch (Exception e) when (e is StoreException or OperationCanceledException)
        {
            await Console.Error.WriteLineAsync(e is StoreException ? $"attache: {e.Message}" : "attache: interrupted").ConfigureAwait(false);
            // Failed and unchanged items are not in the open transaction: they stay counted. The documents it holds are
            // whole (a failing one was undone alone): committed when the database still allows it, else left to a rerun.
            stored.Failed += pending.Failed;
            stored.Unchanged += pending.Unchanged;
            var lost = 0;
            if (batch.PendingDocuments > 0)
            {
                try
                {
                    await batch.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                    stored.New += pending.New;
                    stored.Revised += pending.Revised;
                    stored.EventsNew += pending.EventsNew;
                    stored.EventsMerged += pending.EventsMerged;
                }
                catch (StoreException)
                {
                    lost = pending.New + pending.Revised;
                }
            }
            Console.WriteLine($"stopped: {stored.Summary()}"
                + (lost > 0 ? $"; {Plural.Of(lost, "document")} of the unfinished transaction not stored (a rerun stores them)" : ""));
            return e is StoreException ? StoreCommand.DatabaseError : ExitCodes.Cancelled;
        }
        finally
        {
            // Disposing commits what is left; after a failure there is nothing left to commit, so it does not throw again.
            try
            {
                await batch.DisposeAsync().ConfigureAwait(false);
            }
            catch (StoreException)
            {
                // Already reported above.
            }
        }
        if (source.Progress.Records > 0) Console.WriteLine(WarcSummary(source.Progress));
        Console.WriteLine(stored.Summary());
        if (await SendWebhooksAsync(store, ct).ConfigureAwait(false) is { } webhooks) Console.WriteLine(webhooks);
        return stored.Failed > 0 ? StoreCommand.BadInput : StoreCommand.Ok;
    }

    /// <summary>Sends the webhook deliveries that are due (those this run queued, and any older ones waiting), one attempt
    /// each, and says how it went; null when none was due. Refused ones wait for their back-off, as under serve.</summary>
    /// <remarks>Without a subscription nothing is ever due: one indexed query, whatever the number of documents.</remarks>
    internal static async Task<string?> SendWebhooksAsync(IEventStore store, CancellationToken ct)
    {
        if ((await store.DeliveriesAsync(dueOnly: true, 1, ct).ConfigureAwait(false)).Count == 0) return null;
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var sender = new WebhookSender(http, TimeProvider.System);
        var (attempted, delivered) = (0, 0);
        // Each round takes the oldest 100 due; every attempt moves its delivery out of the due ones (delivered, retried later
        // or given up), so the rounds end. The bound keeps a huge backlog for serve and 'deliveries --send'.
        for (var round = 0; round < 50; round++)
        {
            var due = (await store.DeliveriesAsync(dueOnly: true, 100, ct).ConfigureAwait(false)).Count;
            if (due == 0) break;
            attempted += due;
            delivered += await sender.SendDueAsync(store, ct).ConfigureAwait(false);
        }
        var waiting = attempted - delivered;
        return $"webhooks: {delivered} delivered" + (waiting > 0 ? $", {waiting} to retry ('attache serve' or 'attache deliveries --send')" : "");
    }

    /// <summary>What the WARC files held: <c>warc: 7 records; 3 skipped (1 request, 1 not HTML, 1 status 301)</c>.</summary>
    internal static string WarcSummary(ReadProgress progress)
    {
        var skipped = progress.Skipped.Values.Sum();
        var reasons = string.Join(", ", progress.Skipped.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}"));
        return $"warc: {Plural.Of(progress.Records, "record")}; {skipped} skipped" + (skipped > 0 ? $" ({reasons})" : "");
    }

    /// <summary>Ingests one item and counts it; true when its document is stored (new, revised or already there).</summary>
    private static async Task<bool> IngestOneAsync(IEventStore store, Extractor extractor, Dictionary<string, IReadOnlyList<Event>>? given, InputItem item,
        IIngestBatch batch, Tally tally, LockWait wait, Action<string> report, CancellationToken ct)
    {
        if (item.IsUnchanged)
        {
            tally.Unchanged++;
            return false;
        }
        if (item.Document is not { } document)
        {
            tally.Failed++;
            report($"attache: {item.Error}");
            return false;
        }
        // The same application service as the API's POST /api/documents: skip known documents, extract, store.
        // Another writer's lock is waited for only between transactions (none open here): nothing is then half-written.
        var ingestor = new DocumentIngestor(extractor);
        var events = given is not null && given.TryGetValue(document.Id, out var known) ? known : null;
        var result = await wait.RunAsync(store.Description, () => ingestor.IngestAsync(store, document, events, ct), () => batch.PendingDocuments == 0, ct).ConfigureAwait(false);
        switch (result.Status)
        {
            case IngestStatus.New:
                tally.New++;
                tally.EventsNew += result.EventsNew;
                tally.EventsMerged += result.EventsMerged;
                break;
            case IngestStatus.Revised:
                tally.Revised++;
                tally.EventsNew += result.EventsNew;
                tally.EventsMerged += result.EventsMerged;
                break;
            case IngestStatus.Unchanged:
                tally.Unchanged++;
                break;
            default:
                tally.Failed++;
                report($"attache: {item.Location}: {result.Error}");
                return false;
        }
        return true;
    }
}
