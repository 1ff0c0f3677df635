using System.Globalization;
using Attache.Model;

namespace Attache.Record;

/// <summary>When an undated report can have happened: shortly before the dispatch that reports it was published.</summary>
/// <remarks>
/// A dispatch reports news: an event it reports (not a background mention) without a date took place in the days
/// before publication. The publication date is the document's own, else a date in its URL path (<c>/2025/02/16/</c>,
/// <c>-2022-09-08</c>; a year and month alone stand for that month). The window reaches <see cref="DaysBefore"/> days back
/// and one day forward (time zones). It only vetoes merges (a window that misses a candidate's date); it never adds score.
/// </remarks>
public static class ReportWindow
{
    /// <summary>How many days before publication an undated reported event may lie.</summary>
    public const int DaysBefore = 45;

    /// <summary>The days a document's publication can be on: its own date, else a date in its URL (a whole month when only the month is given), else null.</summary>
    public static DateWindow? Publication(DateOnly? published, string? url)
    {
        if (published is { } p) return new DateWindow(p, p);
        if (Input.UrlDate.Parse(url) is not { Year: int year, Month: int month } d) return null;
        if (d.Day is int day) return new DateWindow(new DateOnly(year, month, day), new DateOnly(year, month, day));
        return new DateWindow(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>The days an event may lie in: its date's bounds, or for an undated reported event the days before publication.</summary>
    /// <returns>Null when nothing bounds it (undated background mention, no publication date, or a date without a year).</returns>
    public static DateWindow? Of(Event e, DateWindow? publication)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Date is not null)
        {
            if (PartialDates.Lower(e.Date) is not { } lo || PartialDates.Upper(e.Date) is not { } hi) return null;
            return new DateWindow(DateOnly.ParseExact(lo, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(hi, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (e.Status != EventStatus.Reported || publication is not { } p) return null;
        return new DateWindow(p.First.AddDays(-DaysBefore), p.Last.AddDays(1));
    }

    /// <summary>True when two windows cannot share a day (false when either is unknown).</summary>
    public static bool Disjoint(DateWindow? a, DateWindow? b) =>
        a is { } x && b is { } y && (x.Last < y.First || y.Last < x.First);
}

/// <summary>A range of days, both ends included.</summary>
/// <param name="First">The first day.</param>
/// <param name="Last">The last day.</param>
public readonly record struct DateWindow(DateOnly First, DateOnly Last);
