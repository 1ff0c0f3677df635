using Attache.Events.Arguments;
using Attache.Model;
using Attache.Recognition.Dates;
using CsCheck;

namespace Attache.Tests.Events;

public class DateRuleTests
{
    private static DateExpression Day(int month, int day, DayOfWeek? weekday) =>
        new(null, month, day, weekday);

    [Theory]
    [InlineData(2023, 2, 27, DayOfWeek.Tuesday, 2024)] // 27 February 2023 was a Monday
    [InlineData(2024, 2, 27, DayOfWeek.Tuesday, null)] // the latest year fits
    [InlineData(2025, 3, 4, DayOfWeek.Monday, 2024)]   // the year before
    [InlineData(2024, 2, 27, null, null)]              // no weekday: nothing to settle
    public void WeekdayYear_PicksTheNearYearTheWeekdayFits(int latest, int month, int day, DayOfWeek? weekday, int? expected) =>
        Assert.Equal(expected, DateRule.WeekdayYear(Day(month, day, weekday), new PartialDate(null, month, day), latest));

    [Fact]
    public void WeekdayYear_NeverChoosesAYearAgainstTheWeekday() =>
        Gen.Select(Gen.Int[1990, 2040], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 6]).Sample((latest, month, day, wd) =>
        {
            var weekday = (DayOfWeek)wd;
            var year = DateRule.WeekdayYear(Day(month, day, weekday), new PartialDate(null, month, day), latest) ?? latest;
            var fits = new[] { latest, latest + 1, latest - 1 }.Any(y => new DateOnly(y, month, day).DayOfWeek == weekday);
            return !fits || new DateOnly(year, month, day).DayOfWeek == weekday;
        });
}
