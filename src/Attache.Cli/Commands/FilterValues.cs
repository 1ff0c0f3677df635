using Attache.Languages;
using Attache.Model;
using Attache.Record;
using Attache.Serialization;

namespace Attache.Cli.Commands;

/// <summary>Checks the values of record filters: country codes (or names and adjectives, mapped to codes through the
/// language data), event types and cooperation areas. An unknown value is a usage error, not "0 events".</summary>
internal static class FilterValues
{
    private static readonly Lazy<(HashSet<string> Codes, Dictionary<string, string> Names)> Countries = new(LoadCountries);

    /// <summary>Every event type name.</summary>
    public static IReadOnlyList<string> Types { get; } = Enum.GetValues<EventType>().Select(EventJson.Name).ToList();

    /// <summary>Every cooperation area name.</summary>
    public static IReadOnlyList<string> Areas { get; } = Enum.GetValues<CooperationArea>().Select(EventJson.Name).ToList();

    private static (HashSet<string>, Dictionary<string, string>) LoadCountries()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Common.Table("countries"))
        {
            if (row.Length < 2) continue;
            codes.Add(row[0]);
            names.TryAdd(TextKey.Fold(row[1]), row[0]);
        }
        foreach (var language in LanguageData.Available.Where(l => l != "common"))
        {
            // Names and adjectives ("vietnam", "japonais"), in every language the engine reads.
            foreach (var row in LanguageData.For(language).Table("countries"))
                foreach (var cell in row.Skip(1).Take(2))
                    foreach (var name in LanguageData.Alternatives(cell))
                        names.TryAdd(TextKey.Fold(name), row[0]);
        }
        return (codes, names);
    }

    /// <summary>The ISO alpha-3 code of a code, name or adjective, or null with the error to print.</summary>
    public static string? Country(string value, string what, out string? error)
    {
        var (codes, names) = Countries.Value;
        var trimmed = value.Trim();
        error = null;
        if (trimmed.Length == 3 && codes.Contains(trimmed.ToUpperInvariant())) return trimmed.ToUpperInvariant();
        if (names.TryGetValue(TextKey.Fold(trimmed), out var code)) return code;
        var near = UsageErrors.Closest(TextKey.Fold(trimmed), names.Keys);
        error = $"{what}: unknown country '{trimmed}'; give an ISO 3166-1 alpha-3 code such as VNM, or a country name"
            + (near is null ? "" : $" (did you mean '{near}', {names[near]}?)");
        return null;
    }

    /// <summary>The type, or null with the error listing every type.</summary>
    public static string? Type(string value, out string? error)
    {
        var v = value.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        error = Types.Contains(v) ? null : $"--type: unknown event type '{value}'"
            + (UsageErrors.Closest(v, Types) is { } near ? $"; did you mean '{near}'? Types: " : "; types: ") + string.Join(", ", Types);
        return error is null ? v : null;
    }

    /// <summary>The area, or null with the error listing every area.</summary>
    public static string? Area(string value, out string? error)
    {
        var v = value.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        error = Areas.Contains(v) ? null : $"--area: unknown cooperation area '{value}'"
            + (UsageErrors.Closest(v, Areas) is { } near ? $"; did you mean '{near}'? Areas: " : "; areas: ") + string.Join(", ", Areas);
        return error is null ? v : null;
    }
}
