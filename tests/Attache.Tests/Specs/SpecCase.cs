using System.Globalization;
using System.Text.Json;

namespace Attache.Tests.Specs;

/// <summary>One row of the behaviour table: an input text and the events it must yield.</summary>
public sealed record SpecCase(string Id, string Language, string File, string Name, string Input, DateOnly? Published, JsonElement Case)
{
    /// <summary>The expected events, as written in the table.</summary>
    public IReadOnlyList<JsonElement> Expected => [.. Case.GetProperty("expected").EnumerateArray()];

    /// <summary>The folder the test project copies the table to.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "specs", "events");

    /// <summary>Every case file, as (language, file stem, path), in a stable order.</summary>
    public static IEnumerable<(string Language, string File, string Path)> Files() =>
        Directory.Exists(Root)
            ? Directory.GetDirectories(Root).OrderBy(d => d, StringComparer.Ordinal)
                .SelectMany(d => Directory.GetFiles(d, "*.json").OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => (System.IO.Path.GetFileName(d), System.IO.Path.GetFileNameWithoutExtension(f), f)))
            : [];

    private static readonly Lazy<IReadOnlyDictionary<string, SpecCase>> All = new(Load);

    /// <summary>All cases keyed by <c>lang/file/name</c>.</summary>
    public static IReadOnlyDictionary<string, SpecCase> Cases => All.Value;

    private static Dictionary<string, SpecCase> Load()
    {
        var cases = new Dictionary<string, SpecCase>(StringComparer.Ordinal);
        foreach (var (lang, file, path) in Files())
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            foreach (var c in doc.RootElement.EnumerateArray())
            {
                var name = c.GetProperty("name").GetString()!;
                var published = c.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : (DateOnly?)null;
                var id = $"{lang}/{file}/{name}";
                cases[id] = new SpecCase(id, lang, file, name, c.GetProperty("input").GetString()!, published, c.Clone());
            }
        }
        return cases;
    }
}
