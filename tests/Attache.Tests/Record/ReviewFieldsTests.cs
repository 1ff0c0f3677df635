using Attache.Model;
using Attache.Record;
using static Attache.Tests.Record.Fx;

namespace Attache.Tests.Record;

public class ReviewFieldsTests
{
    private static readonly string[] FraVnm = ["FRA", "VNM"];

    private static Event Apply(Event e, string field, string text)
    {
        Assert.True(ReviewFields.TryParse(field, text, out var json, out var error), error);
        return ReviewFields.Apply(e, field, json);
    }

    [Fact]
    public void TryParseAndApply_EveryField_GivesTheTypedValue()
    {
        var e = Ev(EventType.Meeting, "2031-05-03", FraVnm, [P("Jean Morel", "FRA")], new Mechanism("Joint Committee", 2), new Location("Hanoi", "VNM"));

        Assert.Equal(EventType.PortCall, Apply(e, "type", "port_call").Type);
        Assert.Equal("--05-04", Apply(e, "date", "--05-04").Date!.ToString());
        Assert.Null(Apply(e, "date", "").Date);
        Assert.Equal(new Location("Hue", "VNM"), Apply(e, "location.city", "Hue").Location);
        Assert.Equal(new Location("Hanoi", "LAO"), Apply(e, "location.country", "lao").Location);
        Assert.Null(Apply(Apply(e, "location.city", ""), "location.country", "").Location);
        Assert.Equal(["LAO", "VNM"], Apply(e, "countries", "vnm, LAO,VNM").Countries);
        Assert.Equal(new Mechanism("Defence Talks", 2), Apply(e, "mechanism.name", "Defence Talks").Mechanism);
        Assert.Null(Apply(e, "mechanism.name", "").Mechanism);
        Assert.Equal(7, Apply(e, "mechanism.edition", "7").Mechanism!.Edition);
        Assert.Equal([CooperationArea.Training, CooperationArea.WarLegacy], Apply(e, "areas", "war_legacy,training").Areas);
        Assert.Equal([P("Le Van Son", "VNM"), P("Anne Petit")], Apply(e, "participants", "Le Van Son (vnm); Anne Petit").Participants);
        Assert.Equal([P("Anne Petit", "FRA", "minister")], Apply(e, "participants", """[{"name": "Anne Petit", "country": "FRA", "title": "minister"}]""").Participants);
    }

    [Theory]
    [InlineData("type", "party")]
    [InlineData("date", "3 May")]
    [InlineData("date", "2031-02-30")]
    [InlineData("location.country", "France")]
    [InlineData("countries", "FRA,VN")]
    [InlineData("mechanism.edition", "first")]
    [InlineData("mechanism.edition", "0")]
    [InlineData("areas", "friendship")]
    [InlineData("participants", "Anne Petit (France)")]
    [InlineData("participants", "[{\"title\": \"minister\"}]")]
    [InlineData("colour", "blue")]
    public void TryParse_BadValue_SaysWhy(string field, string text)
    {
        Assert.False(ReviewFields.TryParse(field, text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Display_ShowsTheValueAsTyped()
    {
        Assert.True(ReviewFields.TryParse("participants", "Le Van Son (VNM); Anne Petit", out var json, out _));
        Assert.Equal("Le Van Son (VNM); Anne Petit", ReviewFields.Display(json));
        Assert.Equal("(none)", ReviewFields.Display("null"));
    }

    [Fact]
    public void Match_TwoEventsOfOneSentence_EachAnchorFindsItsOwnFamily()
    {
        var meeting = new SourceReport("d", 0, Ev(EventType.Meeting, null, FraVnm) with { Evidence = [new TextSpan(0, 50)] });
        var agreement = new SourceReport("d", 1, Ev(EventType.Agreement, null, FraVnm) with { Evidence = [new TextSpan(0, 50)] });
        var anchors = new[] { ReviewAnchor.Of(agreement), ReviewAnchor.Of(meeting) };

        // Re-extracted in the other order, and one sentence longer: each anchor still takes the report of its family.
        var again = new[] { agreement with { EventIndex = 0, Event = agreement.Event with { Evidence = [new TextSpan(0, 80)] } }, meeting with { EventIndex = 1 } };
        Assert.Equal([0, 1], ReviewAnchor.Match(anchors, again));
        // Another document, or a sentence elsewhere, matches nothing.
        Assert.Equal([-1, -1], ReviewAnchor.Match(anchors, [meeting with { DocumentId = "other" }, agreement with { Event = agreement.Event with { Evidence = [new TextSpan(60, 90)] } }]));
    }

    [Fact]
    public void Rank_ConflictsAndInferredDatesFirst_ReviewedLeftOut()
    {
        var plain = new StoredEvent("a", Ev(EventType.Meeting, "2031-05-03", FraVnm, [P("Jean Morel")], location: new Location("Hanoi", "VNM")), ["d1", "d2"], [], null, null);
        var conflicting = plain with { Id = "b", Conflicts = [new FieldConflict("date", [new ConflictValue("2031-05-03", ["d1"]), new ConflictValue("2031-05-04", ["d2"])])] };
        var inferred = plain with { Id = "c", Inferred = new DateInferenceResult(plain.Event.Date!, "from the minister's term") };
        var reviewed = conflicting with { Id = "d" };

        var queue = ReviewNeed.Rank([plain, inferred, conflicting, reviewed], new HashSet<string> { "d" });

        Assert.Equal(["b", "c", "a"], queue.Select(q => q.Event.Id));
        Assert.Equal(["sources disagree on date"], queue[0].Reasons);
        Assert.Empty(queue[2].Reasons);
    }
}
