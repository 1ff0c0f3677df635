using System.Globalization;
using Attache.Model;

namespace Attache.Record;

/// <summary>Completes a date whose year the text does not give, from when the people involved held their offices.</summary>
/// <remarks>Only the curated seed is used: offices the record has merely seen give a lower bound of a tenure, not its
/// end, so they cannot exclude a year.</remarks>
public static class DateInference
{
    /// <summary>The year in which every participant known to the seed was in office in the date's month, when there
    /// is exactly one such year not after <paramref name="maxYear"/>; otherwise null.</summary>
    public static DateInferenceResult? Infer(PartialDate? date, IEnumerable<Participant> participants, int maxYear, OfficialSeed? seed = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (date is not { Year: null, Month: int month }) return null;
        seed ??= OfficialSeed.Default;
        var known = participants
            .Select(p => (Person: p, Offices: seed.Find(p.Name, p.Country)))
            .Where(x => x.Offices.Count > 0)
            .GroupBy(x => PersonNames.Key(x.Offices[0].Name))
            .Select(g => g.First())
            .ToList();
        if (known.Count == 0) return null;
        var first = known.SelectMany(k => k.Offices).Min(o => o.From.Year);
        var years = Enumerable.Range(first, Math.Max(0, maxYear - first + 1))
            .Where(y => (date.Day is null || date.Day <= DateTime.DaysInMonth(y, month)) && known.All(k => k.Offices.Any(o => o.HeldIn(y, month))))
            .ToList();
        if (years.Count != 1) return null;
        var year = years[0];
        var who = string.Join("; ", known.Select(k => $"{k.Offices[0].Name}, {k.Offices.First(o => o.HeldIn(year, month)).Office}"));
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return new DateInferenceResult(new PartialDate(year, month, date.Day),
            $"year inferred: only in {monthName} {year} were all of these in office ({who})");
    }
}
