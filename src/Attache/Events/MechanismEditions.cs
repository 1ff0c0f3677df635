using Attache.Model;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Events;

/// <summary>Names mechanisms and their editions, and ranks the editions of one series a dispatch mentions.</summary>
internal static class MechanismEditions
{
    /// <summary>
    /// The 6th dialogue precedes the 7th: when a dispatch reports a session, the lower editions of that series it mentions
    /// are background (kept only when dated to the month) whatever their sentence says.
    /// </summary>
    internal static void OrderEditions(List<Draft> drafts)
    {
        var latest = drafts.Where(d => d.Status == EventStatus.Reported && d.Mechanism?.Edition is not null)
            .GroupBy(d => d.Type).ToDictionary(g => g.Key, g => g.Max(d => d.Mechanism!.Edition!.Value));
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var d = drafts[i];
            if (d.Mechanism?.Edition is not int e || !latest.TryGetValue(d.Type, out var max) || e >= max) continue;
            if (d.Date?.Month is null || d.Date == drafts.First(x => x.Status == EventStatus.Reported && x.Mechanism?.Edition == max && x.Type == d.Type).Date) drafts.RemoveAt(i);
            else drafts[i] = d with { Status = EventStatus.Background };
        }
    }

    /// <summary>The first capitalised run in quotes in the sentence, if any.</summary>
    internal static string? QuotedName(AnalyzedText a, Sentence s)
    {
        for (var k = s.Start; k + 1 < s.End; k++)
        {
            if (a.Tokens[k].Key != "\"" || !a.Tokens[k + 1].Capitalized) continue;
            var e = k + 1;
            while (e < s.End && a.Tokens[e].Key != "\"" && e - k < 6) e++;
            if (e < s.End && a.Tokens[e].Key == "\"") return a.Slice(k + 1, e);
        }
        return null;
    }

    private const int ExerciseNameWords = 4;

    /// <summary>
    /// The name an exercise is known by: the capitalised words right after the exercise word ("the multilateral maritime
    /// exercise Southern Vanguard", "l'exercice Mékong Uni") or right before it ("the Cobra Gold 2025 joint exercise"),
    /// without its year; null when there is none or the trigger is in a headline's capitals.
    /// </summary>
    /// <returns>The name and its first and last tokens, or null.</returns>
    internal static (string Name, int Start, int End)? ExerciseName(AnalyzedText a, Sentence s, int triggerStart, int triggerEnd)
    {
        if (a.Tokens[triggerStart].AllCaps) return null;
        var e = triggerEnd;
        while (e < s.End && e - triggerEnd < ExerciseNameWords && ExerciseNameWord(a, e)) e++;
        var b = SkipCommonWords(a, triggerEnd, e);
        if (b < e) return (a.Slice(b, e), b, e);
        var end = triggerStart;
        if (end - 1 > s.Start && Year(a, end - 1)) end--;
        b = end;
        while (b - 1 >= s.Start && end - b < ExerciseNameWords && ExerciseNameWord(a, b - 1)) b--;
        var first = b;
        b = SkipCommonWords(a, b, end);
        // "Annual exercises begin": one capitalised word opening the sentence is no name.
        if (b == end || first == s.Start && b == first && end - b == 1 && end == triggerStart) return null;
        // "the Singapore-India Maritime Bilateral Exercise": a title-case exercise word is the end of the name.
        if (end == triggerStart && a.Tokens[triggerStart].Capitalized) end = triggerEnd;
        return (a.Slice(b, end), b, end);
    }

    private static bool ExerciseNameWord(AnalyzedText a, int k) => a.Tokens[k] is { IsWord: true, Capitalized: true } && !a.Blocked[k];

    /// <summary>Past the leading words of a capitalised run that are function words ("The", "This", "After"), not a name's.</summary>
    private static int SkipCommonWords(AnalyzedText a, int from, int to)
    {
        while (from < to && (a.Language.FunctionWords.Contains(a.Tokens[from].Key) || a.Language.Determiners.Contains(a.Tokens[from].Key))) from++;
        return from;
    }

    private static bool Year(AnalyzedText a, int k) =>
        a.Tokens[k] is { Kind: TokenKind.Number } t && t.End - t.Start == 4
        && int.TryParse(a.Text.AsSpan(t.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 1945 and <= 2100;

    /// <summary>"Une patrouille mixte (11e édition)": an ordinal and an edition word just after the name.</summary>
    internal static int? EditionAfter(AnalyzedText a, int nameEnd, int sentenceEnd)
    {
        for (var k = nameEnd; k < Math.Min(sentenceEnd, nameEnd + 4); k++)
        {
            if (!a.Language.EditionWords.Contains(a.Tokens[k].Key)) continue;
            foreach (var o in a.OrdinalsStartingIn(a.Tokens[nameEnd].Start, a.Tokens[k].Start + 1))
                if (!o.IsDayOfMonth && (o.Span.End <= a.Tokens[k].Start || o.Span.Start == a.Tokens[k].Start) && o.Span.Start >= a.Tokens[nameEnd].Start) return o.Value;
        }
        return null;
    }

    /// <summary>
    /// The ordinal in front of a mechanism's name: "le 10e Dialogue", "the second vice-ministerial Strategic Dialogue",
    /// "la dixième édition du Dialogue"; only lower-case words (and hyphens or apostrophes) may stand between.
    /// </summary>
    internal static int? EditionBefore(AnalyzedText a, int mechanismStart)
    {
        var k = mechanismStart - 1;
        var gap = 0;
        while (k >= 0 && gap <= 8)
        {
            var t = a.Tokens[k];
            foreach (var o in a.OrdinalsStartingIn(t.Start - 4, t.End))
                if (!o.IsDayOfMonth && o.Span.End == t.End && o.Span.Start >= t.Start - 4) return o.Value;
            // "Le 3 e dialogue": a number and its ordinal suffix split by a lost space.
            if (t.IsWord && k > 0 && a.Tokens[k - 1].Kind == TokenKind.Number && a.Language.OrdinalSuffixes.Contains(t.Key)
                && int.TryParse(a.Text.AsSpan(a.Tokens[k - 1].Start, a.Tokens[k - 1].End - a.Tokens[k - 1].Start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
                return n;
            // Only lower-case words, hyphens, apostrophes, the country pair ("16th Viet Nam–Singapore Defence …", "U.K.") and
            // title-case words that run on into the name ("9th … Deputy Minister-Level Defence Policy Dialogue") may stand between.
            var abbreviation = t.Key == "." && k > 0 && a.Tokens[k - 1].IsWord && a.Tokens[k - 1].End - a.Tokens[k - 1].Start == 1 && a.Tokens[k - 1].Capitalized;
            var runsOn = t.Capitalized && k + 1 < a.Tokens.Count && k + 1 <= mechanismStart
                && (k + 1 == mechanismStart || a.Tokens[k + 1].Capitalized || a.Tokens[k + 1].Key == "-" || a.CountryAt[k + 1] is not null);
            if (t.Kind == TokenKind.Punctuation ? t.Key is not ("-" or "'") && !abbreviation : (t.Capitalized && a.CountryAt[k] is null && !runsOn) || t.Kind == TokenKind.Number) return null;
            k--;
            gap++;
        }
        return null;
    }
}
