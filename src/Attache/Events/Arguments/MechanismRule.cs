using Attache.Model;

namespace Attache.Events.Arguments;

/// <summary>
/// The mechanism and edition: the session the sentence names (with the country pair that ends its name and the
/// ordinal before or after it), else an exercise's quoted name, else an exercise numbered by its editions.
/// </summary>
internal sealed class MechanismRule : IArgumentRule
{
    public string Name => nameof(MechanismRule);

    public string? Apply(ArgumentContext c)
    {
        var (a, s, type, start, end) = (c.A, c.S, c.Trigger.Type, c.Trigger.Start, c.Trigger.End);
        foreach (var m in Recognition.AnalyzedText.StartingIn(a.Mechanisms, s.Start, s.End))
        {
            // The session named in the sentence (talks "on its sidelines" were left out with the triggers).
            if (m.Start < s.Start || m.End > s.End || m.Value.Type != type) continue;
            var edition = MechanismEditions.EditionBefore(a, m.Start);
            var named = m;
            // "la quatrième session du dialogue politico-militaire", "the 5th session of the Strategic Dialogue": a bare
            // word that counts sessions gives the edition; the mechanism is the one it is a session of.
            if (m.Value.NeedsEdition && NextMechanism(a, s, m) is { } of) named = of;
            var nameEnd = named.End;
            // "… Vietnam - Russie", "… Vietnam-Japon": the pair belongs to the name.
            while (nameEnd < s.End && (a.CountryAt[nameEnd] is not null || (a.Tokens[nameEnd].Key == "-" && nameEnd + 1 < s.End && a.CountryAt[nameEnd + 1] is not null))) nameEnd++;
            c.Mechanism = new Mechanism(a.Slice(named.Start, nameEnd), edition ?? MechanismEditions.EditionBefore(a, named.Start) ?? MechanismEditions.EditionAfter(a, nameEnd, s.End));
            c.Source(EventField.Mechanism, Name, c.Mechanism.Edition is null ? "the mechanism the sentence names" : "the mechanism the sentence names, with its edition", Evidence.Tokens(a, m.Start, nameEnd));
            return null;
        }
        // «African Lion», "Maritime Interaction": an exercise is known by the quoted name the sentence gives it.
        if (type == EventType.Exercise && MechanismEditions.QuotedName(a, s) is { } quoted)
        {
            c.Mechanism = new Mechanism(quoted, MechanismEditions.EditionBefore(a, start) ?? MechanismEditions.EditionAfter(a, end, s.End));
            c.Source(EventField.Mechanism, Name, "the quoted name of the exercise", c.SentenceSpan);
            return null;
        }
        // "the multilateral maritime exercise Southern Vanguard", "the Cobra Gold 2025 joint exercise": the name next to the word.
        if (type == EventType.Exercise && MechanismEditions.ExerciseName(a, s, start, end) is { } exercise)
        {
            c.Mechanism = new Mechanism(exercise.Name, MechanismEditions.EditionBefore(a, Math.Min(start, exercise.Start)) ?? MechanismEditions.EditionAfter(a, Math.Max(end, exercise.End), s.End));
            c.Source(EventField.Mechanism, Name, "the name next to the exercise word", Evidence.Tokens(a, exercise.Start, exercise.End));
            return null;
        }
        // "La 21e édition de l'exercice naval bilatéral": an exercise numbered by its editions.
        if (type == EventType.Exercise && (MechanismEditions.EditionBefore(a, start) ?? MechanismEditions.EditionAfter(a, end, s.End)) is int exerciseEdition)
        {
            c.Mechanism = new Mechanism(a.Slice(start, end), exerciseEdition);
            c.Source(EventField.Mechanism, Name, "an exercise numbered by its editions", Evidence.Tokens(a, start, end));
            return null;
        }
        c.Source(EventField.Mechanism, Name, "no mechanism named", null);
        return null;
    }

    private const int OfGap = 3;

    /// <summary>The mechanism named right after <paramref name="m"/> with only small lower-case words between ("du", "of the").</summary>
    private static Recognition.PhraseMatch<Languages.MechanismEntry>? NextMechanism(Recognition.AnalyzedText a, Tokenization.Sentence s, Recognition.PhraseMatch<Languages.MechanismEntry> m)
    {
        foreach (var next in Recognition.AnalyzedText.StartingIn(a.Mechanisms, m.End, Math.Min(s.End, m.End + OfGap + 1)))
        {
            if (next.Start < m.End || next.End > s.End || next.Value.Type != m.Value.Type) continue;
            for (var k = m.End; k < next.Start; k++)
                if (!a.Tokens[k].IsWord || a.Tokens[k].Capitalized) return null;
            return next;
        }
        return null;
    }
}
