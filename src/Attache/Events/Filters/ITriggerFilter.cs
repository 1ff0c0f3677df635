using Attache.Events.Triggers;
using Attache.Model;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Events.Filters;

/// <summary>One rule that decides whether a trigger candidate reports an occasion of its own.</summary>
internal interface ITriggerFilter
{
    /// <summary>The rule's name, as the assembly trace and <c>--explain</c> give it (the class name).</summary>
    string Name { get; }

    /// <summary>Keeps the candidate for the next rule, drops it with a reason, or joins it to an earlier draft.</summary>
    FilterResult Apply(FilterContext c);
}

/// <summary>A filter's verdict; <see cref="Target"/> is the draft a joined candidate mentions.</summary>
/// <param name="Decision">Keep, drop or join.</param>
/// <param name="Reason">Why, for the trace (null when kept).</param>
/// <param name="Target">The earlier draft a joined candidate is a mention of.</param>
/// <param name="AddsSentence">True when the joined draft takes the candidate's sentence (and its group).</param>
internal readonly record struct FilterResult(Decision Decision, string? Reason, Draft? Target = null, bool AddsSentence = false)
{
    /// <summary>The candidate goes on to the next rule.</summary>
    public static FilterResult Keep => default;

    /// <summary>The candidate is left out.</summary>
    public static FilterResult Drop(string reason) => new(Decision.Dropped, reason);

    /// <summary>The candidate mentions <paramref name="target"/>; it takes the sentence when <paramref name="addsSentence"/>.</summary>
    public static FilterResult Join(Draft target, string reason, bool addsSentence) => new(Decision.Joined, reason, target, addsSentence);
}

/// <summary>What a filter may look at: the candidate, its sentence, and the drafts made so far.</summary>
/// <param name="A">The analysed document.</param>
/// <param name="Ctx">The document's dates and dateline.</param>
/// <param name="S">The candidate's sentence.</param>
/// <param name="Si">Its index.</param>
/// <param name="Trigger">The candidate, with its strength after the definite-noun rule.</param>
/// <param name="Drafts">The drafts made so far in the document, in order.</param>
/// <param name="Groups">The groups that already have an event in this sentence, with that event's draft.</param>
/// <param name="Second">True when the candidate is a second occasion of its group in the sentence.</param>
internal sealed record FilterContext(AnalyzedText A, DocumentContext Ctx, Sentence S, int Si, TriggerCandidate Trigger, IReadOnlyList<Draft> Drafts,
    IReadOnlyDictionary<string, int> Groups, bool Second)
{
    /// <summary>The draft made last, if any.</summary>
    public Draft? Last => Drafts.Count > 0 ? Drafts[^1] : null;

    /// <summary>The candidate's group: one event of each per sentence.</summary>
    public string Group => EventFamilies.Group(Trigger.Type, Trigger.Strength);

    /// <summary>True for a weak candidate.</summary>
    public bool Weak => Trigger.Strength == TriggerStrength.Weak;

    /// <summary>True when the sentence holds a date.</summary>
    public bool SentenceHasDate
    {
        get
        {
            foreach (var d in A.DatesStartingIn(S.CharStart, S.CharEnd))
                if (d.Span.Start >= S.CharStart && d.Span.End <= S.CharEnd) return true;
            return false;
        }
    }

    /// <summary>True when the sentence holds a date finer than a year ("en mars", "le 3 mai", "hier"; not "cette année", "en 2020").</summary>
    public bool SentenceHasMonth
    {
        get
        {
            foreach (var d in A.DatesStartingIn(S.CharStart, S.CharEnd))
                if (d.Span.Start >= S.CharStart && d.Span.End <= S.CharEnd
                    && (d.Expression.Month is not null || d.Expression.Day is not null || d.Expression.Weekday is not null
                        || d.Expression.Offset is { Unit: not Recognition.Dates.DateUnit.Year })) return true;
            return false;
        }
    }

    /// <summary>True when the sentence names a day of its own ("on 21 April", "le 3 mai"), not only a month or a year.</summary>
    public bool SentenceHasDay
    {
        get
        {
            foreach (var d in A.Dates)
                if (d.Span.Start >= S.CharStart && d.Span.End <= S.CharEnd && d.Expression is { Day: not null, Offset: null }) return true;
            return false;
        }
    }

    /// <summary>True when the sentence names a weekday of its own ("on Monday", "jeudi"), not a recurring one.</summary>
    public bool SentenceHasWeekday
    {
        get
        {
            foreach (var d in A.DatesStartingIn(S.CharStart, S.CharEnd))
                if (d.Span.Start >= S.CharStart && d.Span.End <= S.CharEnd && d.Expression is { Weekday: not null, Offset: null }) return true;
            return false;
        }
    }

    /// <summary>The phrase, for reasons.</summary>
    public string Text => A.Slice(Trigger.Start, Trigger.End);

    /// <summary>The candidate's type as the spec names it.</summary>
    public string TypeName => Serialization.EventJson.Name(Trigger.Type);

    /// <summary>The draft with id <paramref name="id"/> among those made so far.</summary>
    public Draft? DraftWithId(int id)
    {
        for (var i = Drafts.Count - 1; i >= 0; i--)
            if (Drafts[i].Id == id) return Drafts[i];
        return null;
    }

    /// <summary>True for an agreement whose first date after the trigger is a past month ("signed in February 2022").</summary>
    public bool AgreementDatedInThePast => Trigger.Type == EventType.Agreement && TriggerFilters.DatedInThePast(A, Ctx, S, Trigger.End);
}
