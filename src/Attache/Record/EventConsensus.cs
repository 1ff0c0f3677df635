using Attache.Model;
using Attache.Serialization;

namespace Attache.Record;

/// <summary>Builds the agreed values of an event from all its reports, keeping disagreements visible.</summary>
/// <remarks>
/// Each field takes the value most sources give (ties: the earliest report). The date is built component by
/// component, so <c>--03-04</c> and <c>2019-03</c> agree on <c>2019-03-04</c>. Status is <c>reported</c> when any
/// source reports it as news. Participants are the union of the sources' people, one entry per person; areas are
/// the union. Evidence stays with each source.
/// </remarks>
public static class EventConsensus
{
    /// <summary>The agreed event and the fields on which sources disagree.</summary>
    public static (Event Event, IReadOnlyList<FieldConflict> Conflicts) Build(IReadOnlyList<SourceReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0) throw new ArgumentException("An event needs at least one report.", nameof(reports));
        var conflicts = new List<FieldConflict>();

        var type = Vote(reports, r => (EventType?)r.Event.Type, t => EventJson.Name(t!.Value), "type", conflicts)!.Value;
        var status = reports.Any(r => r.Event.Status == EventStatus.Reported) ? EventStatus.Reported : EventStatus.Background;
        var date = AgreeDate(reports, conflicts);
        var location = Vote(reports, r => r.Event.Location is { } l && (l.City is not null || l.Country is not null) ? l : null,
            l => TextKey.Fold(l!.City) + "|" + l.Country, "location", conflicts, l => $"{l!.City ?? "?"}, {l.Country ?? "?"}");
        // A source naming only the country agrees with one naming the city in it.
        if (location is { City: null } && reports.Select(r => r.Event.Location).FirstOrDefault(l => l?.City is not null && l.Country == location.Country) is { } withCity)
            location = withCity;
        var countries = reports.SelectMany(r => r.Event.Countries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var participants = MergeParticipants(reports);
        var mechanismName = Vote(reports, r => r.Event.Mechanism?.Name, n => MechanismNames.Concept(n!).Concept, "mechanism", conflicts);
        var edition = Vote(reports, r => r.Event.Mechanism?.Edition, e => e!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "edition", conflicts);
        var mechanism = mechanismName is null ? null : new Mechanism(mechanismName, edition);
        var areas = reports.SelectMany(r => r.Event.Areas).Distinct().Order().ToArray();
        return (new Event(type, status, date, location, countries, participants, mechanism, areas, []), conflicts);
    }

    private static T? Vote<T>(IReadOnlyList<SourceReport> reports, Func<SourceReport, T?> value, Func<T?, string> key, string field,
        List<FieldConflict> conflicts, Func<T?, string>? show = null)
    {
        var groups = reports
            .Select((r, i) => (Report: r, Index: i, Value: value(r)))
            .Where(x => x.Value is not null)
            .GroupBy(x => key(x.Value))
            .Select(g => (Value: g.First().Value, First: g.Min(x => x.Index), Sources: g.Select(x => x.Report.DocumentId).Distinct().ToList()))
            .OrderByDescending(g => g.Sources.Count).ThenBy(g => g.First)
            .ToList();
        if (groups.Count == 0) return default;
        if (groups.Count > 1)
            conflicts.Add(new FieldConflict(field, groups.Select(g => new ConflictValue((show ?? key)(g.Value), g.Sources)).ToList()));
        return groups[0].Value;
    }

    private static PartialDate? AgreeDate(IReadOnlyList<SourceReport> reports, List<FieldConflict> conflicts)
    {
        var dated = reports.Where(r => r.Event.Date is not null).ToList();
        if (dated.Count == 0) return null;
        int? Pick(Func<PartialDate, int?> part, Func<PartialDate, bool> keep) => dated
            .Where(r => keep(r.Event.Date!) && part(r.Event.Date!) is not null)
            .GroupBy(r => part(r.Event.Date!)!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => dated.IndexOf(g.First()))
            .Select(g => (int?)g.Key).FirstOrDefault();
        var year = Pick(d => d.Year, _ => true);
        var month = Pick(d => d.Month, d => d.Year is null || year is null || d.Year == year);
        var day = month is null ? null : Pick(d => d.Day, d => d.Month == month && (d.Year is null || year is null || d.Year == year));
        var agreed = new PartialDate(year, month, day);
        if (year is not null && month is not null && day is not null && agreed.ToDateOnly() is null) agreed = new PartialDate(year, month, null);
        var disagreeing = dated.Where(r => !PartialDates.Consistent(r.Event.Date, agreed)).ToList();
        if (disagreeing.Count > 0)
        {
            var values = new List<ConflictValue> { new(agreed.ToString(), dated.Except(disagreeing).Select(r => r.DocumentId).Distinct().ToList()) };
            values.AddRange(disagreeing.GroupBy(r => r.Event.Date!.ToString()).Select(g => new ConflictValue(g.Key, g.Select(r => r.DocumentId).Distinct().ToList())));
            conflicts.Add(new FieldConflict("date", values));
        }
        return agreed;
    }

    private static Participant[] MergeParticipants(IReadOnlyList<SourceReport> reports)
    {
        var merged = new List<(Participant Best, List<Participant> Forms)>();
        foreach (var p in reports.SelectMany(r => r.Event.Participants))
        {
            var i = merged.FindIndex(m => (m.Best.Country is null || p.Country is null || m.Best.Country == p.Country)
                && m.Forms.Any(f => PersonNames.Same(f.Name, p.Name)));
            if (i < 0)
            {
                merged.Add((p, [p]));
                continue;
            }
            var forms = merged[i].Forms;
            forms.Add(p);
            var name = forms.Select(f => PersonNames.Clean(f.Name)).OrderByDescending(n => PersonNames.Tokens(n).Length).First();
            var country = forms.Select(f => f.Country).FirstOrDefault(c => c is not null);
            var title = forms.Select(f => f.Title).FirstOrDefault(t => t is not null);
            merged[i] = (new Participant(name, country, title), forms);
        }
        return merged.Select(m => m.Best).ToArray();
    }
}
