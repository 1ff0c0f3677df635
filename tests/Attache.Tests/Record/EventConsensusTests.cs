using Attache.Model;
using Attache.Record;
using static Attache.Tests.Record.Fx;

namespace Attache.Tests.Record;

public class EventConsensusTests
{
    private static readonly string[] Pair = ["KHM", "MYS"];

    [Fact]
    public void Build_MajorityWins_AndConflictStaysVisible()
    {
        var reports = new[]
        {
            new SourceReport("d1", 0, Ev(EventType.Meeting, "2022-08-10", Pair, location: new Location("Phnom Penh", "KHM"))),
            new SourceReport("d2", 0, Ev(EventType.Meeting, "2022-08-10", Pair, location: new Location("Phnom Penh", "KHM"))),
            new SourceReport("d3", 1, Ev(EventType.Meeting, "2022-08-11", Pair, location: new Location("Siem Reap", "KHM"))),
        };
        var (e, conflicts) = EventConsensus.Build(reports);
        Assert.Equal("2022-08-10", e.Date!.ToString());
        Assert.Equal("Phnom Penh", e.Location!.City);
        var date = Assert.Single(conflicts, c => c.Field == "date");
        Assert.Equal(["d1", "d2"], date.Values[0].Sources);
        Assert.Equal("2022-08-11", date.Values[1].Value);
        Assert.Contains(conflicts, c => c.Field == "location");
    }

    [Fact]
    public void Build_PartialDatesCombine()
    {
        var (e, conflicts) = EventConsensus.Build([
            new SourceReport("d1", 0, Ev(EventType.Meeting, "--03-04", Pair)),
            new SourceReport("d2", 0, Ev(EventType.Meeting, "2019-03", Pair, status: EventStatus.Background)),
        ]);
        Assert.Equal("2019-03-04", e.Date!.ToString());
        Assert.Equal(EventStatus.Reported, e.Status);
        Assert.Empty(conflicts);
    }

    [Fact]
    public void Build_ParticipantsUnitedByPerson_FullestNameKept()
    {
        var (e, _) = EventConsensus.Build([
            new SourceReport("d1", 0, Ev(EventType.Meeting, null, Pair, [P("Gen. Sok Vanna", "KHM", "Defence Minister"), P("Aziz Rahman", "MYS")])),
            new SourceReport("d2", 0, Ev(EventType.Meeting, null, Pair, [P("Vanna", "KHM"), P("Aziz Rahman", "MYS")])),
        ]);
        Assert.Equal(2, e.Participants.Count);
        Assert.Equal("Sok Vanna", e.Participants[0].Name);
        Assert.Equal("Defence Minister", e.Participants[0].Title);
    }

    [Fact]
    public void Build_AreasAreTheUnion() =>
        Assert.Equal([CooperationArea.Training, CooperationArea.Peacekeeping],
            EventConsensus.Build([
                new SourceReport("d1", 0, Ev(EventType.Meeting, null, Pair, areas: [CooperationArea.Peacekeeping])),
                new SourceReport("d2", 0, Ev(EventType.Meeting, null, Pair, areas: [CooperationArea.Training])),
            ]).Event.Areas);
}
