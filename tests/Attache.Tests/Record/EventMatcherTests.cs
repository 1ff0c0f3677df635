using Attache.Model;
using Attache.Record;
using static Attache.Tests.Record.Fx;

namespace Attache.Tests.Record;

public class EventMatcherTests
{
    private static readonly string[] LaoThai = ["LAO", "THA"];

    [Fact]
    public void Score_SameDaySameTypeSameCountries_Merges() =>
        Assert.True(EventMatcher.Matches(Ev(EventType.Meeting, "2021-05-06", LaoThai), Ev(EventType.Meeting, "2021-05-06", LaoThai)));

    [Fact]
    public void Score_DifferentCountrySets_NeverMerge() =>
        Assert.Null(EventMatcher.Score(Ev(EventType.Meeting, "2021-05-06", LaoThai), Ev(EventType.Meeting, "2021-05-06", ["LAO", "VNM"])));

    [Fact]
    public void Score_DifferentFamilies_NeverMerge() =>
        Assert.Null(EventMatcher.Score(Ev(EventType.Meeting, "2021-05-06", LaoThai), Ev(EventType.Agreement, "2021-05-06", LaoThai)));

    [Fact]
    public void Score_ConflictingDays_NeverMerge() =>
        Assert.Null(EventMatcher.Score(Ev(EventType.Meeting, "2021-05-06", LaoThai), Ev(EventType.Meeting, "2021-05-07", LaoThai)));

    [Fact]
    public void Score_PartialDateWithoutYear_CompatibleWithFullDate() =>
        Assert.True(EventMatcher.Matches(Ev(EventType.Meeting, "--05-06", LaoThai), Ev(EventType.Meeting, "2021-05-06", LaoThai)));

    [Fact]
    public void Score_BackgroundMentionOfSameEdition_MergesWithReported()
    {
        var reported = Ev(EventType.Dialogue, "2016-11-14", LaoThai, mechanism: new Mechanism("Lao-Thai Defence Policy Dialogue", 4), location: new Location("Vientiane", "LAO"));
        var background = Ev(EventType.Dialogue, "2016-11", LaoThai, mechanism: new Mechanism("dialogue sur la politique de défense", 4),
            location: new Location("Vientiane", "LAO"), status: EventStatus.Background);
        Assert.True(EventMatcher.Matches(reported, background));
    }

    [Fact]
    public void Score_DifferentEditionsOfOneSeries_NeverMerge() =>
        Assert.Null(EventMatcher.Score(
            Ev(EventType.Dialogue, "2016", LaoThai, mechanism: new Mechanism("Defence Policy Dialogue", 4)),
            Ev(EventType.Dialogue, "2016", LaoThai, mechanism: new Mechanism("Dialogue sur la politique de défense", 5))));

    [Fact]
    public void Score_SameDayDifferentPeopleOnOneSide_DoesNotMerge() =>
        Assert.False(EventMatcher.Matches(
            Ev(EventType.Meeting, "2021-05-06", LaoThai, [P("Somsak Vongsa", "LAO"), P("Anan Chaiyo", "THA")]),
            Ev(EventType.Meeting, "2021-05-06", LaoThai, [P("Khamla Phengsy", "LAO"), P("Anan Chaiyo", "THA")]) with { Participants = [P("Khamla Phengsy", "LAO")] }));

    [Fact]
    public void Score_MonthOnlyNeedsAPerson()
    {
        var a = Ev(EventType.Visit, "2021-05", LaoThai, [P("Gen. Somsak Vongsa", "LAO")]);
        var b = Ev(EventType.Visit, "2021-05-06", LaoThai, [P("Somsak", "LAO")]);
        Assert.True(EventMatcher.Matches(a, b));
        Assert.False(EventMatcher.Matches(a with { Participants = [] }, b with { Participants = [] }));
    }

    [Fact]
    public void Score_DifferentCities_NeverMerge() =>
        Assert.Null(EventMatcher.Score(
            Ev(EventType.Meeting, "2021-05-06", LaoThai, location: new Location("Vientiane", "LAO")),
            Ev(EventType.Meeting, "2021-05-06", LaoThai, location: new Location("Bangkok", "THA"))));

    [Fact]
    public void Score_TypeDiffersWithinFamily_NeedsDayAndPerson()
    {
        var meeting = Ev(EventType.Meeting, "2021-05-06", LaoThai, [P("Somsak Vongsa", "LAO")]);
        var visit = Ev(EventType.Visit, "2021-05-06", LaoThai, [P("Somsak Vongsa", "LAO")]);
        Assert.True(EventMatcher.Matches(meeting, visit));
        Assert.False(EventMatcher.Matches(meeting with { Participants = [] }, visit));
    }

    [Fact]
    public void Assign_OneDocumentsReportsNeverShareAnEvent()
    {
        var stored = Ev(EventType.Meeting, "2021-05-06", LaoThai);
        var result = EventMatcher.Assign([Ev(EventType.Meeting, "2021-05-06", LaoThai), Ev(EventType.Meeting, "2021-05-06", LaoThai)], [stored]);
        Assert.Equal([0, -1], result);
    }

    [Fact]
    public void Score_DayWithoutYearAcrossTypes_NeedsTheSameCity()
    {
        var people = new[] { P("Somsak Vongsa", "LAO") };
        var visit = Ev(EventType.Visit, "--05-06", LaoThai, people, location: new Location(null, "THA"));
        var meeting = Ev(EventType.Meeting, "2021-05-06", LaoThai, people);
        Assert.Null(EventMatcher.Score(visit, meeting));
        Assert.True(EventMatcher.Matches(visit with { Location = new Location("Bangkok", "THA") }, meeting with { Location = new Location("Bangkok", "THA") }));
    }

    [Fact]
    public void Score_UndatedReport_NotMergedWithAnEventLongBeforeItsPublication()
    {
        Participant[] people = [P("Somsak Vongsa", "LAO"), P("Anan Chaiyo", "THA")];
        var vientiane = new Location("Vientiane", "LAO");
        var undated = Ev(EventType.Meeting, null, LaoThai, people, location: vientiane);
        var earlier = Ev(EventType.Meeting, "2019-03", LaoThai, people, location: vientiane);
        Assert.True(EventMatcher.Matches(undated, earlier));
        var published = ReportWindow.Publication(null, "https://news.example/2021/06/02/lao-thai-talks");
        Assert.Null(EventMatcher.Score(undated, earlier, published));
        Assert.NotNull(EventMatcher.Score(undated, earlier with { Date = new PartialDate(2021, 5, 30) }, published));
        // Two undated reports published years apart are two occurrences too.
        Assert.Null(EventMatcher.Score(undated, undated, published, ReportWindow.Publication(new DateOnly(2019, 3, 20), null)));
        // A background mention has no such window.
        Assert.True(EventMatcher.Score(undated with { Status = EventStatus.Background }, earlier, published) >= EventMatcher.Threshold);
    }

    [Theory]
    [InlineData("https://news.example/2025/02/16/story", "2025-02-16", "2025-02-16")]
    [InlineData("https://news.example/story-title-2022-09-08?utm=rss", "2022-09-08", "2022-09-08")]
    [InlineData("https://news.example/2023/12/story.html", "2023-12-01", "2023-12-31")]
    public void Publication_FromUrl(string url, string first, string last)
    {
        var w = ReportWindow.Publication(null, url);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), w!.Value.First);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), w.Value.Last);
    }

    [Theory]
    [InlineData("https://news.example/post-201912345.html")]
    [InlineData("https://news.example/?p=36697")]
    [InlineData(null)]
    public void Publication_NoDateInUrl_IsUnknown(string? url) => Assert.Null(ReportWindow.Publication(null, url));

    [Fact]
    public void WithDocumentCast_UnnamedSideTakesTheDispatchsPeople()
    {
        var bangkok = new Location("Bangkok", "THA");
        var talks = Ev(EventType.Meeting, null, LaoThai, [P("Anan Chaiyo", "THA")], location: bangkok);
        var drill = Ev(EventType.Exercise, null, LaoThai, [P("Somsak Vongsa")], location: bangkok);
        var stored = Ev(EventType.Meeting, "2022-09-08", LaoThai, [P("Somsak Vongsa"), P("Anan Chaiyo", "THA")], location: bangkok);
        Assert.False(EventMatcher.Matches(talks, stored));
        var cast = EventMatcher.WithDocumentCast([talks, drill]);
        Assert.Equal(["Anan Chaiyo", "Somsak Vongsa"], cast[0].Participants.Select(p => p.Name));
        Assert.True(EventMatcher.Matches(cast[0], stored));
        // An event naming someone without a country keeps its people (he may be the missing side); background mentions lend nobody.
        Assert.Same(drill, EventMatcher.WithDocumentCast([talks, drill])[1]);
        Assert.Same(talks, EventMatcher.WithDocumentCast([talks, drill with { Status = EventStatus.Background }])[0]);
    }

    [Fact]
    public void Score_SameDayDifferentCities_MergeOnlyWithTheSameTypeAndAPersonInBoth()
    {
        // One report places the signing at the shipyard, the other at the palace.
        var yard = Ev(EventType.Agreement, "2021-09-28", LaoThai, [P("Somsak Vongsa", "LAO")], location: new Location("Savannakhet", "LAO"));
        var palace = Ev(EventType.Agreement, "2021-09-28", LaoThai, [P("Somsak Vongsa", "LAO")], location: new Location("Vientiane", "LAO"));
        Assert.True(EventMatcher.Matches(yard, palace));
        Assert.False(EventMatcher.Matches(yard, palace with { Participants = [P("Anan Chaiyo", "THA")] }));
        Assert.False(EventMatcher.Matches(yard, Ev(EventType.Agreement, "2021-09", LaoThai, [P("Somsak Vongsa", "LAO")], location: new Location("Vientiane", "LAO"))));
        Assert.Null(EventMatcher.Score(yard with { Type = EventType.Meeting }, palace with { Type = EventType.Visit }));
    }

    [Fact]
    public void Score_OneFullNameGivenTwoCountries_IsOnePerson()
    {
        var a = Ev(EventType.Meeting, "2021-05-06", LaoThai, [P("Somsak Vongsa", "LAO")]);
        Assert.True(EventMatcher.Score(a, Ev(EventType.Meeting, "2021-05-06", LaoThai, [P("Somsak Vongsa", "THA")]))
            > EventMatcher.Score(a, Ev(EventType.Meeting, "2021-05-06", LaoThai, [P("Somsak", "THA")])));
    }
}
