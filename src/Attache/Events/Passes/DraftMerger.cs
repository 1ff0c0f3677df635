using Attache.Model;

namespace Attache.Events.Passes;

/// <summary>Merges the drafts that mention one occasion into one event.</summary>
internal static class DraftMerger
{
    /// <summary>The drafts with each later mention of an occasion merged into its first; joins are recorded in <paramref name="trace"/>.</summary>
    internal static List<Draft> Merge(List<Draft> drafts, AssemblyTrace? trace = null)
    {
        var result = new List<Draft>();
        foreach (var d in drafts)
        {
            var target = result.FindIndex(r => SameOccurrence(r, d));
            if (target < 0) { result.Add(d); continue; }
            var r = result[target];
            // A stay is dated by its first day.
            var date = Borrowed(r) && !Borrowed(d) && d.Date is not null ? d.Date : Borrowed(d) && !Borrowed(r) && r.Date is not null ? r.Date
                : DaysApart(r.Date, d.Date) is > 0 and <= StayDays ? Earlier(r.Date!, d.Date!) : MorePrecise(r.Date, d.Date);
            var location = r.Location?.City is null && d.Location?.City is not null ? d.Location : r.Location ?? d.Location;
            var mechanism = r.Mechanism is null ? d.Mechanism : r.Mechanism.Edition is null && d.Mechanism?.Edition is not null ? d.Mechanism : r.Mechanism;
            var people = r.People.Union(d.People).ToList();
            result[target] = r with
            {
                Date = date,
                Location = location,
                People = people,
                Mechanism = mechanism,
                Sentences = r.Sentences.Union(d.Sentences).ToList(),
                Sources = MergedSources(r, d, date, location, mechanism, people.Count > r.People.Count),
            };
            trace?.Step(d.Id, nameof(MergeRepeatedMentions), Decision.Joined, "a repeated mention of the same occasion (type, status, countries, date, edition and people agree)", r.Id);
        }
        return result;
    }

    /// <summary>Each merged field keeps the source of the mention whose value it took.</summary>
    private static FieldSources? MergedSources(Draft r, Draft d, PartialDate? date, Location? location, Mechanism? mechanism, bool morePeople)
    {
        if (r.Sources is null || d.Sources is not { } ds) return r.Sources;
        var s = r.Sources;
        if (!ReferenceEquals(date, r.Date) && ReferenceEquals(date, d.Date)) s = s.With(EventField.Date, ds[EventField.Date]);
        if (!ReferenceEquals(location, r.Location) && ReferenceEquals(location, d.Location)) s = s.With(EventField.Location, ds[EventField.Location]);
        if (!ReferenceEquals(mechanism, r.Mechanism) && ReferenceEquals(mechanism, d.Mechanism)) s = s.With(EventField.Mechanism, ds[EventField.Mechanism]);
        if (morePeople)
        {
            var p = s[EventField.Participants];
            s = s.With(EventField.Participants, new FieldSource(nameof(MergeRepeatedMentions), "the people of every mention of the occasion", Arguments.Evidence.Cover([p.Span, ds[EventField.Participants].Span])));
        }
        return s;
    }

    /// <summary>True when the draft's date is not its own sentence's but the narrative's or the dispatch's.</summary>
    private static bool Borrowed(Draft d) => d.Sources?[EventField.Date].Rule == nameof(Arguments.UndatedNewsRule);

    /// <summary>Dates that could be one day: every part both give is equal ("2024-02" and "2024-02-27").</summary>
    private static bool Consistent(PartialDate? a, PartialDate? b) =>
        a is null || b is null || ((a.Year is null || b.Year is null || a.Year == b.Year) && (a.Month is null || b.Month is null || a.Month == b.Month)
            && (a.Day is null || b.Day is null || a.Day == b.Day));

    // A ship's stay or a visit lasts several days: one dispatch's mentions of it on days this close are one occasion.
    private const int StayDays = 4;

    private static int DaysApart(PartialDate? a, PartialDate? b) =>
        a is { Year: int ya, Month: int ma, Day: int da } && b is { Year: int yb, Month: int mb, Day: int db }
            ? Math.Abs(new DateOnly(ya, ma, da).DayNumber - new DateOnly(yb, mb, db).DayNumber) : int.MaxValue;

    private static PartialDate Earlier(PartialDate a, PartialDate b) =>
        string.CompareOrdinal(a.ToString(), b.ToString()) <= 0 ? a : b;

    private static PartialDate? MorePrecise(PartialDate? a, PartialDate? b) =>
        a is null ? b : b is null ? a : Precision(b) > Precision(a) ? b : a;

    private static int Precision(PartialDate d) => (d.Year is null ? 0 : 1) + (d.Month is null ? 0 : 2) + (d.Day is null ? 0 : 4);

    /// <summary>The same countries, in any order (and as often each).</summary>
    private static bool SameCountries(List<string> a, List<string> b)
    {
        if (a.Count != b.Count) return false;
        if (a.Count == 2) return (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0]);
        return a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal));
    }

    internal static bool SameOccurrence(Draft a, Draft b)
    {
        if (a.Type != b.Type || a.Status != b.Status) return false;
        if (!SameCountries(a.Countries, b.Countries)) return false;
        // "Japan and the Philippines sign Reciprocal Access Agreement" over "signed … on the 8th": a headline dated only by the
        // dispatch or the narrative takes the date the other mention gives.
        if (!Consistent(a.Date, b.Date) && !(a.Type is EventType.PortCall or EventType.Visit && DaysApart(a.Date, b.Date) <= StayDays) && !Borrowed(a) && !Borrowed(b)) return false;
        if (a.Mechanism?.Edition is int ea && b.Mechanism?.Edition is int eb && ea != eb) return false;
        // Two mentions of a session in one dispatch ("the 10th dialogue" … "the dialogue was co-chaired by") are one session.
        if (a.Type == EventType.Dialogue) return true;
        if (a.People.Count == 0 || b.People.Count == 0) return true;
        return a.People.All(b.People.Contains) || b.People.All(a.People.Contains);
    }
}
