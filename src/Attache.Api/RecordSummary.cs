using System.Globalization;
using Attache.Record;
using Attache.Serialization;

namespace Attache.Api;

/// <summary>Counts over the whole record (pairs, network), rebuilt only when the record changes.</summary>
/// <remarks>Thread-safe. The record is considered changed when a write goes through the pool or the stored counts differ.</remarks>
public sealed class RecordSummary(StorePool pool) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Version, long Documents, long Events, NetworkDto Network)? _cached;

    /// <summary>The network of countries and pairs, from the cache when the record has not changed.</summary>
    public async Task<NetworkDto> NetworkAsync(CancellationToken cancellationToken = default)
    {
        var version = pool.Version;
        var (documents, events) = await pool.ReadAsync(store => store.CountAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        if (_cached is { } c && c.Version == version && c.Documents == documents && c.Events == events) return c.Network;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } again && again.Version == version && again.Documents == documents && again.Events == events) return again.Network;
            var all = await pool.ReadAsync(store => store.QueryEventsAsync(new EventQuery(), cancellationToken), cancellationToken).ConfigureAwait(false);
            var network = Build(all);
            _cached = (version, documents, events, network);
            return network;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>Counts events by country and by pair of countries.</summary>
    internal static NetworkDto Build(IEnumerable<StoredEvent> events)
    {
        var nodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), (int Total, Dictionary<string, int> ByYear, Dictionary<string, int> ByType)>();
        foreach (var e in events)
        {
            var countries = e.Event.Countries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            foreach (var c in countries) nodes[c] = nodes.GetValueOrDefault(c) + 1;
            var year = Year(e);
            var type = EventJson.Name(e.Event.Type);
            for (var i = 0; i < countries.Length; i++)
                for (var j = i + 1; j < countries.Length; j++)
                {
                    var key = (countries[i], countries[j]);
                    if (!pairs.TryGetValue(key, out var p)) p = (0, new(StringComparer.Ordinal), new(StringComparer.Ordinal));
                    p.ByYear[year] = p.ByYear.GetValueOrDefault(year) + 1;
                    p.ByType[type] = p.ByType.GetValueOrDefault(type) + 1;
                    pairs[key] = (p.Total + 1, p.ByYear, p.ByType);
                }
        }
        return new NetworkDto(
            nodes.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => new NetworkNodeDto(n.Key, n.Value)).ToList(),
            pairs.OrderByDescending(p => p.Value.Total).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
                .Select(p => new PairSummaryDto([p.Key.Item1, p.Key.Item2], p.Value.Total, Sorted(p.Value.ByYear), Sorted(p.Value.ByType))).ToList());
    }

    /// <summary>The event's year, or <c>unknown</c>.</summary>
    internal static string Year(StoredEvent e) => e.Event.Date?.Year?.ToString(CultureInfo.InvariantCulture) ?? "unknown";

    internal static SortedDictionary<string, int> Sorted(Dictionary<string, int> d) => new(d, StringComparer.Ordinal);
}
