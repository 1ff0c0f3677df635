using System.Globalization;
using System.Text;
using System.Xml;
using CodeHollow.FeedReader;

namespace Attache.Cli.Fetching;

/// <summary>One article a feed or sitemap lists: its address, and the date and title the feed gives.</summary>
internal sealed record FeedEntry(Uri Link, DateOnly? Published, string? Title);

/// <summary>What a fetched body is: a page, or a feed or sitemap with its entries, or something unreadable.</summary>
internal sealed record FeedParse(string Kind, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<string> Problems)
{
    /// <summary>True when the body is a feed or a sitemap.</summary>
    public bool IsFeed => Kind is not ("html" or "unknown");
}

/// <summary>Reads RSS 2.0, Atom 1.0 and JSON Feed (with CodeHollow.FeedReader) and sitemaps, news sitemaps included (<c>&lt;news:publication_date&gt;</c>).</summary>
internal static class FeedParser
{
    /// <summary>Classifies and parses a fetched body; an item without a usable link is a problem, the other items are kept.</summary>
    public static FeedParse Parse(byte[] body, string? contentType, Uri baseUrl)
    {
        var start = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 2048)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var type = contentType ?? "";
        if (type.Contains("html", StringComparison.OrdinalIgnoreCase) && !type.Contains("xml", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return new FeedParse("html", [], []);
        if (start.Contains("<urlset", StringComparison.Ordinal) || start.Contains("<sitemapindex", StringComparison.Ordinal)) return Sitemap(body, baseUrl);
        if (!start.StartsWith('<') && !start.StartsWith('{')) return new FeedParse("unknown", [], ["neither a page, a feed nor a sitemap"]);
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(body);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new FeedParse("unknown", [], ["not a readable feed: " + e.Message.ReplaceLineEndings(" ")]);
        }
        var entries = new List<FeedEntry>();
        var problems = new List<string>();
        var n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            var link = item.Link ?? (item.Id is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? id : null);
            if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(baseUrl, link.Trim(), out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add($"item {n} (\"{Short(item.Title)}\") has no usable link; skipped");
                continue;
            }
            var published = item.PublishingDate is { } d ? DateOnly.FromDateTime(d) : ParseDate(item.PublishingDateString);
            entries.Add(new FeedEntry(uri, published, item.Title?.Trim()));
        }
        return new FeedParse(feed.Type.ToString().ToLowerInvariant(), entries, problems);
    }

    private static FeedParse Sitemap(byte[] body, Uri baseUrl)
    {
        var entries = new List<FeedEntry>();
        var problems = new List<string>();
        var kind = "sitemap";
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            string? loc = null, date = null, title = null;
            var n = 0;
            // ReadElementContentAsString leaves the reader on the node after the element: that node is looked at next, not
            // skipped by another Read (else '<loc>…</loc></url>' written without spaces would lose its entry).
            var read = reader.Read();
            while (read)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "loc" or "publication_date" or "lastmod" or "title")
                {
                    var name = reader.LocalName;
                    var value = reader.ReadElementContentAsString().Trim();
                    switch (name)
                    {
                        case "loc":
                            loc = value;
                            break;
                        case "publication_date":
                            date = value;
                            kind = "news sitemap";
                            break;
                        case "lastmod":
                            date ??= value;
                            break;
                        default:
                            title = value;
                            break;
                    }
                    read = !reader.EOF;
                    continue;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sitemapindex") kind = "sitemap index";
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "url" or "sitemap" && !reader.IsEmptyElement) (loc, date, title) = (null, null, null);
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "url" or "sitemap")
                {
                    n++;
                    if (loc is null || !Uri.TryCreate(baseUrl, loc, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                        problems.Add($"entry {n} has no usable <loc>; skipped");
                    else
                        entries.Add(new FeedEntry(uri, ParseDate(date), title));
                }
                read = reader.Read();
            }
        }
        catch (XmlException e)
        {
            problems.Add("invalid XML: " + e.Message.ReplaceLineEndings(" "));
        }
        // A sitemap index's entries are sitemaps, not articles: WebSource follows them.
        return new FeedParse(kind, entries, problems);
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp) ? DateOnly.FromDateTime(stamp.DateTime) : null;
    }

    private static string Short(string? s) => s is null ? "" : s.Length <= 50 ? s : s[..47] + "...";
}
