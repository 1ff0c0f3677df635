using System.Collections.Concurrent;
using System.Reflection;

namespace Attache.Languages;

/// <summary>Reads the tab-separated data files that hold each language's knowledge (<c>data/lang/&lt;lang&gt;/*.tsv</c>).</summary>
/// <remarks>
/// Files are embedded in the assembly. Lines starting with <c>#</c> and blank lines are skipped; cells are split on tabs
/// and trimmed. A missing file is an empty table, so a new language can start with only some files.
/// Thread-safe: tables are parsed once and cached.
/// </remarks>
public sealed class LanguageData
{
    private static readonly Assembly Assembly = typeof(LanguageData).Assembly;
    private static readonly ConcurrentDictionary<string, LanguageData> Cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string[]>> _tables = new(StringComparer.Ordinal);

    private LanguageData(string language) => Language = language;

    /// <summary>The folder name: <c>common</c>, <c>en</c>, <c>fr</c>…</summary>
    public string Language { get; }

    /// <summary>The languages that have a data folder, <c>common</c> excluded.</summary>
    public static IReadOnlyList<string> Available { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("lang/", StringComparison.Ordinal))
        .Select(n => n.Split('/')[1])
        .Where(l => l != "common")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The data of one language folder.</summary>
    public static LanguageData For(string language) => Cache.GetOrAdd(language, l => new LanguageData(l));

    /// <summary>The shared, language-independent folder.</summary>
    public static LanguageData Common => For("common");

    /// <summary>The rows of <c>name.tsv</c>; empty when the file does not exist.</summary>
    public IReadOnlyList<string[]> Table(string name) => _tables.GetOrAdd(name, Load);

    /// <summary>All names of data files in this folder, without extension.</summary>
    public IEnumerable<string> TableNames()
    {
        var prefix = $"lang/{Language}/";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^4]);
    }

    /// <summary>Splits a cell of alternatives written <c>a|b|c</c>, dropping empty ones.</summary>
    public static string[] Alternatives(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private IReadOnlyList<string[]> Load(string name)
    {
        using var stream = Assembly.GetManifestResourceStream($"lang/{Language}/{name}.tsv");
        if (stream is null) return [];
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(line.Split('\t').Select(c => c.Trim()).ToArray());
        }
        return rows;
    }
}
