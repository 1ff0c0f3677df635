namespace Attache.Cli.Commands;

/// <summary>Takes a saved page's article text out with SmartReader (a port of Mozilla's Readability).</summary>
internal static class HtmlArticle
{
    /// <summary>The page's title and article text, or null when the page has none.</summary>
    public static string? Text(string path, string html)
    {
        var article = new SmartReader.Reader("file://" + Path.GetFullPath(path), html).GetArticle();
        var text = article?.TextContent?.Trim();
        if (string.IsNullOrWhiteSpace(text)) return null;
        var title = article!.Title?.Trim();
        return string.IsNullOrEmpty(title) ? text : title + "\n\n" + text;
    }
}
