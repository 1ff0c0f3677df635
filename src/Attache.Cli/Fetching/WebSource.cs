using System.Runtime.CompilerServices;
using Attache.Input;
using Attache.Storage;

namespace Attache.Cli.Fetching;

/// <summary>One item read from the Web: a document or an error, the feed entry it came from, and the validators of the page
/// fetched for it (to be stored with the document, so that the next fetch of an unchanged page costs a 304).</summary>
/// <param name="Item">The document or the error; <see cref="InputItem.IsUnchanged"/> when the page answered 304.</param>
/// <param name="Entry">The feed entry, or null for a page given directly.</param>
/// <param name="Page">The address fetched, when its answer carried validators.</param>
/// <param name="Validators">Those validators.</param>
internal sealed record WebItem(InputItem Item, Uri? Entry, string? Page = null, HttpValidators? Validators = null);

/// <summary>Reads documents from the Web: an article's address gives one document, a feed's or sitemap's every article it lists, once.</summary>
/// <param name="fetcher">The polite fetcher.</param>
/// <param name="pages">Turns a fetched page into a document.</param>
/// <param name="validators">The validators of pages fetched before, sent back so that an unchanged page costs a 304; null sends none.</param>
internal sealed class WebSource(PoliteFetcher fetcher, DocumentSource pages, IHttpValidatorStore? validators = null)
{
    /// <summary>True when the input is an http(s) address rather than a path.</summary>
    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The documents at <paramref name="url"/>: the article of a page, or the articles of a feed or sitemap (each one error item when it fails).</summary>
    /// <param name="url">The address given.</param>
    /// <param name="skip">Says whether a feed's article is already taken (a watch's state); null takes every one.</param>
    /// <param name="ct">Stops fetching.</param>
    public async IAsyncEnumerable<WebItem> ReadAsync(string url, Func<Uri, Task<bool>>? skip = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // A page given again is asked for conditionally (its validators are stored only with its document); a feed is
        // always read whole, so that an item that failed last time is tried again.
        var known = validators is null ? null : await validators.GetValidatorsAsync(url, ct).ConfigureAwait(false);
        var fetched = await fetcher.GetAsync(new Uri(url), known?.ETag, known?.LastModified, ct).ConfigureAwait(false);
        if (fetched.NotModified)
        {
            yield return new WebItem(InputItem.Unchanged(url), null);
            yield break;
        }
        if (fetched.Body is not { } body)
        {
            yield return new WebItem(InputItem.FromError(url, null, fetched.Error ?? $"HTTP {fetched.Status}; nothing read"), null);
            yield break;
        }
        var parsed = await ExpandAsync(FeedParser.Parse(body, fetched.ContentType, fetched.Url), ct).ConfigureAwait(false);
        if (!parsed.IsFeed)
        {
            yield return parsed.Kind == "html" ? WithValidators(Page(url, fetched, null), null, url, fetched)
                : new WebItem(InputItem.FromError(url, null, string.Join("; ", parsed.Problems) + "; skipped"), null);
            yield break;
        }
        foreach (var problem in parsed.Problems) yield return new WebItem(InputItem.FromError(url, null, problem), null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in parsed.Entries)
        {
            // The same article listed twice (or under tracking parameters) is read once.
            if (!seen.Add(PageUrls.Normalize(entry.Link.AbsoluteUri))) continue;
            if (skip is not null && await skip(entry.Link).ConfigureAwait(false)) continue;
            yield return await EntryItemAsync(url, entry, ct).ConfigureAwait(false);
        }
    }

    private static WebItem WithValidators(InputItem item, Uri? entry, string page, FetchResult fetched) =>
        fetched.ETag is null && fetched.LastModified is null ? new WebItem(item, entry) : new WebItem(item, entry, page, new HttpValidators(fetched.ETag, fetched.LastModified));

    /// <summary>Fetches one article a feed lists, conditionally when its validators are known.</summary>
    private async Task<WebItem> EntryItemAsync(string feedUrl, FeedEntry entry, CancellationToken ct)
    {
        var page = entry.Link.AbsoluteUri;
        var known = validators is null ? null : await validators.GetValidatorsAsync(page, ct).ConfigureAwait(false);
        var fetched = await fetcher.GetAsync(entry.Link, known?.ETag, known?.LastModified, ct).ConfigureAwait(false);
        if (fetched.NotModified) return new WebItem(InputItem.Unchanged(feedUrl), entry.Link);
        if (fetched.Body is null) return new WebItem(InputItem.FromError(feedUrl, null, $"{entry.Link}: {fetched.Error ?? $"HTTP {fetched.Status}"}"), entry.Link);
        return WithValidators(Page(feedUrl, fetched, entry.Published), entry.Link, page, fetched);
    }

    /// <summary>Fetches a feed (with the validators of its last fetch): its entries, or why there are none, or null when unchanged (304).</summary>
    public async Task<(FeedParse? Feed, FetchResult Fetch)> FeedAsync(string url, string? etag, string? lastModified, CancellationToken ct)
    {
        var fetched = await fetcher.GetAsync(new Uri(url), etag, lastModified, ct).ConfigureAwait(false);
        if (fetched.NotModified || fetched.Body is not { } body) return (null, fetched);
        return (await ExpandAsync(FeedParser.Parse(body, fetched.ContentType, fetched.Url), ct).ConfigureAwait(false), fetched);
    }

    /// <summary>The most sitemaps one sitemap index is followed to (news sitemap indexes list a handful; a larger one is cut with a message).</summary>
    public const int MaxIndexedSitemaps = 50;

    /// <summary>A sitemap index replaced by the articles of the sitemaps it lists (fetched in turn, one level deep); anything else as it is.</summary>
    private async Task<FeedParse> ExpandAsync(FeedParse parsed, CancellationToken ct)
    {
        if (parsed.Kind != "sitemap index") return parsed;
        var entries = new List<FeedEntry>();
        var problems = new List<string>(parsed.Problems);
        foreach (var sitemap in parsed.Entries.Take(MaxIndexedSitemaps))
        {
            var fetched = await fetcher.GetAsync(sitemap.Link, ct: ct).ConfigureAwait(false);
            if (fetched.Body is not { } body)
            {
                problems.Add($"{sitemap.Link}: {fetched.Error ?? $"HTTP {fetched.Status}"}");
                continue;
            }
            var child = FeedParser.Parse(body, fetched.ContentType, fetched.Url);
            if (child.Kind is not ("sitemap" or "news sitemap"))
            {
                problems.Add($"{sitemap.Link}: {(child.Kind == "sitemap index" ? "a sitemap index inside a sitemap index is not followed" : "not a sitemap")}; skipped");
                continue;
            }
            entries.AddRange(child.Entries);
            problems.AddRange(child.Problems.Select(p => $"{sitemap.Link}: {p}"));
        }
        if (parsed.Entries.Count > MaxIndexedSitemaps)
            problems.Add($"the sitemap index lists {parsed.Entries.Count} sitemaps; the first {MaxIndexedSitemaps} were read");
        return new FeedParse("sitemap index", entries, problems);
    }

    /// <summary>Fetches one article a feed lists; the feed's date stands in for a page that declares none.</summary>
    public async Task<InputItem> EntryAsync(string feedUrl, FeedEntry entry, CancellationToken ct)
    {
        var fetched = await fetcher.GetAsync(entry.Link, ct: ct).ConfigureAwait(false);
        if (fetched.Body is null) return InputItem.FromError(feedUrl, null, $"{entry.Link}: {fetched.Error ?? $"HTTP {fetched.Status}"}");
        return Page(feedUrl, fetched, entry.Published);
    }

    private InputItem Page(string source, FetchResult fetched, DateOnly? fallback)
    {
        var (html, _) = HtmlEncoding.Decode(fetched.Body, HtmlEncoding.CharsetOf(fetched.ContentType));
        return pages.ReadPage(source, fetched.Url.AbsoluteUri == source ? source : fetched.Url.AbsoluteUri, html, fallback);
    }
}
