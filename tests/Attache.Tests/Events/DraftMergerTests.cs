using Attache.Events;
using Attache.Events.Passes;
using Attache.Model;

namespace Attache.Tests.Events;

/// <summary>The merging of mentions of one occasion, on drafts built by hand (no text involved).</summary>
public class DraftMergerTests
{
    private static readonly Location Hanoi = new("Hanoi", "VNM");

    private static Draft D(EventType type, PartialDate? date, int[] people, int sentence, Location? location = null, Mechanism? mechanism = null,
        EventStatus status = EventStatus.Reported) =>
        new(type, status, date, location, ["VNM", "JPN"], [.. people], mechanism, sentence, [sentence]);

    [Fact]
    public void TwoMentionsOfOneOccasion_MergeIntoOne_KeepingTheMorePreciseArguments()
    {
        // "The minister held talks with his counterpart in March." … "The talks, in Hanoi on March 3, …"
        var headline = D(EventType.Meeting, new PartialDate(2025, 3, null), [1, 2], 0);
        var body = D(EventType.Meeting, new PartialDate(2025, 3, 3), [1], 2, location: Hanoi);

        var merged = DraftMerger.Merge([headline, body]);

        var one = Assert.Single(merged);
        Assert.Equal(new PartialDate(2025, 3, 3), one.Date);
        Assert.Equal(Hanoi, one.Location);
        Assert.Equal([1, 2], one.People);
        Assert.Equal([0, 2], one.Sentences);
    }

    [Fact]
    public void TwoOccasionsWithDifferentPeople_StayTwo()
    {
        // "X held talks with Y before being received by Z": the subject is shared, the partners differ.
        var talks = D(EventType.Meeting, new PartialDate(2025, 3, 3), [1, 2], 0);
        var reception = D(EventType.Meeting, new PartialDate(2025, 3, 3), [1, 3], 0);

        Assert.Equal(2, DraftMerger.Merge([talks, reception]).Count);
    }

    [Fact]
    public void DialogueMentions_MergeWhateverTheirPeople_UnlessTheirEditionsDiffer()
    {
        var session = D(EventType.Dialogue, null, [1, 2], 0, mechanism: new Mechanism("Joint Defence Consultation", 7));
        var cochairs = D(EventType.Dialogue, null, [3, 4], 1);
        var earlier = D(EventType.Dialogue, null, [1, 2], 2, mechanism: new Mechanism("Joint Defence Consultation", 6));

        Assert.Single(DraftMerger.Merge([session, cochairs]));
        Assert.Equal(2, DraftMerger.Merge([session, earlier]).Count);
    }

    [Fact]
    public void DatesThatCannotBeOneDay_StayTwo()
    {
        var march = D(EventType.Meeting, new PartialDate(2025, 3, 3), [1, 2], 0);
        var april = D(EventType.Meeting, new PartialDate(2025, 4, null), [1, 2], 1);
        var background = D(EventType.Meeting, new PartialDate(2025, 3, 3), [1, 2], 2, status: EventStatus.Background);

        Assert.Equal(2, DraftMerger.Merge([march, april]).Count);
        Assert.Equal(2, DraftMerger.Merge([march, background]).Count);
    }
}
