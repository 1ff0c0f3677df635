using System.Globalization;
using Attache.Languages;
using Attache.Recognition.Dates;
using Attache.Recognition.Numbers;

namespace Attache.Tests.Recognition.Dates;

/// <summary>Checks that every language's date and ordinal data files are complete and well formed.</summary>
public class DateDataTests
{
    public static TheoryData<string> Languages => new(LanguageData.Available);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Months_AllTwelveListed(string language) =>
        Assert.Equal(Enumerable.Range(1, 12), Numbers(language, "months"));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Weekdays_AllSevenListed(string language) =>
        Assert.Equal(Enumerable.Range(1, 7), Numbers(language, "weekdays"));

    [Theory]
    [MemberData(nameof(Languages))]
    public void RelativeDates_RowsParse(string language)
    {
        foreach (var row in LanguageData.For(language).Table("relative-dates"))
        {
            Assert.True(row.Length >= 3, string.Join('\t', row));
            Assert.True(Enum.TryParse<DateUnit>(row[1], true, out _), row[1]);
            Assert.True(int.TryParse(row[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), row[2]);
            Assert.True(row.Length < 4 || Enum.TryParse<DateAnchor>(row[3], true, out _), string.Join('\t', row));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Recognizers_BuildFromTheData(string language)
    {
        Assert.NotNull(new DateRecognizer(LanguageData.For(language)));
        Assert.NotNull(new OrdinalRecognizer(LanguageData.For(language)));
    }

    private static int[] Numbers(string language, string table) =>
        LanguageData.For(language).Table(table).Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).Distinct().Order().ToArray();
}
