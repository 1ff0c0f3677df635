using System.Globalization;

namespace Attache.Record;

/// <summary>An office a well-known official held, from the curated seed file.</summary>
/// <param name="Name">The official's name.</param>
/// <param name="Country">The country served (alpha-3).</param>
/// <param name="Office">The office.</param>
/// <param name="From">First month in office (day ignored).</param>
/// <param name="To">Last month in office (day ignored); null while still in office.</param>
public sealed record SeedOffice(string Name, string Country, string Office, DateOnly From, DateOnly? To)
{
    /// <summary>True when the office was held in that month.</summary>
    public bool HeldIn(int year, int month)
    {
        var m = new DateOnly(year, month, 1);
        return m >= From && (To is null || m <= To.Value);
    }
}

/// <summary>The curated seed of well-known defense officials (<c>data/kb/officials.tsv</c>, embedded).</summary>
public sealed class OfficialSeed
{
    private static readonly Lazy<OfficialSeed> Lazy = new(() => Parse(ReadEmbedded()));

    private OfficialSeed(IReadOnlyList<SeedOffice> offices) => Offices = offices;

    /// <summary>The seed shipped with Attaché.</summary>
    public static OfficialSeed Default => Lazy.Value;

    /// <summary>Every office of the seed.</summary>
    public IReadOnlyList<SeedOffice> Offices { get; }

    /// <summary>Parses seed lines (<c>name, country, office, from, to</c>, tab-separated; <c>#</c> comments).</summary>
    public static OfficialSeed Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var offices = new List<SeedOffice>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 4 || !TryMonth(c[3], out var from)) continue;
            DateOnly? to = c.Length > 4 && TryMonth(c[4], out var t) ? t : null;
            offices.Add(new SeedOffice(c[0].Trim(), c[1].Trim(), c[2].Trim(), from, to));
        }
        return new OfficialSeed(offices);
    }

    /// <summary>The offices of the one seed person a name designates (country must agree when given); empty when
    /// the name matches nobody or several people.</summary>
    public IReadOnlyList<SeedOffice> Find(string name, string? country)
    {
        var candidates = Offices
            .Where(o => (country is null || o.Country == country) && PersonNames.Match(name, o.Name) >= 2)
            .GroupBy(o => PersonNames.Key(o.Name))
            .ToList();
        return candidates.Count == 1 ? candidates[0].ToList() : [];
    }

    private static bool TryMonth(string cell, out DateOnly month) =>
        DateOnly.TryParseExact(cell.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    private static string ReadEmbedded()
    {
        using var stream = typeof(OfficialSeed).Assembly.GetManifestResourceStream("kb/officials.tsv");
        if (stream is null) return "";
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
