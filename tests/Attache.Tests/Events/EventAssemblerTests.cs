using Attache.Events;
using Attache.Languages;
using Attache.Model;
using Attache.Recognition;

namespace Attache.Tests.Events;

/// <summary>The trigger loop end to end on sentences written for these tests: one occasion or two.</summary>
public class EventAssemblerTests
{
    private static readonly DocumentContext March2025 = new(new PartialDate(2025, 3, 4), null, null, null);

    private static (AnalyzedText Text, List<Draft> Drafts) Assemble(string text)
    {
        var a = new AnalyzedText(text, LanguageResources.For("en"));
        return (a, EventAssembler.Assemble(a, March2025));
    }

    private static string[] Names(AnalyzedText a, Draft d) => [.. d.People.Select(id => a.People[id].Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void ASequenceWordBetweenTwoTalks_KeepsTwoOccasions_EachWithItsOwnPartner()
    {
        var (a, drafts) = Assemble("Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3 "
            + "before being received by Vietnamese Prime Minister Le Quoc Binh.");

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal(EventType.Meeting, d.Type));
        Assert.Equal(["Kenji Sato", "Tran Van Long"], Names(a, drafts[0]));
        Assert.Equal(["Le Quoc Binh", "Tran Van Long"], Names(a, drafts[1]));
    }

    [Fact]
    public void WithoutASequenceWord_OneSentenceIsOneOccasion()
    {
        var (a, drafts) = Assemble("Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3 "
            + "and was received by Vietnamese Prime Minister Le Quoc Binh.");

        var one = Assert.Single(drafts);
        Assert.Equal(["Kenji Sato", "Le Quoc Binh", "Tran Van Long"], Names(a, one));
    }

    [Fact]
    public void ALaterMentionOfTheTalks_JoinsTheOccasionItRefersTo()
    {
        var (_, drafts) = Assemble("Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3. "
            + "At the talks, the two ministers agreed to deepen defence cooperation.");

        var one = Assert.Single(drafts);
        Assert.Equal(new PartialDate(2025, 3, 3), one.Date);
        Assert.Equal([0, 1], one.Sentences);
    }
}
