using Attache.Model;

namespace Attache.Events;

/// <summary>Merges the drafts that mention one occasion into one event.</summary>
internal static class DraftMerger
{
    internal static List<Draft> Merge(List<Draft> drafts)
    {
        var result = new List<Draft>();
        foreach (var d in drafts)
        {
            var target = result.FindIndex(r => SameOccurrence(r, d));
            if (target < 0) { result.Add(d); continue; }
            var r = result[target];
            result[target] = r with
            {
                // A stay is dated by its first day.
                Date = DaysApart(r.Date, d.Date) is > 0 and <= StayDays ? Earlier(r.Date!, d.Date!) : MorePrecise(r.Date, d.Date),
                Location = r.Location?.City is null && d.Location?.City is not null ? d.Location : r.Location ?? d.Location,
                People = r.People.Union(d.People).ToList(),
                Mechanism = r.Mechanism is null ? d.Mechanism : r.Mechanism.Edition is null && d.Mechanism?.Edition is not null ? d.Mechanism : r.Mechanism,
                Sentences = r.Sentences.Union(d.Sentences).ToList(),
            };
        }
        return result;
    }

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
        if (!Consistent(a.Date, b.Date) && !(a.Type is EventType.PortCall or EventType.Visit && DaysApart(a.Date, b.Date) <= StayDays)) return false;
        if (a.Mechanism?.Edition is int ea && b.Mechanism?.Edition is int eb && ea != eb) return false;
        // Two mentions of a session in one dispatch ("the 10th dialogue" … "the dialogue was co-chaired by") are one session.
        if (a.Type == EventType.Dialogue) return true;
        if (a.People.Count == 0 || b.People.Count == 0) return true;
        return a.People.All(b.People.Contains) || b.People.All(a.People.Contains);
    }
}
