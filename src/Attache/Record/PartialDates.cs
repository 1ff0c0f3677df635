using Attache.Model;

namespace Attache.Record;

/// <summary>How closely two partial dates agree.</summary>
public enum DateAgreement
{
    /// <summary>They contradict each other (a known component differs).</summary>
    Conflict,
    /// <summary>At least one is unknown, or they share no component.</summary>
    Unknown,
    /// <summary>Only the year is shared.</summary>
    Year,
    /// <summary>Month (and year, where both give it) agree.</summary>
    Month,
    /// <summary>Month and day agree, but one of them has no year.</summary>
    DayWithoutYear,
    /// <summary>Year, month and day agree.</summary>
    Day,
}

/// <summary>Comparisons and bounds of partial dates.</summary>
public static class PartialDates
{
    /// <summary>Compares two dates component by component.</summary>
    public static DateAgreement Compare(PartialDate? a, PartialDate? b)
    {
        if (a is null || b is null) return DateAgreement.Unknown;
        if (Differs(a.Year, b.Year) || Differs(a.Month, b.Month) || Differs(a.Day, b.Day)) return DateAgreement.Conflict;
        var year = a.Year is not null && b.Year is not null;
        var month = a.Month is not null && b.Month is not null;
        var day = a.Day is not null && b.Day is not null;
        if (month && day) return year ? DateAgreement.Day : DateAgreement.DayWithoutYear;
        if (month) return DateAgreement.Month;
        return year ? DateAgreement.Year : DateAgreement.Unknown;
    }

    /// <summary>True when no known component differs.</summary>
    public static bool Consistent(PartialDate? a, PartialDate? b) => Compare(a, b) != DateAgreement.Conflict;

    /// <summary>The earliest complete date a dated value can stand for (<c>YYYY-MM-DD</c>), or null without a year.</summary>
    public static string? Lower(PartialDate? d) =>
        d?.Year is int y ? $"{y:D4}-{d.Month ?? 1:D2}-{d.Day ?? 1:D2}" : null;

    /// <summary>The latest complete date a dated value can stand for, or null without a year.</summary>
    public static string? Upper(PartialDate? d)
    {
        if (d?.Year is not int y) return null;
        var m = d.Month ?? 12;
        var day = d.Day ?? DateTime.DaysInMonth(y, m);
        return $"{y:D4}-{m:D2}-{day:D2}";
    }

    /// <summary>Expands a bound written <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> to its first or last day.</summary>
    public static string? Bound(string? text, bool upper)
    {
        if (!PartialDate.TryParse(text, out var d) || d?.Year is null) return null;
        return upper ? Upper(d) : Lower(d);
    }

    private static bool Differs(int? a, int? b) => a is not null && b is not null && a != b;
}
