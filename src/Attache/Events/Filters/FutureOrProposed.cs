using Attache.Events.Triggers;

namespace Attache.Events.Filters;

/// <summary>
/// Future, proposed and hypothetical events are left out: a cue near the trigger or in its clause ("will hold talks",
/// "proposed to hold"), or an aim before it ("agreed to hold more joint exercises") for what is not talks.
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
        if (IntentGoverns(c)) return FilterResult.Drop("an aim governs the trigger ('pour préparer le 12e dialogue'): intended, not held");
        return FilterResult.Keep;
    }

    private const int GovernGap = 3;

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
