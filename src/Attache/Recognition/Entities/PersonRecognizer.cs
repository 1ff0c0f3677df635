using Attache.Languages;
using Attache.Tokenization;

namespace Attache.Recognition.Entities;

/// <summary>A person mention: a token range, the person's canonical (first full) name and what the text says of them.</summary>
/// <param name="Start">First token of the name.</param>
/// <param name="End">One past the last token of the name.</param>
/// <param name="PersonId">Index of the person within the document; short forms share their full name's id.</param>
public sealed record PersonMention(int Start, int End, int PersonId);

/// <summary>A person found in a document, with the fullest name, country and title the text gives.</summary>
/// <param name="Id">Index within the document.</param>
/// <param name="Name">The fullest form of the name, as written.</param>
/// <param name="Country">The country the person acts for, when the text says.</param>
/// <param name="Title">Office or rank, when the text gives one.</param>
/// <param name="Defense">True when the title ties the person to a defense establishment.</param>
public sealed record Person(int Id, string Name, string? Country, string? Title, bool Defense);

/// <summary>Finds people never seen before from title and rank patterns, apposition, name shape and earlier full mentions.</summary>
internal sealed class PersonRecognizer(LanguageResources language)
{
    private const int MaxNameTokens = 5;

    public (List<Person> People, List<PersonMention> Mentions) Recognize(AnalyzedText a)
    {
        var people = new List<Person>();
        var keys = new List<string[]>();
        var mentions = new List<PersonMention>();
        foreach (var s in a.Sentences)
        {
            var titleCase = IsTitleCase(a, s);
            var i = s.Start;
            while (i < s.End)
            {
                var runEnd = RunEnd(a, i, s.End);
                if (runEnd == i) { i++; continue; }
                // Trim particles and stopwords at the edges.
                var rs = i;
                var re = runEnd;
                while (rs < re && !IsNameCore(a, rs)) rs++;
                while (re > rs && !IsNameCore(a, re - 1)) re--;
                if (re > rs) Accept(a, s, rs, re, titleCase, people, keys, mentions);
                i = runEnd;
            }
        }
        return (people, mentions);
    }

    private void Accept(AnalyzedText a, Sentence s, int rs, int re, bool titleCase, List<Person> people, List<string[]> keys, List<PersonMention> mentions)
    {
        var runKeys = Enumerable.Range(rs, re - rs).Where(k => a.Tokens[k].IsWord && !language.NameParticles.Contains(a.Tokens[k].Key)).Select(k => a.Tokens[k].Key).ToArray();
        if (runKeys.Length == 0) return;
        // An earlier person whose name contains this run (short form) or equals it.
        var known = FindKnown(keys, runKeys);
        var titleBefore = TitleBefore(a, s, rs);
        var titleAfter = titleBefore is null ? TitleAfter(a, s, re) : null;
        var title = titleBefore ?? titleAfter;
        var longEnough = runKeys.Length >= 2 && runKeys.Length <= MaxNameTokens;
        if (known < 0 && title is null && !(longEnough && !titleCase && !SentenceInitialSingle(s, rs, re) && HasPersonContext(a, s) && PlausibleBareName(a, rs)))
            return;
        if (runKeys.Length > MaxNameTokens) return;
        if (known < 0 && runKeys.Length == 1 && title is null) return;
        var country = title is { } t ? CountryIn(a, t.Start, t.End) : null;
        if (country is null && titleBefore is not null && TitleAfter(a, s, re) is { } after) country = CountryIn(a, after.Start, after.End);
        country ??= FamilyNameCountry(a, rs, re);
        var titleText = title is { } tt ? a.Slice(tt.Start, tt.End).Trim().Trim(',').Trim() : null;
        var defense = title is { } td && Enumerable.Range(td.Start, td.End - td.Start).Any(k => a.DefenseAt[k]);
        if (known >= 0)
        {
            var p = people[known];
            // Keep the fullest name and the first country and title the text gives.
            if (runKeys.Length > keys[known].Length)
            {
                p = p with { Name = a.Slice(rs, re) };
                keys[known] = runKeys;
            }
            people[known] = p with { Country = p.Country ?? country, Title = p.Title ?? titleText, Defense = p.Defense || defense };
            mentions.Add(new PersonMention(rs, re, known));
            return;
        }
        people.Add(new Person(people.Count, a.Slice(rs, re), country, titleText, defense));
        keys.Add(runKeys);
        mentions.Add(new PersonMention(rs, re, people.Count - 1));
    }

    private static int FindKnown(List<string[]> keys, string[] run)
    {
        var found = -1;
        for (var p = 0; p < keys.Count; p++)
        {
            var k = keys[p];
            var match = run.Length >= k.Length
                ? k.All(run.Contains) && run.Length - k.Length <= 1
                : run.Length == 1 ? run[0] == k[0] || run[0] == k[^1] : run.All(k.Contains);
            if (!match) continue;
            if (found >= 0 && run.Length == 1) return -1; // ambiguous short form
            found = p;
        }
        return found;
    }

    private int RunEnd(AnalyzedText a, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var t = a.Tokens[j];
            if (t.IsWord && t.Capitalized && !a.Blocked[j] && !language.NameStopwords.Contains(t.Key)) { j++; continue; }
            if (j > i && t.IsWord && language.NameParticles.Contains(t.Key) && j + 1 < end && a.Tokens[j + 1].Capitalized) { j++; continue; }
            // An initial inside a name: "Lloyd J. Austin".
            if (j > i && t.Key == "." && a.Tokens[j - 1].End - a.Tokens[j - 1].Start == 1 && j + 1 < end && a.Tokens[j + 1].Capitalized && !a.Blocked[j + 1]) { j++; continue; }
            // "Jean-Yves", "Al-Sisi": a hyphen glued on both sides inside a name.
            if (j > i && t.Key == "-" && t.Start == a.Tokens[j - 1].End && j + 1 < end && a.Tokens[j + 1].Start == t.End && a.Tokens[j + 1].Capitalized && !a.Blocked[j + 1]) { j++; continue; }
            break;
        }
        return j;
    }

    private bool IsNameCore(AnalyzedText a, int k) => a.Tokens[k].IsWord && a.Tokens[k].Capitalized && !language.NameParticles.Contains(a.Tokens[k].Key);

    /// <summary>A name with no title must not follow a determiner ("la Grande Guerre") nor be an acronym ("USS Blue Ridge").</summary>
    private bool PlausibleBareName(AnalyzedText a, int rs)
    {
        if (a.Tokens[rs].AllCaps) return false;
        if (rs == 0) return true;
        var prev = a.Tokens[rs - 1];
        if (prev.Key == "'" && rs >= 2) prev = a.Tokens[rs - 2];
        return !language.Determiners.Contains(prev.Key);
    }

    private string? FamilyNameCountry(AnalyzedText a, int rs, int re)
    {
        var first = a.Tokens[rs].Key;
        var words = Enumerable.Range(rs, re - rs).Count(k => a.Tokens[k].IsWord);
        foreach (var (country, names, minWords, maxWords) in language.FamilyNames)
            if (words >= minWords && words <= maxWords && names.Contains(first)) return country;
        return null;
    }

    private static bool SentenceInitialSingle(Sentence s, int rs, int re) => rs == s.Start && re - rs < 2;

    private static bool IsTitleCase(AnalyzedText a, Sentence s)
    {
        int words = 0, caps = 0;
        for (var k = s.Start; k < s.End; k++)
        {
            var t = a.Tokens[k];
            if (!t.IsWord || t.End - t.Start <= 3) continue;
            words++;
            if (t.Capitalized) caps++;
        }
        return words >= 4 && caps * 10 >= words * 7;
    }

    private static bool HasPersonContext(AnalyzedText a, Sentence s)
    {
        for (var k = s.Start; k < s.End; k++)
            if (a.TitleAt[k] || a.TriggerAt[k]) return true;
        return false;
    }

    /// <summary>A title ending just before the name, possibly with a country word, "de la Défense" or a comma between.</summary>
    private static (int Start, int End)? TitleBefore(AnalyzedText a, Sentence s, int rs)
    {
        var k = rs - 1;
        var gap = 0;
        var commas = 0;
        while (k >= s.Start && gap < 10)
        {
            var t = a.Tokens[k];
            if (a.TitleAt[k])
            {
                var end = k + 1;
                var start = k;
                // The whole title phrase: "Le chef d'état-major général de l'armée populaire du Vietnam et vice-ministre de la Défense".
                while (start - 1 >= s.Start && k - start < 20)
                {
                    var p = a.Tokens[start - 1];
                    var inTitle = p.IsWord ? (!p.Capitalized || a.Blocked[start - 1]) && !a.TriggerAt[start - 1] : p.Key is "'" or "-" or ".";
                    if (!inTitle) break;
                    start--;
                }
                while (start < k && (a.Language.Conjunctions.Contains(a.Tokens[start].Key) || a.Tokens[start].Kind == TokenKind.Punctuation)) start++;
                return (start, rs);
            }
            if (t.Key == ",") { if (++commas > 1 || gap > 0 && !PrecededByTitleRegion(a, s, k)) return null; k--; gap++; continue; }
            if (t.Kind == TokenKind.Punctuation && t.Key is not "'" and not "." and not "-") return null;
            if (t.IsWord && t.Capitalized && a.CountryAt[k] is null && a.OrgAt[k] is null && !a.TitleAt[k]) return null;
            k--;
            gap++;
        }
        return null;
    }

    private static bool PrecededByTitleRegion(AnalyzedText a, Sentence s, int comma)
    {
        for (var k = comma - 1; k >= Math.Max(s.Start, comma - 8); k--)
            if (a.TitleAt[k]) return true;
        return false;
    }

    /// <summary>A title in apposition after the name: "X, vice-ministre japonais de la Défense," or "X, Japan's Vice Minister".</summary>
    private static (int Start, int End)? TitleAfter(AnalyzedText a, Sentence s, int re)
    {
        if (re >= s.End) return null;
        var k = re;
        var open = a.Tokens[k].Key is "," or "(";
        if (!open) return null;
        k++;
        var limit = Math.Min(s.End, k + 5);
        for (; k < limit; k++)
        {
            if (a.TitleAt[k])
            {
                var end = k;
                while (end < s.End && end < k + 14 && a.Tokens[end].Key is not "," and not ")" and not ";" && !(a.Tokens[end].Capitalized && a.PersonStartCandidate(end)) && !a.TriggerAt[end] && !a.Language.Conjunctions.Contains(a.Tokens[end].Key)) end++;
                return (re + 1, end);
            }
            var t = a.Tokens[k];
            if (t.Kind == TokenKind.Punctuation && t.Key is not "'") return null;
            if (a.TriggerAt[k]) return null;
        }
        return null;
    }

    private static string? CountryIn(AnalyzedText a, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (a.CountryAt[k] is { } c) return c;
        for (var k = start; k < end; k++)
            if (a.OrgCountryAt[k] is { } c) return c;
        return null;
    }
}
