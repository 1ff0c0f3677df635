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
}
