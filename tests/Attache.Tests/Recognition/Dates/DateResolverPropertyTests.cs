using Attache.Languages;
using Attache.Model;
using Attache.Recognition.Dates;
using Attache.Recognition.Numbers;
using CsCheck;

namespace Attache.Tests.Recognition.Dates;

/// <summary>Properties of date recognition and resolution, rendered with the month and weekday names of the data files.</summary>
public class DateResolverPropertyTests
{
    private static readonly string[] Languages = ["fr", "en"];
    private static readonly Dictionary<string, DateRecognizer> Recognizers =
        Languages.ToDictionary(l => l, l => new DateRecognizer(LanguageData.For(l)));
    private static readonly Dictionary<string, OrdinalRecognizer> Ordinals =
        Languages.ToDictionary(l => l, l => new OrdinalRecognizer(LanguageData.For(l)));

    private static string[] Forms(string language, string table, int number) =>
        LanguageData.For(language).Table(table).Where(r => r[0] == number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(r => LanguageData.Alternatives(r[1])).ToArray();

    private static readonly Gen<DateOnly> AnyDate =
        from y in Gen.Int[1900, 2099]
        from m in Gen.Int[1, 12]
        from d in Gen.Int[1, DateTime.DaysInMonth(y, m)]
        select new DateOnly(y, m, d);

    private static readonly Gen<Func<string, string>> AnyCase =
        Gen.OneOf<Func<string, string>>([s => s, s => s.ToUpperInvariant(), s => s.ToLowerInvariant()]);

    /// <summary>False for month forms that are also common words (third column of months.tsv): read only when capitalised.</summary>
    private static bool LowerCaseAllowed(string language, string form) =>
        !LanguageData.For(language).Table("months").Where(r => r.Length >= 3)
            .SelectMany(r => LanguageData.Alternatives(r[2])).Contains(form, StringComparer.OrdinalIgnoreCase);

    private static Gen<string> OneOf(string[] forms) => Gen.Int[0, forms.Length - 1].Select(i => forms[i]);

    /// <summary>Renders a date in words the way each language writes it, with its year.</summary>
    private static Gen<(string Language, string Text, DateOnly Date)> RenderedDate =>
        from language in Gen.OneOf(Languages)
        from date in AnyDate
        from month in OneOf(Forms(language, "months", date.Month))
        from style in Gen.Int[0, 2]
        from ordinalDay in Gen.Bool
        from casing in LowerCaseAllowed(language, month) ? AnyCase : Gen.OneOf<Func<string, string>>([s => s, s => s.ToUpperInvariant()])
        let day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)
        let suffix = !ordinalDay ? "" : language == "fr" ? (date.Day == 1 ? "er" : "") : date.Day switch { 1 or 21 or 31 => "st", 2 or 22 => "nd", 3 or 23 => "rd", _ => "th" }
        let text = style switch
        {
            0 => $"{day}{suffix} {month} {date.Year}",
            1 => $"{month} {day}{suffix}, {date.Year}",
            _ => $"{day}{suffix} {month}, {date.Year}",
        }
        select (language, casing(text), date);

    [Fact]
    public void Recognize_AnyDateInWordsWithYear_ResolvesToItself() =>
        RenderedDate.Sample(c =>
        {
            var text = $"Le {c.Text}.";
            var mentions = Recognizers[c.Language].Recognize(text);
            var mention = Assert.Single(mentions);
            Assert.Equal(c.Text, text[mention.Span.Start..mention.Span.End]);
            Assert.Equal(PartialDate.FromDate(c.Date), DateResolver.Resolve(mention.Expression, new DateContext(null, null)));
            Assert.Equal(PartialDate.FromDate(c.Date), DateResolver.Resolve(mention.Expression, new DateContext(new PartialDate(2000, 6, 1), null)));
        }, iter: 2000);

    [Fact]
    public void Resolve_DaysAfterAYearlessPreviousDate_AgreeWithEveryYearOrAreNull() =>
        (from date in AnyDate
         from amount in Gen.Int[-10, 10]
         select (date, amount)).Sample(c =>
        {
            var previous = new PartialDate(null, c.date.Month, c.date.Day);
            var offset = DateExpression.FromOffset(new DateOffset(DateUnit.Day, c.amount, DateAnchor.Previous));
            var got = DateResolver.Resolve(offset, new DateContext(null, previous));
            var moved = c.date.AddDays(c.amount);
            if (got is null)
            {
                // Only a leap day that may or may not fall between leaves the day unknown.
                Assert.True(c.date.Month <= 3 && moved.Month <= 3 || c.date.Month == 12 || moved.Month == 12, $"{previous} {c.amount:+#;-#;0} gave null");
                return;
            }
            Assert.Null(got.Year);
            foreach (var year in new[] { 2023, 2024 })
                if (DateTime.DaysInMonth(year, c.date.Month) >= c.date.Day)
                {
                    var there = new DateOnly(year, c.date.Month, c.date.Day).AddDays(c.amount);
                    Assert.Equal((there.Month, there.Day), (got.Month!.Value, got.Day!.Value));
                }
        }, iter: 2000);

    [Fact]
    public void Resolve_DayAlone_IsInThePreviousDatesMonthOrNull() =>
        (from date in AnyDate
         from day in Gen.Int[1, 31]
         from yearKnown in Gen.Bool
         select (date, day, yearKnown)).Sample(c =>
        {
            var previous = new PartialDate(c.yearKnown ? c.date.Year : null, c.date.Month, c.date.Day);
            var got = DateResolver.Resolve(new DateExpression(null, null, c.day), new DateContext(new PartialDate(1990, 1, null), previous));
            var exists = c.day <= DateTime.DaysInMonth(c.yearKnown ? c.date.Year : 2000, c.date.Month);
            if (!exists)
            {
                Assert.Null(got);
                return;
            }
            Assert.Equal(new PartialDate(previous.Year, c.date.Month, c.day), got);
        }, iter: 2000);

    [Fact]
    public void Resolve_DayMonthWithWeekday_TakesTheYearWhoseWeekdayMatches() =>
        (from language in Gen.OneOf(Languages)
         from refYear in Gen.Int[1950, 2090]
         from refMonth in Gen.Int[1, 12]
         from back in Gen.Int[0, 1]
         from month in Gen.Int[1, 12]
         from day in Gen.Int[1, DateTime.DaysInMonth(refYear - back, month)]
         let date = new DateOnly(refYear - back, month, day)
         from monthName in OneOf(Forms(language, "months", month))
         from weekdayName in OneOf(Forms(language, "weekdays", ((int)date.DayOfWeek + 6) % 7 + 1))
         from english in Gen.Bool
         select (language, refYear, refMonth, date, text: english ? $"{weekdayName}, {monthName} {day}" : $"{weekdayName} {day} {monthName}"))
        .Sample(c =>
        {
            var mention = Assert.Single(Recognizers[c.language].Recognize(c.text));
            var resolved = DateResolver.Resolve(mention.Expression, new DateContext(new PartialDate(c.refYear, c.refMonth, null), null));
            Assert.NotNull(resolved);
            Assert.Equal(c.date.DayOfWeek, resolved.ToDateOnly()!.Value.DayOfWeek);
            Assert.Equal(PartialDate.FromDate(c.date), resolved); // consecutive years never share a weekday for one date
        }, iter: 2000);

    /// <summary>Random text salted with date-like pieces, so the patterns get exercised near their edges.</summary>
    private static readonly Gen<string> NoisyText =
        Gen.OneOf(
            Gen.String,
            Gen.OneOf("le ", "1er", " mars", "2024", "-", "/", ".", ",", " (", ")", "mardi", "Tuesday", "March ", "4th", " et ",
                    " au ", " to ", "hier", "the same day", "en ", "in ", "dernier", "last ", "27", "31", "vingt-", "unième", "XIIe",
                    "10e", "fevrier", " ", "'", "é", "Ç", "\u00A0", "2+2", "F-16", "l'an dernier", "29 février")
                .Array[0, 30].Select(parts => string.Concat(parts)));

    [Fact]
    public void Recognize_AnyText_SpansInsideRangeSortedAndDisjoint() =>
        (from language in Gen.OneOf(Languages)
         from text in NoisyText
         from a in Gen.Int[0, text.Length]
         from b in Gen.Int[0, text.Length]
         select (language, text, start: Math.Min(a, b), end: Math.Max(a, b)))
        .Sample(c =>
        {
            var spans = Recognizers[c.language].Recognize(c.text, c.start, c.end).Select(m => m.Span)
                .Concat([new TextSpan(int.MaxValue, int.MaxValue)]).ToList();
            CheckSpans(spans, c.start, c.end);
            var ordinals = Ordinals[c.language].Recognize(c.text, c.start, c.end).Select(m => m.Span)
                .Concat([new TextSpan(int.MaxValue, int.MaxValue)]).ToList();
            CheckSpans(ordinals, c.start, c.end);
        }, iter: 3000);

    private static void CheckSpans(List<TextSpan> spans, int start, int end)
    {
        for (var i = 0; i < spans.Count - 1; i++)
        {
            Assert.True(spans[i].Start >= start && spans[i].End <= end && spans[i].Length > 0, $"{spans[i]} outside [{start}, {end})");
            if (i + 1 < spans.Count - 1) Assert.True(spans[i].End <= spans[i + 1].Start, "spans overlap or are unsorted");
        }
    }

    [Fact]
    public void Recognize_RandomStrings_NeverThrowsAndResolvesWithoutThrowing() =>
        (from language in Gen.OneOf(Languages)
         from text in NoisyText
         from refYear in Gen.Int[1, 9999].Nullable()
         from refMonth in Gen.Int[1, 12].Nullable()
         from refDay in Gen.Int[1, 28].Nullable()
         select (language, text, reference: refYear is null ? null : new PartialDate(refYear, refMonth, refMonth is null ? null : refDay)))
        .Sample(c =>
        {
            foreach (var m in Recognizers[c.language].Recognize(c.text))
                _ = DateResolver.Resolve(m.Expression, new DateContext(c.reference, c.reference));
            _ = Ordinals[c.language].Recognize(c.text);
        }, iter: 3000);
}
