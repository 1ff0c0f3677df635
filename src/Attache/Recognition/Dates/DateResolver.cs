using Attache.Model;

namespace Attache.Recognition.Dates;

/// <summary>Turns a date expression into a (possibly partial) date, against a context and never against the clock.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A day and month without year take the reference year, or the year before when they would fall more than
/// <see cref="MonthsAhead"/> months after the reference month (a December event in a January dispatch). When a weekday is
/// given and exactly one of those two years matches it, that year is taken. Without a reference year: <c>--MM-DD</c>.</item>
/// <item>Day offsets ("hier") and bare weekdays ("lundi", "on Monday") need a complete reference date, else null: a weekday
/// and a year-month reference never pin a single day (a weekday occurs four or five times in a month).</item>
/// <item>Year offsets need the reference year; month offsets the reference month; week offsets a complete reference and
/// give the month only when the whole week (Monday to Sunday) lies in one month, else null.</item>
/// <item>Offsets anchored on the previous event ("le même jour") return <see cref="DateContext.Previous"/>, moved by the
/// offset when it is complete, or by days when it lacks only the year and no leap day can fall between; null without one.</item>
/// <item>A day alone ("from the 24th to the 26th") is in the month of <see cref="DateContext.Previous"/> when it has one,
/// else in the reference month; null without either.</item>
/// <item>Dates that cannot exist resolve to null; no input throws.</item>
/// </list>
/// </remarks>
public static class DateResolver
{
    /// <summary>How many months after the reference month a yearless date may fall and still take the reference year.</summary>
    public const int MonthsAhead = 2;

    /// <summary>Resolves <paramref name="expression"/> in <paramref name="context"/>; null when the date cannot be known.</summary>
    public static PartialDate? Resolve(DateExpression expression, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            // Year and month offsets are counted without DateOnly ("l'an prochain" from 9999-12-31): past the calendar is no date either.
            var resolved = ResolveCore(expression, context);
            return resolved is { Year: < 1 or > 9999 } ? null : resolved;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // arithmetic past year 1 or 9999: no such date
        }
    }

    private static PartialDate? ResolveCore(DateExpression expression, DateContext context)
    {
        var reference = context.Reference;

        if (expression.Offset is { } offset)
        {
            if (offset.Anchor == DateAnchor.Previous) return FromPrevious(offset, context.Previous);
            return FromOffset(expression, offset, reference);
        }

        if (expression is { Month: null, Day: int onlyDay })
        {
            var anchor = context.Previous?.Month is not null ? context.Previous : reference;
            if (anchor is not { Month: int am }) return null;
            if (anchor.Year is int ay) return Valid(ay, am, onlyDay);
            return onlyDay <= DateTime.DaysInMonth(2000, am) ? new PartialDate(null, am, onlyDay) : null;
        }

        if (expression.Month is null && expression.Day is null)
        {
            if (expression.Year is { } onlyYear) return new PartialDate(onlyYear, null, null);
            return expression.Weekday is { } weekday ? FromWeekday(weekday, expression.Direction, reference) : null;
        }

        var month = expression.Month;
        if (month is not (>= 1 and <= 12)) return null;
        var day = expression.Day;
        if (expression.Year is { } year) return Valid(year, month.Value, day);

        if (reference?.Year is not { } refYear)
            return day is null || day <= DateTime.DaysInMonth(2000, month.Value) ? new PartialDate(null, month, day) : null;

        return Valid(ChooseYear(month.Value, day, expression.Weekday, expression.Direction, reference, refYear), month.Value, day)
            ?? Valid(refYear - 1, month.Value, day);
    }

    private static int ChooseYear(int month, int? day, DayOfWeek? weekday, DateDirection direction, PartialDate reference, int refYear)
    {
        var refMonth = reference.Month;
        switch (direction)
        {
            case DateDirection.This:
                return refYear;
            case DateDirection.Last when refMonth is { } rm:
                if (day is { } d && reference.ToDateOnly() is { } rd)
                    return Exists(refYear, month, d) && new DateOnly(refYear, month, d) < rd ? refYear : refYear - 1;
                return month < rm || (day is not null && month == rm) ? refYear : refYear - 1;
            case DateDirection.Next when refMonth is { } rm:
                if (day is { } dn && reference.ToDateOnly() is { } rdn)
                    return Exists(refYear, month, dn) && new DateOnly(refYear, month, dn) > rdn ? refYear : refYear + 1;
                return month > rm || (day is not null && month == rm) ? refYear : refYear + 1;
        }

        if (weekday is { } wd && day is { } dd)
        {
            var thisYear = Exists(refYear, month, dd) && new DateOnly(refYear, month, dd).DayOfWeek == wd;
            var yearBefore = Exists(refYear - 1, month, dd) && new DateOnly(refYear - 1, month, dd).DayOfWeek == wd;
            if (thisYear != yearBefore) return thisYear ? refYear : refYear - 1;
        }

        return refMonth is { } m && month - m > MonthsAhead ? refYear - 1 : refYear;
    }

    private static PartialDate? FromOffset(DateExpression expression, DateOffset offset, PartialDate? reference)
    {
        switch (offset.Unit)
        {
            case DateUnit.Year:
                if (reference?.Year is not { } y) return null;
                var year = y + offset.Amount;
                return expression.Month is { } month ? Valid(year, month, expression.Day) : new PartialDate(year, null, null);
            case DateUnit.Month:
                if (reference is not { Year: { } ry, Month: { } rm }) return null;
                var index = ry * 12 + rm - 1 + offset.Amount;
                return new PartialDate(index / 12, index % 12 + 1, null);
            case DateUnit.Week:
                if (reference?.ToDateOnly() is not { } rw) return null;
                var inWeek = rw.AddDays(7 * offset.Amount);
                var monday = inWeek.AddDays(-(((int)inWeek.DayOfWeek + 6) % 7));
                var sunday = monday.AddDays(6);
                return monday.Month == sunday.Month ? new PartialDate(monday.Year, monday.Month, null) : null;
            default:
                return reference?.ToDateOnly() is { } rd ? PartialDate.FromDate(rd.AddDays(offset.Amount)) : null;
        }
    }

    private static PartialDate? FromPrevious(DateOffset offset, PartialDate? previous)
    {
        if (previous is null) return null;
        if (offset.Amount == 0) return previous;
        // "le 15 avril … Le lendemain" in a dispatch that never gives the year: the day after is still known, unless a
        // leap day could fall between.
        if (previous is { Year: null, Month: int pm, Day: int pd } && offset.Unit == DateUnit.Day)
        {
            if (!Exists(2000, pm, pd)) return null;
            var leap = new DateOnly(2000, pm, pd).AddDays(offset.Amount);
            var plain = Exists(2001, pm, pd) ? new DateOnly(2001, pm, pd).AddDays(offset.Amount) : (DateOnly?)null;
            return plain is { } p && (p.Month, p.Day) == (leap.Month, leap.Day) && Math.Abs(offset.Amount) < 300 ? new PartialDate(null, leap.Month, leap.Day) : null;
        }
        if (previous.ToDateOnly() is not { } date) return null;
        return offset.Unit switch
        {
            DateUnit.Day => PartialDate.FromDate(date.AddDays(offset.Amount)),
            DateUnit.Week => PartialDate.FromDate(date.AddDays(7 * offset.Amount)),
            DateUnit.Month => PartialDate.FromDate(date.AddMonths(offset.Amount)),
            _ => PartialDate.FromDate(date.AddYears(offset.Amount)),
        };
    }

    private static PartialDate? FromWeekday(DayOfWeek weekday, DateDirection direction, PartialDate? reference)
    {
        if (reference?.ToDateOnly() is not { } rd) return null;
        var back = ((int)rd.DayOfWeek - (int)weekday + 7) % 7;
        var date = direction switch
        {
            DateDirection.Last => rd.AddDays(back == 0 ? -7 : -back),
            DateDirection.Next => rd.AddDays(back == 0 ? 7 : 7 - back),
            DateDirection.This => rd.AddDays(-(((int)rd.DayOfWeek + 6) % 7) + ((int)weekday + 6) % 7),
            _ => rd.AddDays(-back),
        };
        return PartialDate.FromDate(date);
    }

    private static bool Exists(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static PartialDate? Valid(int year, int month, int? day) =>
        year is < 1 or > 9999 || month is < 1 or > 12 ? null
        : day is null ? new PartialDate(year, month, null)
        : Exists(year, month, day.Value) ? new PartialDate(year, month, day) : null;
}
