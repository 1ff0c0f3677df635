using Attache.Bench.Fuzz;
using Attache.Cleaning;
using Attache.Extraction;
using Attache.Languages;
using Attache.Model;
using Attache.Recognition.Dates;

namespace Attache.Tests.Extraction;

/// <summary>
/// The CI share of the fuzz campaign (bench/Attache.Bench.Fuzz, 1,000,000 inputs, docs/fuzzing.md): the first 10,000
/// inputs of seed 15, mutations of dispatch-like text, through the cleaner, the date recognisers and resolver and the
/// whole extractor (every eighth explained). Any exception, span outside the text or malformed event fails the test with
/// the seed, the input's number and the input itself; the same input replays alone with
/// <c>dotnet run -c Release --project bench/Attache.Bench.Fuzz -- --seed 15 --from N --count 1</c>. Then one test per
/// defect the campaign found.
/// </summary>
public class FuzzCampaignTests
{
    private const int Seed = 15;
    private const int Inputs = 10_000;
    private static readonly FuzzChecks Checks = new();

    [Fact]
    public void SeededRun_NoException_EverySpanInside_EveryEventWellFormed()
    {
        var fuzzer = new DispatchFuzzer([SeedFixtureTests.SeedText("000"), SeedFixtureTests.SeedText("004")]);
        var failures = new List<string>();
        for (var i = 0; i < Inputs && failures.Count < 5; i++)
        {
            var doc = fuzzer.Generate(Seed, i);
            try
            {
                var problems = Checks.Check(doc, explain: i % 8 == 0, dateLanguage: i % Checks.DateLanguages);
                if (problems.Count > 0) failures.Add($"seed {Seed} input {i}: {string.Join("; ", problems.Take(3))}\n  text {DispatchFuzzer.Literal(doc.Text, 2000)}\n  published {doc.Published}, language {doc.Language ?? "null"}, url {doc.Url ?? "null"}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"seed {Seed} input {i}: {e}\n  text {DispatchFuzzer.Literal(doc.Text, 2000)}\n  published {doc.Published}, language {doc.Language ?? "null"}, url {doc.Url ?? "null"}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Generate_IsAFunctionOfSeedAndIndex()
    {
        // The replay command above relies on it.
        var a = new DispatchFuzzer();
        var b = new DispatchFuzzer();
        foreach (var i in new long[] { 0, 1, 9_999, 999_999 }) Assert.Equal(a.Generate(Seed, i), b.Generate(Seed, i));
        Assert.NotEqual(a.Generate(Seed, 1).Text, a.Generate(Seed, 2).Text);
        Assert.NotEqual(a.Generate(Seed, 1).Text, a.Generate(Seed + 1, 1).Text);
    }

    [Fact]
    public void Checks_FindAnEvidenceSpanOutsideTheText()
    {
        // Guards the harness: a broken event is reported, not waved through.
        var e = new Event(EventType.Meeting, EventStatus.Reported, new PartialDate(2024, 2, 30), null, ["VNM", "jp"], [], null, [], [new TextSpan(5, 50)]);
        var problems = FuzzChecks.EventProblems(e, 20).ToList();
        Assert.Contains(problems, p => p.Contains("evidence [5, 50)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("alpha-3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 1, 1)] // 0001-01-01: no day before it
    [InlineData(9999, 12, 31)] // 9999-12-31: no day after it
    public void Extract_WeekdayWithPublicationAtTheCalendarsEdge_DoesNotThrow(int year, int month, int day)
    {
        // Found by the campaign (seed 15, input 574): the weekday's nearest day stepped past DateOnly's range.
        var doc = new Document("edge", "Defence Minister Arjun Varma held talks with French Minister Claire Delorme in New Delhi on Monday. On Tuesday they signed a memorandum.",
            Published: new DateOnly(year, month, day), Language: "en");
        var result = new Extractor().Extract(doc);
        Assert.All(result.Events, e => Assert.Empty(FuzzChecks.EventProblems(e, doc.Text.Length)));
    }

    [Theory]
    [InlineData("fr", "l'an prochain")]
    [InlineData("fr", "le mois prochain")]
    [InlineData("en", "next year")]
    public void Resolve_PastYear9999_IsNoDate(string language, string text)
    {
        // Found by the campaign: 9999-12-31 + one year resolved to year 10000, which DateOnly and the spec's YYYY cannot hold.
        var mention = Assert.Single(LanguageResources.For(language).Dates.Recognize(text));
        Assert.Null(DateResolver.Resolve(mention.Expression, new DateContext(new PartialDate(9999, 12, 31), null)));
        Assert.NotNull(DateResolver.Resolve(mention.Expression, new DateContext(new PartialDate(2024, 12, 31), null)));
    }

    [Fact]
    public void Resolve_BeforeYear1_IsNoDate()
    {
        var mention = Assert.Single(LanguageResources.For("vi").Dates.Recognize("năm ngoái"));
        Assert.Null(DateResolver.Resolve(mention.Expression, new DateContext(new PartialDate(1, 1, 1), null)));
    }

    [Fact]
    public void Recognize_DateAfterAWeekdayAndALongRunOfSpaces_IsFound()
    {
        // Found by the campaign (input 529): three backtracking runs of whitespace after a weekday ran the English
        // pattern into its timeout, and the dates after it were lost.
        var text = "Indian " + new string(' ', 300) + "Sunday Monday Tuesday" + new string(' ', 300) + " The talks were held on March 14, 2024.";
        var dates = LanguageResources.For("en").Dates.Recognize(text);
        Assert.Contains(dates, d => d.Expression is { Year: 2024, Month: 3, Day: 14 });
    }

    [Fact]
    public void Clean_RunOnTokenOfManyWords_PutsBackEverySpace_KeepsNoSplitWords()
    {
        // The campaign's 80 KB "HanoiHanoi…" token: every lost space is put back (the bounded word scan must not change
        // which splits are allowed), a no-split word stays whole and a chunk with a no-split character is left alone.
        var run = string.Concat(Enumerable.Repeat("Hanoi", 4000));
        var cleaned = new TextCleaner().Clean(run + " LinkedIn MacDonald www.example.org/HanoiHanoi");
        Assert.StartsWith(string.Join(' ', Enumerable.Repeat("Hanoi", 4000)) + " LinkedIn MacDonald www.example.org/HanoiHanoi", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal(run.Length + 1, cleaned.ToOriginal(new TextSpan(0, cleaned.Text.IndexOf(" LinkedIn", StringComparison.Ordinal) + 1)).End);
    }
    [Fact]
    public void Extract_TwentyNinthOfFebruaryInANonLeapLatestYear_StaysYearless()
    {
        // Found by the 1,000,000-input run (input 861057, and the exception of input 966029): with no publication date,
        // "29 février" took the dispatch's latest year, 2023, giving 2023-02-29, which no calendar has.
        var doc = new Document("feb29", "Le général Nguyen Van Tam, ministre vietnamien de la Défense, a reçu le 29 février à Hanoi l'amiral Pierre Dubreuil, chef d'état-major de la Marine française. Les deux pays avaient signé un accord en mars 2023.");
        var events = new Extractor().Extract(doc).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Empty(FuzzChecks.EventProblems(e, doc.Text.Length)));
        Assert.Contains(events, e => e.Date == new PartialDate(null, 2, 29));
    }

    [Fact]
    public void Extract_ZeroBeforeAnOrdinalSuffix_IsNoEdition()
    {
        // Found by the 1,000,000-input run (e.g. input 684938, "14 0/0 th"): "0 th" gave edition 0.
        var doc = new Document("ed0", "Indian Defence Secretary Rajesh Mehra and Senior Lieutenant General Nguyen Duc Hanh, Deputy Minister of National Defence of Vietnam, co-chaired the 14 0/0 th Vietnam-India Defence Policy Dialogue in New Delhi on November 5, 2024.", Language: "en");
        var events = new Extractor().Extract(doc).Events;
        Assert.NotEmpty(events);
        Assert.Contains(events, e => e.Mechanism is not null);
        Assert.All(events, e => Assert.NotEqual(0, e.Mechanism?.Edition));
    }
}
