using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Attache.Cli.Fetching;
using Attache.Extraction;
using Attache.Input;
using Attache.Record;
using Attache.Storage;

namespace Attache.Cli.Commands;

/// <summary><c>attache watch FEEDS.txt [--every 15m] [--db]</c>: polls feeds and sitemaps, ingesting each new article once, across restarts.</summary>
public static partial class WatchCommand
{
    /// <summary>After this many failed fetches an item is given up (one line says so), so a dead link is not fetched forever.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var feeds = new Argument<string>("FEEDS") { Description = "A text file with one feed, news sitemap or page address per line (# starts a comment); re-read every round" };
        var every = new Option<string>("--every") { Description = "Time between two polls: 15m, 30s, 1h…", HelpName = "INTERVAL", DefaultValueFactory = _ => "15m" };
        every.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && ParseInterval(t.Value) is null) r.AddError($"--every: '{t.Value}' is not an interval such as 15m, 30s or 1h.");
        });
        var once = new Option<bool>("--once") { Description = "Poll once and stop (exit code 1 when an item failed)" };
        var db = StoreCommand.DbOption();
        var (timeout, perHostDelay) = FetchOptionsFor.Create();
        var command = new Command("watch", "Poll feeds and ingest their new articles; the state is kept in the database, so a restart ingests nothing twice")
        {
            feeds, every, once, db, timeout, perHostDelay,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(feeds)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"attache: {path}: no such file").ConfigureAwait(false);
                return StoreCommand.Usage;
            }
            var interval = ParseInterval(parse.GetValue(every)!)!.Value;
            var fetch = FetchOptionsFor.Read(parse, timeout, perHostDelay);
            return await StoreCommand.RunAsync(parse.GetValue(db), store => RunAsync(store, path, interval, parse.GetValue(once), fetch, ct), create: true).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>An interval such as <c>15m</c>, <c>30s</c>, <c>1h</c>, <c>500ms</c> or a number of seconds; null when unreadable or not positive.</summary>
    internal static TimeSpan? ParseInterval(string text)
    {
        var m = IntervalPattern().Match(text.Trim());
        if (!m.Success || !double.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return m.Groups[2].Value.ToLowerInvariant() switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "" or "s" => TimeSpan.FromSeconds(n),
            "m" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            _ => null,
        };
    }

    private static async Task<int> RunAsync(IEventStore store, string path, TimeSpan interval, bool once, FetchOptions fetch, CancellationToken ct)
    {
        if (store is not (IFeedStateStore state and IHttpValidatorStore validators))
        {
            await Console.Error.WriteLineAsync($"attache: {store.Description} cannot keep a watch's state").ConfigureAwait(false);
            return StoreCommand.DatabaseError;
        }
        using var fetcher = new PoliteFetcher(fetch);
        var web = new WebSource(fetcher, new DocumentSource(DocumentSource.DefaultMaxDocumentBytes, HtmlArticle.Read));
        var ingestor = new DocumentIngestor(new Extractor());
        var failedAny = false;
        try
        {
            while (true)
            {
                var round = new Round();
                foreach (var feed in ReadFeeds(path))
                {
                    await PollAsync(feed, web, ingestor, store, state, validators, round, ct).ConfigureAwait(false);
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss}Z {round.Summary()}"));
                failedAny |= round.Failed > 0;
                if (once) break;
                await Task.Delay(interval, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("attache: interrupted").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (StoreException e)
        {
            await Console.Error.WriteLineAsync($"attache: {e.Message}").ConfigureAwait(false);
            return StoreCommand.DatabaseError;
        }
        return failedAny ? StoreCommand.BadInput : StoreCommand.Ok;
    }

    private sealed class Round
    {
        public int Feeds { get; set; }
        public int NotModified { get; set; }
        public int New { get; set; }
        public int Unchanged { get; set; }
        public int Failed { get; set; }
        public int Events { get; set; }

        public string Summary() => $"feeds: {Feeds} ({NotModified} unchanged, 304); articles: {New} new, {Unchanged} unchanged, {Failed} failed; events: {Events} new or merged";
    }

    private static List<string> ReadFeeds(string path)
    {
        try
        {
            return [.. File.ReadAllLines(path).Select(l => l.Split('#', 2)[0].Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file may be being rewritten: the next round reads it again.
            Console.Error.WriteLine($"attache: {path}: cannot read: {e.Message.ReplaceLineEndings(" ")}");
            return [];
        }
    }

    private static async Task PollAsync(string feed, WebSource web, DocumentIngestor ingestor, IEventStore store, IFeedStateStore state,
        IHttpValidatorStore validators, Round round, CancellationToken ct)
    {
        round.Feeds++;
        if (!WebSource.IsUrl(feed))
        {
            round.Failed++;
            await Console.Error.WriteLineAsync($"attache: {feed}: not an http(s) address; skipped").ConfigureAwait(false);
            return;
        }
        // The validators of the feed's last answer, kept in the database: an unchanged feed costs a 304, after a restart too.
        // Kept under their own key: a page's validators are stored with its document, a feed's once its items are taken.
        var validatorKey = FeedValidatorKey(feed);
        var known = await validators.GetValidatorsAsync(validatorKey, ct).ConfigureAwait(false);
        var (parsed, fetched) = await web.FeedAsync(feed, known?.ETag, known?.LastModified, ct).ConfigureAwait(false);
        if (fetched.NotModified)
        {
            round.NotModified++;
            return;
        }
        if (parsed is null || !parsed.IsFeed)
        {
            round.Failed++;
            var why = fetched.Error ?? (parsed?.Kind == "html" ? "a page, not a feed or sitemap (give pages to 'attache ingest')" : string.Join("; ", parsed?.Problems ?? []));
            await Console.Error.WriteLineAsync($"attache: {feed}: {why}").ConfigureAwait(false);
            return;
        }
        foreach (var problem in parsed.Problems) await Console.Error.WriteLineAsync($"attache: {feed}: {problem}").ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var retrying = false;
        foreach (var entry in parsed.Entries)
        {
            var key = PageUrls.Normalize(entry.Link.AbsoluteUri);
            if (!seen.Add(key)) continue;
            var taken = await state.GetFeedItemAsync(feed, key, ct).ConfigureAwait(false);
            if (taken is { Status: "stored" or "failed" }) continue;
            var attempts = (taken?.Attempts ?? 0) + 1;
            var item = await web.EntryAsync(feed, entry, ct).ConfigureAwait(false);
            if (item.Document is not { } document)
            {
                round.Failed++;
                var givenUp = attempts >= MaxAttempts;
                retrying |= !givenUp;
                await Console.Error.WriteLineAsync($"attache: {item.Error}" + (givenUp ? $" (tried {attempts} times; given up)" : "")).ConfigureAwait(false);
                await state.SetFeedItemAsync(feed, key, new FeedItemState(givenUp ? "failed" : "retry", attempts, null), item.Error?.Message, ct).ConfigureAwait(false);
                continue;
            }
            // Stored first, marked after: a crash in between refetches the article, which the store then finds unchanged.
            var result = await ingestor.IngestAsync(store, document, null, ct).ConfigureAwait(false);
            switch (result.Status)
            {
                case IngestStatus.New:
                    round.New++;
                    round.Events += result.EventsNew + result.EventsMerged;
                    Console.WriteLine($"new: {document.Url} ({Plural.Of(result.EventsNew + result.EventsMerged, "event")})");
                    break;
                case IngestStatus.Revised:
                    round.New++;
                    round.Events += result.EventsNew + result.EventsMerged;
                    Console.WriteLine($"revised: {document.Url} (revision {result.Revision}; {Plural.Of(result.EventsNew + result.EventsMerged, "event")})");
                    break;
                case IngestStatus.Unchanged:
                    round.Unchanged++;
                    break;
                default:
                    round.Failed++;
                    await Console.Error.WriteLineAsync($"attache: {feed}: {entry.Link}: {result.Error}").ConfigureAwait(false);
                    break;
            }
            await state.SetFeedItemAsync(feed, key, new FeedItemState(result.Status == IngestStatus.Failed ? "failed" : "stored", attempts, result.Status == IngestStatus.Failed ? null : result.DocumentId),
                result.Error, ct).ConfigureAwait(false);
        }
        // Last, once every item is stored or marked: a watch killed before this reads the feed whole again, and finds in the
        // state table what it took already. An item left to retry forgets them, so that its retry is not hidden by a 304.
        await validators.SetValidatorsAsync(validatorKey, retrying ? new HttpValidators(null, null) : new HttpValidators(fetched.ETag, fetched.LastModified), ct).ConfigureAwait(false);
    }

    /// <summary>The key of a watched feed's validators in the validator table (apart from the same address ingested as a page).</summary>
    internal static string FeedValidatorKey(string feed) => "watch " + feed;

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h|)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IntervalPattern();
}
