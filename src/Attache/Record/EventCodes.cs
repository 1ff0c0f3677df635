using Attache.Model;
using Attache.Serialization;

namespace Attache.Record;

/// <summary>CAMEO and PLOVER codes of one event type (<c>data/kb/event-codes.tsv</c>).</summary>
/// <param name="Type">The spec's type name, e.g. <c>visit</c>.</param>
/// <param name="Cameo">CAMEO code, e.g. <c>042</c>.</param>
/// <param name="CameoName">CAMEO code's name.</param>
/// <param name="QuadClass">CAMEO quad class: 1 verbal cooperation, 2 material cooperation.</param>
/// <param name="Plover">PLOVER event type, e.g. <c>CONSULT</c>.</param>
/// <param name="PloverMode">PLOVER mode, or empty.</param>
/// <param name="Direction"><c>none</c>, <c>visitor&gt;host</c> or <c>provider&gt;recipient</c>.</param>
/// <param name="Why">Why these codes.</param>
public sealed record EventCode(string Type, string Cameo, string CameoName, int QuadClass, string Plover, string PloverMode, string Direction, string Why);

/// <summary>The event-data codes of every event type, read from the embedded <c>kb/event-codes.tsv</c>.</summary>
public static class EventCodes
{
    private static readonly Lazy<IReadOnlyDictionary<string, EventCode>> Table = new(() => Parse(Read()));

    /// <summary>Every type's codes, by spec type name.</summary>
    public static IReadOnlyDictionary<string, EventCode> All => Table.Value;

    /// <summary>The codes of one event type.</summary>
    public static EventCode For(EventType type) =>
        All.TryGetValue(EventJson.Name(type), out var code) ? code : throw new InvalidOperationException($"kb/event-codes.tsv has no row for {EventJson.Name(type)}");

    /// <summary>The dyad of an event: source and target countries, and whether the order means something.</summary>
    /// <remarks>A directed type whose event has two parties, one of them the location's country, makes the other the source;
    /// otherwise one undirected dyad per pair of parties, codes in alphabetical order (a single party is its own target-less dyad).</remarks>
    public static IReadOnlyList<(string Source, string? Target, bool Directed)> Dyads(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var countries = e.Countries.Distinct().Order(StringComparer.Ordinal).ToArray();
        if (For(e.Type).Direction != "none" && countries.Length == 2 && e.Location?.Country is { } host && countries.Contains(host))
            return [(countries.First(c => c != host), host, true)];
        if (countries.Length == 1) return [(countries[0], null, false)];
        return countries.SelectMany((a, i) => countries.Skip(i + 1).Select(b => (a, (string?)b, false))).ToList();
    }

    private static Dictionary<string, EventCode> Parse(string text)
    {
        var result = new Dictionary<string, EventCode>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 8) continue;
            result[cells[0]] = new EventCode(cells[0], cells[1], cells[2], int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture), cells[4], cells[5], cells[6], cells[7]);
        }
        return result;
    }

    private static string Read()
    {
        using var stream = typeof(EventCodes).Assembly.GetManifestResourceStream("kb/event-codes.tsv")
            ?? throw new InvalidOperationException("kb/event-codes.tsv is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
