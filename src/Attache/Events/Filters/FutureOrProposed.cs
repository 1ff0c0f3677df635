using Attache.Events.Triggers;

namespace Attache.Events.Filters;

/// <summary>
/// Future, proposed and hypothetical events are left out: a cue near the trigger or in its clause ("will hold talks",
/// "proposed to hold"), or an aim or a topic of talks before it ("agreed to hold more joint exercises", "discussed joint
/// exercises") for what is not talks.
/// </summary>
internal sealed class FutureOrProposed : ITriggerFilter
{
    private static readonly string[] Kinds = ["future", "proposal", "hypothetical"];

    public string Name => nameof(FutureOrProposed);

    public FilterResult Apply(FilterContext c)
    {
        var t = c.Trigger;
        if (TriggerFilters.Blocked(c.A, c.S, t.Start, t.End, t.Strength.IsMechanism(), Kinds))
            return FilterResult.Drop("a future, proposal or hypothetical cue governs the trigger");
        if (IntentBefore(c, "intent")) return FilterResult.Drop("an aim stated before the trigger: intended, not held");
        if (TopicBefore(c)) return FilterResult.Drop("a topic of the talks ('discussed joint exercises'): spoken of, not held");
        if (IntentGoverns(c)) return FilterResult.Drop("an aim governs the trigger ('pour préparer le 12e dialogue'): intended, not held");
        return FilterResult.Keep;
    }

    private const int GovernGap = 3;
    // "ont évoqué la formation des équipages et des exercices communs": the topic may be the second of a list.
    private const int TopicGap = 10;

    /// <summary>A verb of talks a few words before the trigger, in its clause ("discussed joint exercises"), for what is
    /// not talks: a past signing "signed in 2021" stays.</summary>
    private static bool TopicBefore(FilterContext c)
    {
        if (EventFamilies.Of(c.Trigger.Type) == EventFamily.Consult || c.Trigger.Strength.IsMechanism() || c.AgreementDatedInThePast) return false;
        foreach (var cue in c.A.CuesNear(Math.Max(c.S.Start, c.Trigger.Start - TopicGap - 3), c.Trigger.Start))
        {
            if (cue.Value.Kind != "topic" || cue.Start < c.S.Start || cue.End > c.Trigger.Start || cue.End < c.Trigger.Start - TopicGap) continue;
            var clause = true;
            for (var k = cue.End; k < c.Trigger.Start && clause; k++)
                clause = c.A.Tokens[k].Key is not (";" or ":" or "." or "!" or "?") && !c.A.TriggerAt[k];
            if (clause) return true;
        }
        return false;
    }

    /// <summary>An aim right before the trigger, with only small words between ("préparer le 12e dialogue", "to prepare for the talks").</summary>
    private static bool IntentGoverns(FilterContext c)
    {
        foreach (var cue in c.A.CuesNear(Math.Max(c.S.Start, c.Trigger.Start - GovernGap - 2), c.Trigger.Start))
        {
            if (cue.Value.Kind != "intent" || cue.Start < c.S.Start || cue.End > c.Trigger.Start || cue.End < c.Trigger.Start - GovernGap) continue;
            var between = true;
            for (var k = cue.End; k < c.Trigger.Start && between; k++)
                between = c.A.Tokens[k].Kind != Tokenization.TokenKind.Punctuation && !c.A.TriggerAt[k];
            if (between) return true;
        }
        return false;
    }

    /// <summary>
    /// A cue of <paramref name="kind"/> earlier in the sentence, for what is not talks nor a session; an agreement dated to a
    /// past month ("the memorandum signed in December 2023") is a past occurrence whatever aim the clause states.
    /// </summary>
    internal static bool IntentBefore(FilterContext c, string kind) =>
        EventFamilies.Of(c.Trigger.Type) != EventFamily.Consult && !c.Trigger.Strength.IsMechanism() && c.A.HasCueWithin(c.S.Start, c.Trigger.Start, kind)
        && !c.AgreementDatedInThePast;
}
