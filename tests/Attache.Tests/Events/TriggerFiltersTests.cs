using Attache.Events;
using Attache.Events.Filters;
using Attache.Languages;
using Attache.Model;
using Attache.Recognition;

namespace Attache.Tests.Events;

/// <summary>Single checks on a trigger, run on analysed sentences written for these tests.</summary>
public class TriggerFiltersTests
{
    private const string Talks = "Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3";

    private static AnalyzedText En(string text) => new(text, LanguageResources.For("en"));

    private static (int Start, int End) Trigger(AnalyzedText a, EventType type, int nth = 0)
    {
        var m = a.Triggers.Where(t => t.Value.Type == type).ElementAt(nth);
        return (m.Start, m.End);
    }

    [Theory]
    [InlineData(" before being received by Vietnamese Prime Minister Le Quoc Binh.", true)]
    [InlineData(" and was received by Vietnamese Prime Minister Le Quoc Binh.", false)]
    public void SequenceBetween_FindsASequenceWordBetweenTwoTriggers(string rest, bool expected)
    {
        var a = En(Talks + rest);
        var talks = Trigger(a, EventType.Meeting);
        var reception = Trigger(a, EventType.Meeting, 1);

        Assert.Equal(expected, TriggerFilters.SequenceBetween(a, talks.End, reception.Start));
    }

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Tokyo.", false)]
    [InlineData("Vietnamese Defence Minister General Tran Van Long will hold talks with Japanese Defence Minister Kenji Sato in Tokyo next month.", true)]
    [InlineData("Vietnamese Defence Minister General Tran Van Long did not hold talks with Japanese Defence Minister Kenji Sato in Tokyo.", true)]
    [InlineData("The defence talks between Vietnam and Japan will take place in Tokyo next month.", true)]
    // "will" is more than eight words before "hold talks", but in its clause.
    [InlineData("The Vietnamese Defence Minister will on his way through the Japanese capital Tokyo hold talks with Japanese Defence Minister Kenji Sato.", true)]
    [InlineData("The defence talks between Vietnam and Japan took place in Tokyo, and the two sides will meet again.", false)]
    public void Blocked_LeavesOutFutureAndNegatedTalks_NearTheTriggerOrInItsClause(string text, bool expected)
    {
        var a = En(text);
        var (start, end) = Trigger(a, EventType.Meeting);

        Assert.Equal(expected, TriggerFilters.Blocked(a, a.Sentences[0], start, end, mechanism: false));
    }

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi.", true)]
    [InlineData("Vietnamese Trade Minister Tran Van Long held talks with Japanese Trade Minister Kenji Sato in Hanoi on rice exports.", false)]
    public void DefenseScope_NeedsSomethingOfDefenseInTheSentence(string text, bool expected)
    {
        var a = En(text);

        Assert.Equal(expected, TriggerFilters.DefenseScope(a, a.Sentences[0]));
    }
}
