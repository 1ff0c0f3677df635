using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Attache.Input;

namespace Attache.Cli.Commands;

/// <summary>Takes a page's article text out with SmartReader (a port of Mozilla's Readability), and its metadata from the page's head.</summary>
internal static class HtmlArticle
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The page's title, article text and metadata, or null when the page has no article text.</summary>
    /// <param name="address">Where the page is: a URL, or a saved page's path.</param>
    /// <param name="html">The decoded page.</param>
    public static PageArticle? Read(string address, string html)
    {
        var isWeb = Uri.TryCreate(address, UriKind.Absolute, out var web) && (web.Scheme == Uri.UriSchemeHttp || web.Scheme == Uri.UriSchemeHttps);
        var baseUri = isWeb ? web! : new Uri("file://" + Path.GetFullPath(address));
        var article = new SmartReader.Reader(baseUri.ToString(), html).GetArticle();
        var text = article?.TextContent?.Trim();
        if (string.IsNullOrWhiteSpace(text)) return null;
        var document = Parser.ParseDocument(html);
        var title = Meta(document, "og:title") ?? article!.Title?.Trim() ?? document.Title?.Trim();
        var canonical = Canonical(document, baseUri) ?? (isWeb ? baseUri.ToString() : null);
        return new PageArticle(
            string.IsNullOrEmpty(title) ? text : title + "\n\n" + text,
            string.IsNullOrEmpty(title) ? null : title,
            canonical,
            Published(document),
            Language(document));
    }

    /// <summary>The publication date the page declares: <c>article:published_time</c> (and its kin), JSON-LD <c>datePublished</c>, then the first <c>&lt;time datetime&gt;</c>.</summary>
    internal static DateOnly? Published(IDocument document)
    {
        foreach (var key in (string[])["article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created"])
        {
            if (ParseDate(Meta(document, key)) is { } d) return d;
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (ParseDate(FindString(json.RootElement, "datePublished", 0)) is { } d) return d;
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common and says nothing: the other sources remain.
            }
        }
        var times = document.QuerySelectorAll("time[datetime]");
        var time = times.FirstOrDefault(t => t.HasAttribute("pubdate") || t.GetAttribute("itemprop") == "datePublished") ?? (times.Length > 0 ? times[0] : null);
        return ParseDate(time?.GetAttribute("datetime"));
    }

    private static string? FindString(JsonElement element, string name, int depth)
    {
        if (depth > 16) return null;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String) return property.Value.GetString();
            }
            foreach (var property in element.EnumerateObject())
            {
                if (FindString(property.Value, name, depth + 1) is { } found) return found;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindString(item, name, depth + 1) is { } found) return found;
            }
        }
        return null;
    }

    /// <summary>The calendar date of a timestamp as the publisher wrote it: 2024-02-27T18:00:00+07:00 is 27 February, wherever it is read.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp) ? DateOnly.FromDateTime(stamp.DateTime) : null;
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content) return content.Trim();
        }
        return null;
    }

    private static string? Canonical(IDocument document, Uri baseUri)
    {
        var href = document.QuerySelectorAll("link[href]").FirstOrDefault(l => (l.GetAttribute("rel") ?? "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))?.GetAttribute("href")
            ?? Meta(document, "og:url");
        if (string.IsNullOrWhiteSpace(href)) return null;
        return Uri.TryCreate(baseUri, href.Trim(), out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.ToString() : null;
    }

    /// <summary>The primary language subtag the page declares (<c>&lt;html lang&gt;</c>, <c>content-language</c>, <c>og:locale</c>), lower case.</summary>
    private static string? Language(IDocument document)
    {
        var declared = document.DocumentElement?.GetAttribute("lang")
            ?? document.QuerySelectorAll("meta[http-equiv]").FirstOrDefault(m => m.GetAttribute("http-equiv")!.Equals("content-language", StringComparison.OrdinalIgnoreCase))?.GetAttribute("content")
            ?? Meta(document, "og:locale");
        if (string.IsNullOrWhiteSpace(declared)) return null;
        var primary = declared.Trim().Split('-', '_', ',', ' ')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
