using Attache.Model;
using Attache.Record;
using static Attache.Tests.Record.Fx;

namespace Attache.Tests.Record;

public class MechanismSeriesBuilderTests
{
    private static readonly string[] Pair = ["LAO", "THA"];

    private static StoredEvent S(string id, Event e, params string[] sources) => new(id, e, sources, [], null, MechanismNames.SeriesKey(e));

    [Fact]
    public void Build_FrenchAndEnglishNames_OneSeriesWithMissingEditions()
    {
        var series = MechanismSeriesBuilder.Build([
            S("e1", Ev(EventType.Dialogue, "2019-05-02", Pair, mechanism: new Mechanism("Dialogue sur la politique de défense Laos-Thaïlande", 3)), "fr1"),
            S("e2", Ev(EventType.Dialogue, "2023-06-12", Pair, mechanism: new Mechanism("Laos-Thailand Defence Policy Dialogue", 5)), "en1", "en2"),
            S("e3", Ev(EventType.Meeting, "2023-06-12", Pair), "en1"),
        ]);
        var s = Assert.Single(series);
        Assert.Equal("Defence Policy Dialogue", s.Name);
        Assert.Equal([3, 5], s.Editions.Select(e => e.Edition!.Value));
        Assert.Equal([1, 2, 4], s.Missing);
        Assert.Equal(["en1", "en2"], s.Editions[1].Sources);
        Assert.Empty(s.Conflicts);
    }

    [Fact]
    public void Build_EditionsOutOfOrder_Flagged()
    {
        var s = Assert.Single(MechanismSeriesBuilder.Build([
            S("e1", Ev(EventType.Dialogue, "2020-05", Pair, mechanism: new Mechanism("Defence Policy Dialogue", 3)), "a"),
            S("e2", Ev(EventType.Dialogue, "2019-05", Pair, mechanism: new Mechanism("Defence Policy Dialogue", 4)), "b"),
        ]));
        Assert.Single(s.Conflicts);
    }

    [Fact]
    public void Build_NeighbourEditionsOfOneYear_BoundTheYear()
    {
        var s = Assert.Single(MechanismSeriesBuilder.Build([
            S("e1", Ev(EventType.Exercise, "2020-02", Pair, mechanism: new Mechanism("joint patrol", 3)), "a"),
            S("e2", Ev(EventType.Exercise, "--06-19", Pair, mechanism: new Mechanism("patrouille mixte", 4)), "b"),
            S("e3", Ev(EventType.Exercise, "2020-11", Pair, mechanism: new Mechanism("joint patrol", 5)), "c"),
        ]));
        Assert.Equal("2020-06-19", s.Editions[1].Date!.ToString());
        Assert.NotNull(s.Editions[1].Inferred);
    }
    [Fact]
    public void Build_TwoNamesForOneMergedSession_OneSeries()
    {
        var policy = Ev(EventType.Dialogue, "2023-06-12", Pair, mechanism: new Mechanism("Defence Policy Dialogue", 5));
        var strategic = Ev(EventType.Dialogue, "2023-06-12", Pair, mechanism: new Mechanism("dialogue stratégique de la défense", 5));
        var earlier = Ev(EventType.Dialogue, "2021-06", Pair, mechanism: new Mechanism("dialogue stratégique de la défense", 4));
        StoredEvent[] events = [S("e1", policy, "en1", "fr1"), S("e2", earlier, "fr2")];
        Assert.Equal(2, MechanismSeriesBuilder.Build(events).Count);
        var reports = new Dictionary<string, IReadOnlyList<SourceReport>> { ["e1"] = [new("en1", 0, policy), new("fr1", 0, strategic)] };
        var s = Assert.Single(MechanismSeriesBuilder.Build(events, reports));
        Assert.Equal([4, 5], s.Editions.Select(e => e.Edition!.Value));
        Assert.Equal([1, 2, 3], s.Missing);
        // A source that numbers the session differently is another session, not another name.
        reports["e1"] = [new("en1", 0, policy), new("fr1", 0, strategic with { Mechanism = new Mechanism("dialogue stratégique de la défense", 6) })];
        Assert.Equal(2, MechanismSeriesBuilder.Build(events, reports).Count);
    }

    [Fact]
    public void Build_VagueNameLinkedToTwoSeries_JoinsNeither()
    {
        var policy = Ev(EventType.Dialogue, "2023-06-12", Pair, mechanism: new Mechanism("Defence Policy Dialogue", 5));
        var patrol = Ev(EventType.Dialogue, "2023-09-02", Pair, mechanism: new Mechanism("joint patrol", 2));
        var vague = Ev(EventType.Dialogue, "2020-01", Pair, mechanism: new Mechanism("session", 1));
        var reports = new Dictionary<string, IReadOnlyList<SourceReport>>
        {
            ["e1"] = [new("a", 0, policy), new("b", 0, policy with { Mechanism = new Mechanism("session", 5) })],
            ["e2"] = [new("c", 0, patrol), new("d", 0, patrol with { Mechanism = new Mechanism("session", 2) })],
        };
        var series = MechanismSeriesBuilder.Build([S("e1", policy, "a", "b"), S("e2", patrol, "c", "d"), S("e3", vague, "e")], reports);
        Assert.Equal(3, series.Count);
        // Linked to one series only, the vague name joins it.
        reports.Remove("e2");
        Assert.Equal(2, MechanismSeriesBuilder.Build([S("e1", policy, "a", "b"), S("e2", patrol, "c", "d"), S("e3", vague, "e")], reports).Count);
    }

    [Fact]
    public void Build_GenericNumberedSession_JoinsTheSeriesItsNumberingContinues()
    {
        var series = MechanismSeriesBuilder.Build([
            S("e1", Ev(EventType.Dialogue, "2018-03-02", Pair, mechanism: new Mechanism("Defence Policy Dialogue", 4)), "a"),
            S("e2", Ev(EventType.Dialogue, "2021-09-20", Pair, mechanism: new Mechanism("dialogue sur les politiques de défense", 6)), "b"),
            S("e3", Ev(EventType.Dialogue, "2016-05-11", Pair, mechanism: new Mechanism("dialogue", 2)), "c"),
            S("e4", Ev(EventType.Dialogue, null, Pair, mechanism: new Mechanism("Joint Border Committee", 8)), "d"),
        ]);
        var policy = Assert.Single(series, s => s.Key.StartsWith("defence-policy-dialogue:", StringComparison.Ordinal));
        Assert.Equal([2, 4, 6], policy.Editions.Select(e => e.Edition!.Value));
        Assert.DoesNotContain(series, s => s.Key.StartsWith("dialogue:", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_GenericSessionDatedAgainstTheNumbering_StaysApart()
    {
        // A 2nd session dated after the 4th cannot be that series' 2nd: it stays in the catch-all.
        var series = MechanismSeriesBuilder.Build([
            S("e1", Ev(EventType.Dialogue, "2018-03-02", Pair, mechanism: new Mechanism("Defence Policy Dialogue", 4)), "a"),
            S("e2", Ev(EventType.Dialogue, "2022-05-11", Pair, mechanism: new Mechanism("the dialogue", 2)), "b"),
        ]);
        Assert.Equal(2, series.Count);
    }

    [Fact]
    public void Build_GenericSessionWithTwoPossibleSeries_StaysApart()
    {
        var series = MechanismSeriesBuilder.Build([
            S("e1", Ev(EventType.Dialogue, "2018-03-02", Pair, mechanism: new Mechanism("Defence Policy Dialogue", 4)), "a"),
            S("e2", Ev(EventType.Dialogue, "2019-03-02", Pair, mechanism: new Mechanism("Defence Strategic Dialogue", 4)), "b"),
            S("e3", Ev(EventType.Dialogue, "2020-05-11", Pair, mechanism: new Mechanism("session", 5)), "c"),
        ]);
        Assert.Equal(3, series.Count);
    }
}
