using System.Globalization;
using System.Text.Json;
using Attache.Model;

namespace Attache.Cli.Commands;

/// <summary>One item read from the inputs: a document, or the reason it could not be read.</summary>
internal sealed record InputItem(string Origin, Document? Document, string? Error);

/// <summary>Reads documents for <c>ingest</c>: JSON Lines, .txt, saved .html pages (article text by SmartReader), folders.</summary>
/// <remarks>A private reader until the shared one in <c>Attache.Input</c> lands; never throws on bad input.</remarks>
internal static class IngestInputReader
{
    private static readonly string[] Extensions = [".jsonl", ".txt", ".html", ".htm"];

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal);
                foreach (var f in files)
                    foreach (var item in ReadFile(f)) yield return item;
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path)) yield return item;
            }
            else yield return new InputItem(path, null, "no such file or directory");
        }
    }

    private static IEnumerable<InputItem> ReadFile(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        string content;
        string? error = null;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            content = "";
            error = $"cannot read: {e.Message}";
        }
        if (error is not null)
        {
            yield return new InputItem(path, null, error);
            yield break;
        }
        var id = Path.GetFileNameWithoutExtension(path);
        switch (ext)
        {
            case ".jsonl":
                var n = 0;
                foreach (var line in content.Split('\n'))
                {
                    n++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    yield return ParseLine($"{path}:{n}", line);
                }
                break;
            case ".html" or ".htm":
                yield return ReadHtml(path, id, content);
                break;
            default:
                yield return string.IsNullOrWhiteSpace(content)
                    ? new InputItem(path, null, "empty file")
                    : new InputItem(path, new Document(id, content), null);
                break;
        }
    }

    private static InputItem ParseLine(string origin, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object) return new InputItem(origin, null, "not a JSON object");
            var id = o.TryGetProperty("id", out var idv) ? idv.ValueKind switch
            {
                JsonValueKind.String => idv.GetString(),
                JsonValueKind.Number => idv.GetRawText(),
                _ => null,
            } : null;
            if (string.IsNullOrWhiteSpace(id)) return new InputItem(origin, null, "missing \"id\"");
            if (!o.TryGetProperty("text", out var tv) || tv.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(tv.GetString()))
                return new InputItem(origin, null, $"document {id}: missing or empty \"text\"");
            DateOnly? published = null;
            if (o.TryGetProperty("published", out var pv) && pv.ValueKind == JsonValueKind.String && pv.GetString() is { Length: > 0 } ps)
            {
                if (!DateOnly.TryParseExact(ps, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    return new InputItem(origin, null, $"document {id}: \"published\" is not YYYY-MM-DD");
                published = d;
            }
            var url = o.TryGetProperty("url", out var uv) && uv.ValueKind == JsonValueKind.String ? uv.GetString() : null;
            var lang = o.TryGetProperty("lang", out var lv) && lv.ValueKind == JsonValueKind.String ? lv.GetString()
                : o.TryGetProperty("language", out var lv2) && lv2.ValueKind == JsonValueKind.String ? lv2.GetString() : null;
            return new InputItem(origin, new Document(id, tv.GetString()!, string.IsNullOrWhiteSpace(url) ? null : url, published, lang), null);
        }
        catch (JsonException e)
        {
            return new InputItem(origin, null, $"invalid JSON: {e.Message}");
        }
    }

    private static InputItem ReadHtml(string path, string id, string html)
    {
        try
        {
            var article = new SmartReader.Reader("file://" + Path.GetFullPath(path), html).GetArticle();
            var text = article?.TextContent?.Trim();
            if (string.IsNullOrWhiteSpace(text)) return new InputItem(path, null, "no article text found in the page");
            var title = article!.Title?.Trim();
            return new InputItem(path, new Document(id, string.IsNullOrEmpty(title) ? text : title + "\n\n" + text), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new InputItem(path, null, $"cannot read the page: {e.Message}");
        }
    }
}
