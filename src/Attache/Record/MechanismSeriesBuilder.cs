using Attache.Model;

namespace Attache.Record;

/// <summary>One session of a mechanism series, as the record knows it.</summary>
/// <param name="Edition">The ordinal, or null when no source numbers it.</param>
/// <param name="Date">The agreed date.</param>
/// <param name="Location">The agreed venue.</param>
/// <param name="Participants">Co-chairs and other named participants.</param>
/// <param name="Sources">Documents that report it.</param>
/// <param name="EventIds">Stored events that are this session.</param>
/// <param name="Inferred">Why the date's year was inferred, when it was.</param>
public sealed record SeriesEdition(int? Edition, PartialDate? Date, Location? Location, IReadOnlyList<Participant> Participants,
    IReadOnlyList<string> Sources, IReadOnlyList<string> EventIds, string? Inferred);

/// <summary>A recurring mechanism between a set of countries, with its editions.</summary>
/// <param name="Key">Series key: concept and country set.</param>
/// <param name="Name">Display name.</param>
/// <param name="Names">Every name the sources give it.</param>
/// <param name="Countries">The parties.</param>
/// <param name="Editions">Known sessions, numbered ones by edition, then unnumbered ones by date.</param>
/// <param name="Missing">Edition numbers below the highest known that no source reports.</param>
/// <param name="Conflicts">Readable descriptions of disagreements (dates, venues, order).</param>
public sealed record MechanismSeries(string Key, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Countries,
    IReadOnlyList<SeriesEdition> Editions, IReadOnlyList<int> Missing, IReadOnlyList<string> Conflicts);

/// <summary>Groups stored events into mechanism series and checks each series for gaps and contradictions.</summary>
public static class MechanismSeriesBuilder
{
    /// <summary>Builds the series of the events that are mechanism sessions, ordered by country set and name.</summary>
    /// <param name="events">Stored events; those without a mechanism are ignored.</param>
    /// <param name="reports">The reports of merged events, by event id, when known: two names that sources give one session
    /// ("Defence Policy Dialogue", "dialogue stratégique de la défense") make their two series one.</param>
    public static IReadOnlyList<MechanismSeries> Build(IEnumerable<StoredEvent> events, IReadOnlyDictionary<string, IReadOnlyList<SourceReport>>? reports = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var sessions = events.Where(e => e.Event.Mechanism is not null).ToList();
        var aliases = Aliases(sessions, reports);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in sessions) keys[e.Id] = aliases.Find(KeyOf(e));
        JoinGenericEditions(sessions, keys);
        var result = new List<MechanismSeries>();
        foreach (var series in sessions.GroupBy(e => keys[e.Id]))
        {
            var list = series.ToList();
            var names = list.Select(e => e.Event.Mechanism!.Name).Distinct(StringComparer.Ordinal).ToList();
            var known = names.FirstOrDefault(MechanismNames.IsKnownConcept);
            // An unknown concept is shown as its sources write it, the most frequent form first, a capitalised one on a tie.
            var name = known is null
                ? list.Select(e => e.Event.Mechanism!.Name).GroupBy(n => n, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenByDescending(g => char.IsUpper(g.Key[0])).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key
                : MechanismNames.Concept(known).Display;
            var conflicts = new List<string>();
            var editions = new List<SeriesEdition>();
            foreach (var g in list.Where(e => e.Event.Mechanism!.Edition is not null).GroupBy(e => e.Event.Mechanism!.Edition!.Value))
                editions.Add(Combine(g.Key, g.ToList(), conflicts));
            foreach (var e in list.Where(e => e.Event.Mechanism!.Edition is null))
            {
                // An unnumbered session on the same day as a numbered one is that session.
                var i = editions.FindIndex(x => x.Edition is not null && PartialDates.Compare(x.Date, e.Event.Date) is DateAgreement.Day or DateAgreement.DayWithoutYear);
                if (i >= 0) editions[i] = Combine(editions[i].Edition, [.. list.Where(x => editions[i].EventIds.Contains(x.Id)), e], conflicts);
                else editions.Add(Combine(null, [e], conflicts));
            }
            editions = [.. editions.OrderBy(x => x.Edition is null).ThenBy(x => x.Edition).ThenBy(x => PartialDates.Lower(x.Date) ?? "9999")];
            BoundYears(editions);
            var numbered = editions.Where(x => x.Edition is not null).ToList();
            for (var i = 1; i < numbered.Count; i++)
            {
                var (a, b) = (numbered[i - 1], numbered[i]);
                if (PartialDates.Lower(a.Date) is { } la && PartialDates.Upper(b.Date) is { } ub && string.CompareOrdinal(la, ub) > 0)
                    conflicts.Add($"edition {a.Edition} ({a.Date}) is dated after edition {b.Edition} ({b.Date})");
            }
            var max = numbered.Count == 0 ? 0 : numbered.Max(x => x.Edition!.Value);
            var missing = Enumerable.Range(1, max).Except(numbered.Select(x => x.Edition!.Value)).ToList();
            var countries = list[0].Event.Countries.Order(StringComparer.Ordinal).ToList();
            result.Add(new MechanismSeries(series.Key, name, names, countries, editions, missing, conflicts));
        }
        return [.. result.OrderBy(s => MechanismNames.CountryKey(s.Countries), StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>Builds the series of a store's mechanism sessions (all, or those of one pair), joining names that sources
    /// give one session.</summary>
    public static async Task<IReadOnlyList<MechanismSeries>> BuildAsync(IEventStore store, string[]? pair = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var query = pair is { Length: 2 } ? new EventQuery { WithMechanism = true, Country = pair[0], Partner = pair[1] } : new EventQuery { WithMechanism = true };
        var events = await store.QueryEventsAsync(query, cancellationToken).ConfigureAwait(false);
        var reports = new Dictionary<string, IReadOnlyList<SourceReport>>(StringComparer.Ordinal);
        foreach (var e in events.Where(e => e.Sources.Count > 1))
            reports[e.Id] = await store.GetSourcesAsync(e.Id, cancellationToken).ConfigureAwait(false);
        return [.. Build(events, reports).Where(s => pair is null || MechanismNames.CountryKey(s.Countries) == MechanismNames.CountryKey(pair))];
    }

    /// <summary>
    /// A numbered session named only by a generic word ("the 3rd dialogue", "la 5e session") joins the one series of its
    /// country set and type whose numbering and dates it continues, so that a catch-all series never mixes editions of
    /// different mechanisms.
    /// </summary>
    private static void JoinGenericEditions(List<StoredEvent> sessions, Dictionary<string, string> keys)
    {
        foreach (var e in sessions)
        {
            if (e.Event.Mechanism is not { Edition: int n } m || !MechanismNames.IsGeneric(m.Name)) continue;
            var pair = MechanismNames.CountryKey(e.Event.Countries);
            var candidates = sessions
                .Where(x => x.Event.Type == e.Event.Type && !MechanismNames.IsGeneric(x.Event.Mechanism!.Name) && MechanismNames.CountryKey(x.Event.Countries) == pair)
                .GroupBy(x => keys[x.Id])
                .Where(g => Continues(g, n, e.Event.Date))
                .ToList();
            // A series whose dated editions place this one in time is a better home than one that merely lacks a conflict.
            var dated = candidates.Where(g => e.Event.Date?.Year is not null && g.Any(x => x.Event.Mechanism!.Edition is not null && x.Event.Date?.Year is not null)).ToList();
            var chosen = dated.Count == 1 ? dated[0] : candidates.Count == 1 ? candidates[0] : null;
            if (chosen is not null) keys[e.Id] = chosen.Key;
        }
    }

    /// <summary>True when edition <paramref name="n"/> on <paramref name="date"/> fits the numbered sessions of a series: an
    /// earlier edition is not dated after it, a later one not before it, the same edition not on another date.</summary>
    private static bool Continues(IEnumerable<StoredEvent> series, int n, PartialDate? date)
    {
        var numbered = 0;
        foreach (var x in series)
        {
            if (x.Event.Mechanism!.Edition is not int k) continue;
            numbered++;
            if (k == n && !PartialDates.Consistent(x.Event.Date, date)) return false;
            if (k < n && PartialDates.Lower(x.Event.Date) is { } lo && PartialDates.Upper(date) is { } up && string.CompareOrdinal(lo, up) > 0) return false;
            if (k > n && PartialDates.Lower(date) is { } lo2 && PartialDates.Upper(x.Event.Date) is { } up2 && string.CompareOrdinal(lo2, up2) > 0) return false;
        }
        return numbered > 0;
    }

    private static string KeyOf(StoredEvent e) => e.SeriesKey ?? MechanismNames.SeriesKey(e.Event)!;

    /// <summary>Series keys that name one mechanism: linked when one merged session is reported under both.</summary>
    /// <remarks>Only sessions of the same type and edition link names. A name the language data do not know ("the session",
    /// "the dialogue") joins a known series only when it links to exactly one, so that a vague word never welds two series.</remarks>
    private static KeyGroups Aliases(List<StoredEvent> sessions, IReadOnlyDictionary<string, IReadOnlyList<SourceReport>>? reports)
    {
        var groups = new KeyGroups();
        if (reports is null) return groups;
        var links = new List<(string A, string B)>();
        foreach (var e in sessions)
        {
            if (!reports.TryGetValue(e.Id, out var list)) continue;
            var key = KeyOf(e);
            foreach (var r in list)
            {
                if (r.Event.Mechanism is not { } m || r.Event.Type != e.Event.Type) continue;
                if (m.Edition is int n && e.Event.Mechanism!.Edition is int k && n != k) continue;
                if (MechanismNames.SeriesKey(r.Event) is { } other && other != key) links.Add((key, other));
            }
        }
        static bool Known(string key) => MechanismNames.IsKnownSeriesKey(key);
        foreach (var (a, b) in links.Where(l => Known(l.A) && Known(l.B))) groups.Union(a, b);
        foreach (var vague in links.SelectMany(l => new[] { l.A, l.B }).Where(k => !Known(k)).Distinct(StringComparer.Ordinal))
        {
            var known = links.Where(l => l.A == vague || l.B == vague).Select(l => l.A == vague ? l.B : l.A).Where(Known)
                .Select(groups.Find).Distinct(StringComparer.Ordinal).ToList();
            if (known.Count == 1) groups.Union(known[0], vague);
        }
        return groups;
    }

    /// <summary>Union-find over series keys; a group is named by its first known member.</summary>
    private sealed class KeyGroups
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public string Find(string key)
        {
            while (_parent.TryGetValue(key, out var up) && up != key) key = up;
            return key;
        }

        public void Union(string keep, string join)
        {
            var (a, b) = (Find(keep), Find(join));
            if (a != b) _parent[b] = a;
        }
    }

    private static SeriesEdition Combine(int? edition, List<StoredEvent> events, List<string> conflicts)
    {
        var reports = events.SelectMany(e => e.Sources.Select(s => new SourceReport(s, 0, e.Event))).ToList();
        var (agreed, fieldConflicts) = EventConsensus.Build(reports);
        foreach (var c in fieldConflicts.Where(c => c.Field is "date" or "location"))
            conflicts.Add($"edition {edition?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}: {c.Field} " +
                string.Join(" vs ", c.Values.Select(v => $"{v.Value} ({string.Join(", ", v.Sources)})")));
        var inferred = events.Select(e => e.Inferred?.Reason).FirstOrDefault(r => r is not null);
        return new SeriesEdition(edition, agreed.Date, agreed.Location, agreed.Participants,
            events.SelectMany(e => e.Sources).Distinct(StringComparer.Ordinal).ToList(), events.Select(e => e.Id).ToList(), inferred);
    }

    /// <summary>Editions bound each other: an edition with no year between two editions of the same year has that year.</summary>
    private static void BoundYears(List<SeriesEdition> editions)
    {
        for (var i = 0; i < editions.Count; i++)
        {
            var x = editions[i];
            if (x.Edition is not int n || x.Date is not { Year: null, Month: not null }) continue;
            var before = editions.Where(e => e.Edition < n && e.Date?.Year is not null).MaxBy(e => e.Edition);
            var after = editions.Where(e => e.Edition > n && e.Date?.Year is not null).MinBy(e => e.Edition);
            if (before?.Date?.Year is int yb && after?.Date?.Year is int ya && yb == ya)
                editions[i] = x with
                {
                    Date = x.Date with { Year = yb },
                    Inferred = $"year inferred: editions {before.Edition} and {after.Edition} both took place in {yb}",
                };
        }
    }
}
