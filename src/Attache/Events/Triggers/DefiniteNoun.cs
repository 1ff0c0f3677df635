using Attache.Events.Filters;
using Attache.Model;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Events.Triggers;

/// <summary>
/// "lors de la rencontre", "this visit", "At the talks": a strong noun with a definite or demonstrative determiner refers
/// to an occasion already reported, so it counts as weak. A trigger that brings its own partner ("his talks with X",
/// "l'entretien avec Y") is new information, and so is a signing dated to a past month ("since the signing of the
/// agreement in February 2022").
/// </summary>
internal static class DefiniteNoun
{
    /// <summary>The rule's name in the trace.</summary>
    internal const string Name = nameof(DefiniteNoun);

    /// <summary>The candidate with its strength after the rule: weak when it refers back, else as given.</summary>
    internal static TriggerCandidate Apply(AnalyzedText a, DocumentContext ctx, Sentence s, TriggerCandidate t)
    {
        var (start, end) = (t.Start, t.End);
        var refersBack = t.Strength == TriggerStrength.Strong && start > s.Start && a.Language.Anaphoric.Contains(a.Tokens[start - 1].Key) && !a.Tokens[start].Capitalized
            && !Enumerable.Range(start, end - start).Any(k => a.Language.PartnerWords.Contains(a.Tokens[k].Key))
            && !(t.Type == EventType.Agreement && TriggerFilters.DatedInThePast(a, ctx, s, end));
        return refersBack ? t with { Strength = TriggerStrength.Weak } : t;
    }
}
