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
