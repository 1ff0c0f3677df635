using Attache.Events.Filters;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Events.Triggers;

/// <summary>
/// "X a eu un entretien avec Y avant d'être reçu par Z": a sequence word between two strong triggers of one group, or a
/// month and year of the second's own, makes two occasions of one sentence.
/// </summary>
internal static class SecondOccasion
{
    /// <summary>True when <paramref name="t"/> is a second occasion beside <paramref name="previous"/>, the draft just made in this sentence.</summary>
    internal static bool Is(AnalyzedText a, Sentence s, TriggerCandidate t, bool groupSeen, Draft? previous) =>
        t.Strength == TriggerStrength.Strong && groupSeen && previous is not null && previous.Type == t.Type
        && (TriggerFilters.SequenceBetween(a, previous.TriggerEnd, t.Start) || TriggerFilters.OwnMonth(a, s, t.End, previous.Date));
}
