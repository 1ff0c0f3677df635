using Attache.Model;

namespace Attache.Record;

/// <summary>Decides whether a report and a stored event are the same real occurrence.</summary>
/// <remarks>
/// Hard conditions: same type family (consult, agree, cooperate), same country set, dates that do not contradict
/// (unless both are the same numbered session of one series), an undated report placed by its dispatch's publication
/// (<see cref="ReportWindow"/>) near the other's date, no different city (unless same type, same day and a person in both), no different mechanism edition, and the same exact
/// type unless the day (with its year, or without it but in the same city) and a participant agree.
/// Then agreement is scored: day (3, or 2 when one side has no year), month (1; 2 for two agreements), no comparable date (-2), same
/// mechanism edition (3), a person named in both (1 for one side, 3 for both sides), same city (1), same type (1);
/// a side whose named people differ entirely costs 2. A score of <see cref="Threshold"/> or more merges.
/// </remarks>
public static class EventMatcher
{
    /// <summary>The least score that merges.</summary>
    public const int Threshold = 3;

    /// <summary>The spec's type family: <c>consult</c>, <c>agree</c> or <c>cooperate</c>.</summary>
    public static string Family(EventType type) => Events.Triggers.EventFamilies.Name(Events.Triggers.EventFamilies.Of(type));

    /// <summary>The agreement score of two events, or null when they cannot be the same occurrence.</summary>
    /// <param name="a">One event.</param>
    /// <param name="b">The other event.</param>
    /// <param name="publishedA">When the dispatch reporting <paramref name="a"/> was published (see <see cref="ReportWindow"/>), if known.</param>
    /// <param name="publishedB">The same for <paramref name="b"/>.</param>
    public static int? Score(Event a, Event b, DateWindow? publishedA = null, DateWindow? publishedB = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Family(a.Type) != Family(b.Type)) return null;
        if (MechanismNames.CountryKey(a.Countries) != MechanismNames.CountryKey(b.Countries)) return null;
        var editionA = a.Mechanism?.Edition;
        var editionB = b.Mechanism?.Edition;
        var sameSeries = MechanismNames.SeriesKey(a) is { } ka && ka == MechanismNames.SeriesKey(b);
        if (editionA is not null && editionB is not null && editionA != editionB && sameSeries) return null;
        var sameEdition = sameSeries && editionA is not null && editionA == editionB;
        // Sources may disagree on the day; the same numbered session of one series is still one event.
        var date = PartialDates.Compare(a.Date, b.Date);
        if (date == DateAgreement.Conflict && !sameEdition) return null;
        // An undated report happened shortly before its dispatch was published: a candidate dated elsewhere is another
        // occurrence (the same two officials meet again and again, in the same city).
        if (!sameEdition && ReportWindow.Disjoint(ReportWindow.Of(a, publishedA), ReportWindow.Of(b, publishedB))) return null;
        var cityA = TextKey.Fold(a.Location?.City);
        var cityB = TextKey.Fold(b.Location?.City);
        // Two cities are two occasions, unless the same kind of event on the same day with the same person says one report
        // misplaced it (the yard that builds the frigates is not where the contract was signed); the conflict stays visible.
        if (cityA.Length > 0 && cityB.Length > 0 && cityA != cityB && !(date == DateAgreement.Day && a.Type == b.Type && SharedSides(a, b) > 0)) return null;
        var countryA = a.Location?.Country;
        var countryB = b.Location?.Country;
        if (countryA is not null && countryB is not null && countryA != countryB) return null;

        var sharedSides = SharedSides(a, b);
        var score = date switch
        {
            DateAgreement.Day => 3,
            DateAgreement.DayWithoutYear => 2,
            // Agreements between one pair are rare enough that the same month is good evidence.
            DateAgreement.Month => a.Type == EventType.Agreement && b.Type == EventType.Agreement ? 2 : 1,
            DateAgreement.Year => 0,
            // No date to compare: the same people meet again and again, so other evidence (place, edition) must carry it.
            _ => -2,
        };
        if (a.Type != b.Type)
        {
            // A meeting held during a visit is reported as either: the same day and a person in both tie them. A day without
            // its year recurs every year, so it needs the same city as well.
            var sameDay = date == DateAgreement.Day || (date == DateAgreement.DayWithoutYear && cityA.Length > 0 && cityA == cityB);
            if (!sameDay || sharedSides == 0) return null;
        }
        else score += 1;
        // A numbered session of one series between one set of countries happens once: the edition outweighs a missing date.
        if (sameEdition) score += 5;
        score += sharedSides switch { 0 => 0, 1 => 1, _ => 3 };
        if (DifferentPeopleOnOneSide(a, b)) score -= 2;
        if (cityA.Length > 0 && cityA == cityB) score += 1;
        return score;
    }

    /// <summary>True when the two events can be merged (score at least <see cref="Threshold"/>).</summary>
    public static bool Matches(Event a, Event b) => Score(a, b) >= Threshold;

    /// <summary>Assigns each report of one document to at most one candidate, best scores first, no candidate twice.</summary>
    /// <returns>For each report, the index of its candidate, or -1 for a new event.</returns>
    /// <param name="reports">The events of one document.</param>
    /// <param name="candidates">Stored events they may be.</param>
    /// <param name="published">When the document was published, if known.</param>
    /// <param name="candidatesPublished">For each candidate, the earliest publication among its sources, if known (null: none known).</param>
    public static int[] Assign(IReadOnlyList<Event> reports, IReadOnlyList<Event> candidates, DateWindow? published = null,
        IReadOnlyList<DateWindow?>? candidatesPublished = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(candidates);
        var pairs = new List<(int Score, int Report, int Candidate)>();
        for (var r = 0; r < reports.Count; r++)
            for (var c = 0; c < candidates.Count; c++)
                if (Score(reports[r], candidates[c], published, candidatesPublished?[c]) is int s && s >= Threshold) pairs.Add((s, r, c));
        var result = Enumerable.Repeat(-1, reports.Count).ToArray();
        var taken = new HashSet<int>();
        foreach (var (_, r, c) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Report).ThenBy(p => p.Candidate))
        {
            if (result[r] >= 0 || taken.Contains(c)) continue;
            result[r] = c;
            taken.Add(c);
        }
        return result;
    }

    /// <summary>The events of one dispatch as the matcher should see them: a side (country) that a reported event names nobody
    /// for takes the people the dispatch's other reported events name for it (or name without a country).</summary>
    /// <remarks>A dispatch follows one delegation: when "the minister" of one country appears without a name in the talks,
    /// he is the one the dispatch names in its other reported events. Only for matching; the stored report is unchanged.</remarks>
    public static IReadOnlyList<Event> WithDocumentCast(IReadOnlyList<Event> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var result = new Event[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            var e = reports[i];
            result[i] = e;
            if (e.Status != EventStatus.Reported) continue;
            var named = e.Participants.Select(p => p.Country).Where(c => c is not null).ToHashSet(StringComparer.Ordinal);
            // Nobody without a country in this event: otherwise a countryless name may already be the missing side.
            if (e.Participants.Any(p => p.Country is null)) continue;
            var unnamed = e.Countries.Where(c => !named.Contains(c)).ToHashSet(StringComparer.Ordinal);
            if (unnamed.Count == 0) continue;
            var extra = reports.Where((r, k) => k != i && r.Status == EventStatus.Reported)
                .SelectMany(r => r.Participants)
                .Where(p => p.Country is null ? unnamed.Count == 1 : unnamed.Contains(p.Country))
                .Where(p => !e.Participants.Any(q => Same(p, q)))
                .ToList();
            var cast = new List<Participant>();
            foreach (var p in extra)
                if (!cast.Any(q => Same(p, q))) cast.Add(p);
            if (cast.Count > 0) result[i] = e with { Participants = [.. e.Participants, .. cast] };
        }
        return result;
    }

    /// <summary>How many sides (countries) have a person named in both events.</summary>
    private static int SharedSides(Event a, Event b) =>
        a.Participants.Where(p => b.Participants.Any(q => Same(p, q))).Select(p => p.Country ?? "?" + p.Name).Distinct().Count();

    /// <summary>True when, for some country, both events name its people and none of them is in both.</summary>
    private static bool DifferentPeopleOnOneSide(Event a, Event b)
    {
        foreach (var country in a.Participants.Select(p => p.Country).Where(c => c is not null).Distinct())
        {
            var left = a.Participants.Where(p => p.Country == country).ToList();
            var right = b.Participants.Where(p => p.Country == country).ToList();
            if (left.Count > 0 && right.Count > 0 && !left.Any(p => right.Any(q => Same(p, q)))) return true;
        }
        return false;
    }

    // A full name of two words or more written alike is one person even when a report gave him the wrong country.
    private static bool Same(Participant p, Participant q) =>
        CompatibleCountry(p.Country, q.Country) ? PersonNames.Same(p.Name, q.Name) : PersonNames.Match(p.Name, q.Name) == 3 && PersonNames.Tokens(p.Name).Length >= 2;

    private static bool CompatibleCountry(string? a, string? b) => a is null || b is null || a == b;
}
