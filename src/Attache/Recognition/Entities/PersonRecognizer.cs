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
    private const int MaxNameTokens = 7;

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
                while (rs < re && !IsNameCore(a, rs) && !(rs == i && IsFamilyName(a.Tokens[rs].Key) && AfterTitle(a, rs))) rs++;
                while (re > rs && !IsNameCore(a, re - 1) && !IsHyphenSyllable(a, re - 1)) re--;
                if (re > rs) Accept(a, s, rs, re, titleCase, people, keys, mentions);
                i = runEnd;
            }
        }
        return (people, mentions);
    }

    private void Accept(AnalyzedText a, Sentence s, int rs, int re, bool titleCase, List<Person> people, List<string[]> keys, List<PersonMention> mentions)
    {
        // "la province de Khanh Hoa", "the district of Quang Hoa": a place named by its administrative unit, not a person.
        // "la province cambodgienne de Kampong Speu": an adjective and a preposition may stand between unit and name.
        if (rs > 0)
            foreach (var c in a.CuesNear(Math.Max(s.Start, rs - 3), rs))
                if (c.Value.Kind == "place-unit" && c.End <= rs && c.End >= rs - 2 && LowerWordsBetween(a, c.End, rs)) return;
        // "Minister-Level Dialogue": a word hyphened to the one before is half of a compound, not a name.
        if (rs > 1 && a.Tokens[rs - 1].Key == "-" && a.Tokens[rs - 1].Start == a.Tokens[rs - 2].End && a.Tokens[rs - 1].End == a.Tokens[rs].Start
            && a.Tokens[rs - 2].IsWord) return;
        // «African Lion»: a quoted name is an operation's or a ship's, not a person's.
        if (rs > 0 && a.Tokens[rs - 1].Key == "\"" && a.Tokens[rs - 1].End == a.Tokens[rs].Start) return;
        // "la frégate Prairial", "USS Blue Ridge": a ship is not a person.
        // But "le capitaine de frégate X" is a rank.
        if (rs > 0 && a.IsShipWord(rs - 1) && !a.TitleAt[rs - 1] || a.IsShipWord(rs)) return;
        // "le remorqueur de sauvetage Fotiy Krylov", "the rescue ship of the Russian navy Igor Belousov": the ship's
        // type may stand a few words before its name, with nothing but lower-case words between.
        if (rs > 0 && !a.TitleAt[rs - 1])
            for (var k = rs - 2; k >= Math.Max(s.Start, rs - 8); k--)
            {
                if (a.Tokens[k].Kind == TokenKind.Punctuation && a.Tokens[k].Key is not "'" and not "-") break;
                if (a.IsShipWord(k) && !a.TitleAt[k] && LowerWordsBetween(a, k + 1, rs)) return;
            }
        // "the multilateral maritime exercise Southern Vanguard", "for Exercise Polar Tern", "Steppe Guardian 2024": a name
        // right after an exercise word, or before a year, is the exercise's.
        if (rs > 0 && ExerciseWordAt(a, rs - 1) || re < a.Tokens.Count && YearToken(a, re)) return;
        var runKeys = Enumerable.Range(rs, re - rs).Where(k => a.Tokens[k].IsWord && !language.NameParticles.Contains(a.Tokens[k].Key)).Select(k => a.Tokens[k].Key).ToArray();
        if (runKeys.Length == 0) return;
        // An earlier person whose name contains this run (short form) or equals it.
        var known = FindKnown(keys, runKeys);
        var titleBefore = TitleBefore(a, s, rs);
        var titleAfter = titleBefore is null ? TitleAfter(a, s, re) : null;
        var title = titleBefore ?? titleAfter;
        var longEnough = runKeys.Length >= 2 && runKeys.Length <= MaxNameTokens;
        // A bare name needs a title or an event in its sentence, or a family name typical of a country ("Nguyen Chi Vinh a appelé").
        if (known < 0 && title is null && !(longEnough && !titleCase && !SentenceInitialSingle(s, rs, re) && (HasPersonContext(a, s) || FamilyNameCountry(a, rs, re) is not null) && PlausibleBareName(a, rs)))
            return;
        if (runKeys.Length > MaxNameTokens) return;
        if (known < 0 && runKeys.Length == 1 && title is null) return;
        // The country nearest the name is its own: "la visite au Vietnam du ministre japonais X", "Y, ministre japonais … au Vietnam".
        var country = title is { } t ? CountryIn(a, t.Start, t.End, nearestLast: titleBefore is not null) : null;
        if (country is null && titleBefore is not null && TitleAfter(a, s, re) is { } after) country = CountryIn(a, after.Start, after.End, nearestLast: false);
        country ??= FamilyNameCountry(a, rs, re);
        // "l'amiral X, chef d'état-major des forces d'autodéfense": the office after the name says more than the rank before it.
        if (titleBefore is { } tb && TitleAfter(a, s, re) is { } ta && Enumerable.Range(tb.Start, tb.End - tb.Start).All(k => !a.TitleAt[k] || IsRankOrHonorific(a, k)))
            title = ta;
        var titleText = title is { } tt ? TitleText(a, tt.Start, tt.End) : null;
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

    private static bool LowerWordsBetween(AnalyzedText a, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (a.Tokens[k].IsWord ? a.Tokens[k].Capitalized && a.CountryAt[k] is null && !a.Blocked[k] : a.Tokens[k].Key is not "'" and not "-") return false;
        return true;
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
            // "Lê Huy Thành": a stopword written with a diacritic ("Lê", not "Le") is a name.
            if (t.IsWord && t.Capitalized && !a.Blocked[j] && (!language.NameStopwords.Contains(t.Key) || (IsFamilyName(t.Key) && (HasDiacritic(a, j) || (j == i && AfterTitle(a, j)))))) { j++; continue; }
            if (j > i && t.IsWord && language.NameParticles.Contains(t.Key) && j + 1 < end && a.Tokens[j + 1].Capitalized) { j++; continue; }
            // An initial inside a name: "Lloyd J. Austin".
            if (j > i && t.Key == "." && a.Tokens[j - 1].End - a.Tokens[j - 1].Start == 1 && j + 1 < end && a.Tokens[j + 1].Capitalized && !a.Blocked[j + 1]) { j++; continue; }
            // "Jean-Yves", "Al-Sisi": a hyphen glued on both sides inside a name.
            if (j > i && t.Key == "-" && t.Start == a.Tokens[j - 1].End && j + 1 < end && a.Tokens[j + 1].Start == t.End && a.Tokens[j + 1].Capitalized && !a.Blocked[j + 1]) { j++; continue; }
            // "Kim Dae-sung", "Lee Sang-hoon": a short lower-case syllable glued by a hyphen ends a name.
            if (j > i && t.Key == "-" && t.Start == a.Tokens[j - 1].End && j + 1 < end && a.Tokens[j + 1].Start == t.End && a.Tokens[j + 1].IsWord
                && !a.Tokens[j + 1].Capitalized && a.Tokens[j + 1].End - a.Tokens[j + 1].Start <= 5 && !a.Blocked[j + 1])
            {
                j += 2;
                break;
            }
            break;
        }
        return j;
    }

    /// <summary>
    /// The words of a title as an analyst would write them: the region found for the country may reach back over a
    /// clause ("…grown well, according to Vietnamese Defence Minister"); the text starts at the first title, country or
    /// organisation word and keeps only short connectors between them.
    /// </summary>
    private static string TitleText(AnalyzedText a, int start, int end)
    {
        var first = start;
        while (first < end && !(a.TitleAt[first] || a.CountryAt[first] is not null || a.OrgAt[first] is not null)) first++;
        if (first == end) first = start;
        // Words before the last long plain word belong to another clause.
        for (var k = end - 1; k > first; k--)
        {
            var t = a.Tokens[k];
            if (t.IsWord && !a.Blocked[k] && !t.Capitalized && t.End - t.Start > 4 && !a.Language.NameStopwords.Contains(t.Key))
            {
                first = k + 1;
                while (first < end && !(a.TitleAt[first] || a.CountryAt[first] is not null || a.OrgAt[first] is not null)) first++;
                break;
            }
        }
        if (first >= end) return a.Slice(start, end).Trim().Trim(',').Trim();
        return a.Slice(first, end).Trim().Trim(',').Trim();
    }

    private static bool IsRankOrHonorific(AnalyzedText a, int k)
    {
        // Titles are sorted and do not overlap: only the last one starting at or before k can hold it.
        var before = AnalyzedText.StartingIn(a.Titles, int.MinValue, k + 1);
        if (before.Length > 0 && k < before[^1].End) return before[^1].Value.Kind is "rank" or "honorific";
        return false;
    }

    /// <summary>"Lt. Gen. Le Duc Thai": right after a rank, "Le" is a family name, not the article.</summary>
    private static bool AfterTitle(AnalyzedText a, int k) =>
        k > 0 && (a.TitleAt[k - 1] || (a.Tokens[k - 1].Key == "." && k > 1 && a.TitleAt[k - 2]));

    private bool IsFamilyName(string key) => language.FamilyNames.Exists(f => f.Names.Contains(key));

    private static bool HasDiacritic(AnalyzedText a, int k)
    {
        for (var c = a.Tokens[k].Start; c < a.Tokens[k].End; c++)
            if (a.Text[c] > '\u007F') return true;
        return false;
    }

    private static bool IsHyphenSyllable(AnalyzedText a, int k) =>
        k > 0 && a.Tokens[k].IsWord && a.Tokens[k - 1].Key == "-" && a.Tokens[k - 1].End == a.Tokens[k].Start;

    private bool IsNameCore(AnalyzedText a, int k) => a.Tokens[k].IsWord && a.Tokens[k].Capitalized && (!language.NameParticles.Contains(a.Tokens[k].Key) || (HasDiacritic(a, k) && IsFamilyName(a.Tokens[k].Key)));

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
            if (a.TitleAt[k] || a.TriggerAt[k] || a.DefenseAt[k]) return true;
        foreach (var m in AnalyzedText.StartingIn(a.Mechanisms, s.Start, s.End))
            if (m.Start >= s.Start && m.End <= s.End) return true;
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
                var passedComma = false;
                while (start - 1 >= s.Start && k - start < 20)
                {
                    var p = a.Tokens[start - 1];
                    // "le commandant de la marine australienne, le vice-amiral X": an office, then the rank.
                    // "le ministre nigérien de la Défense, le général X": an office ending on its capitalised ministry, then the rank.
                    if (p.Key == "," && !passedComma && start - 2 >= s.Start && a.Tokens[start - 2].IsWord
                        && (!a.Tokens[start - 2].Capitalized || Enumerable.Range(Math.Max(s.Start, start - 7), start - 1 - Math.Max(s.Start, start - 7)).Any(j => a.TitleAt[j])))
                    {
                        passedComma = true;
                        start--;
                        continue;
                    }
                    // "X, vice-ministre de la Défense, et de son homologue indien Y": ", et" opens the next person's title.
                    if (p.IsWord && a.Language.Conjunctions.Contains(p.Key) && start - 2 >= s.Start && a.Tokens[start - 2].Key == ",") break;
                    var inTitle = p.IsWord ? (!p.Capitalized || a.Blocked[start - 1] || a.Language.NameStopwords.Contains(p.Key)) && !a.TriggerAt[start - 1] : p.Key is "'" or "-" or ".";
                    if (!inTitle) break;
                    start--;
                }
                while (start < k && (a.Language.Conjunctions.Contains(a.Tokens[start].Key) || a.Tokens[start].Kind == TokenKind.Punctuation)) start++;
                return (start, rs);
            }
            if (t.Key == ",") { if (++commas > 1 || gap > 0 && !PrecededByTitleRegion(a, s, k)) return null; k--; gap++; continue; }
            if (t.Kind == TokenKind.Punctuation && t.Key is not "'" and not "." and not "-") return null;
            if (t.IsWord && t.Capitalized && !a.Blocked[k] && !a.Language.NameStopwords.Contains(t.Key)) return null;
            // "X, vice-ministre vietnamien de la Défense et Serizawa Kiyoshi": the title before "et" is X's.
            if (t.IsWord && a.Language.Conjunctions.Contains(t.Key)) return null;
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
        // "X, vice-ministre", "X (Minister …)", "Earl Howe - Minister of State": a comma, a bracket or a spaced dash.
        var open = a.Tokens[k].Key is "," or "(" || (a.Tokens[k].Key == "-" && k > 0 && a.Tokens[k].Start > a.Tokens[k - 1].End);
        if (!open) return null;
        k++;
        var limit = Math.Min(s.End, k + 5);
        for (; k < limit; k++)
        {
            if (a.TitleAt[k])
            {
                var end = k;
                while (end < s.End && end < k + 14 && a.Tokens[end].Key is not "," and not ")" and not ";" && !(a.Tokens[end].Capitalized && a.PersonStartCandidate(end)) && !a.TriggerAt[end] && !a.Language.Conjunctions.Contains(a.Tokens[end].Key)) end++;
                // "à Khanh Hoa, le lieutenant-colonel Alain Gaborit": a title running into a full name is that name's.
                if (end + 1 < s.End && a.Tokens[end].Capitalized && a.PersonStartCandidate(end) && !a.Language.NameStopwords.Contains(a.Tokens[end].Key)
                    && a.Tokens[end + 1].IsWord && a.Tokens[end + 1].Capitalized) return null;
                return (re + 1, end);
            }
            var t = a.Tokens[k];
            if (t.Kind == TokenKind.Punctuation && t.Key is not "'") return null;
            if (a.TriggerAt[k]) return null;
        }
        return null;
    }

    private static string? CountryIn(AnalyzedText a, int start, int end, bool nearestLast)
    {
        for (var i = 0; i < end - start; i++)
        {
            var k = nearestLast ? end - 1 - i : start + i;
            if (a.CountryAt[k] is not { } c) continue;
            var first = k;
            while (first > start && a.CountryAt[first - 1] == c) first--;
            // "Japanese Ambassador to Vietnam", "l'ambassadeur de Russie au Vietnam": the country one is posted to is not one's own.
            if (!a.PlaceWordBefore(first)) return c;
        }
        for (var i = 0; i < end - start; i++)
            if (a.OrgCountryAt[nearestLast ? end - 1 - i : start + i] is { } c) return c;
        return null;
    }

    private const int LongestTrigger = 8;

    private static bool ExerciseWordAt(AnalyzedText a, int k)
    {
        if (!a.TriggerAt[k]) return false;
        foreach (var t in AnalyzedText.StartingIn(a.Triggers, Math.Max(0, k - LongestTrigger), k + 1))
            if (t.Start <= k && k < t.End && t.Value.Type == Model.EventType.Exercise) return true;
        return false;
    }

    private static bool YearToken(AnalyzedText a, int k) =>
        a.Tokens[k] is { Kind: TokenKind.Number } t && t.End - t.Start == 4 && t.Start == a.Tokens[k - 1].End + 1
        && int.TryParse(a.Text.AsSpan(t.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 1945 and <= 2100;
}
