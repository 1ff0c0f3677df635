using Attache.Languages;
using Attache.Model;
using Attache.Recognition.Entities;
using Attache.Tokenization;

namespace Attache.Recognition;

/// <summary>The cleaned text of a document with its tokens, sentences and every recogniser's mentions.</summary>
internal sealed class AnalyzedText
{
    public AnalyzedText(string text, LanguageResources language)
    {
        Text = text;
        Language = language;
        Tokens = Tokenizer.Tokenize(text);
        Sentences = SentenceSplitter.Split(text, Tokens, language);
        var n = Tokens.Count;
        CountryAt = new string?[n];
        OrgCountryAt = new string?[n];
        OrgAt = new OrganizationEntry?[n];
        TitleAt = new bool[n];
        TriggerAt = new bool[n];
        Blocked = new bool[n];
        DefenseAt = new bool[n];
        ShipAt = new bool[n];

        // Each token's word is looked up once for the nine matchers below.
        var words = language.Vocabulary.Number(Tokens);
        // The exclusion covering each token, as its end: a country name inside it is vetoed ("mer du Japon"), one that
        // spans it whole is the country itself ("République démocratique du Congo", "South Sudan").
        var excludedFrom = new int[n];
        var excludedTo = new int[n];
        foreach (var m in language.Exclusions.FindAll(Tokens, words))
            for (var k = m.Start; k < m.End; k++)
                if (m.End - m.Start > excludedTo[k] - excludedFrom[k]) (excludedFrom[k], excludedTo[k]) = (m.Start, m.End);

        Countries = [];
        var countryMatches = language.Countries.FindAll(Tokens, words);
        for (var c = 0; c < countryMatches.Count; c++)
        {
            var m = countryMatches[c];
            if (excludedTo[m.Start] > 0 && !(m.Start <= excludedFrom[m.Start] && m.End >= excludedTo[m.Start])) { Block(m.Start, m.End); continue; }
            // A combining form counts only inside a compound: "nippo-vietnamien", "Indo-Vietnamese".
            if (m.Value.Form == CountryForm.Combining)
            {
                var compound = m.End + 1 < n && Tokens[m.End].Key == "-" && c + 1 < countryMatches.Count && countryMatches[c + 1].Start == m.End + 1;
                if (!compound) continue;
            }
            // Lower-case names are ordinary words in some languages ("chine" is fine, but "us" is not the USA).
            // A name led by an article keeps it in lower case inside a sentence ("and the Philippines"): its last word decides.
            if (m.Value.Form == CountryForm.Name && !Tokens[m.Start].Capitalized && !Tokens[m.Start].AllCaps && !(m.End - m.Start > 1 && Tokens[m.End - 1].Capitalized)) continue;
            // "Le Duc Thai": a capitalised adjective right after a capitalised word no recogniser claims ends a name.
            if (m.Value.Form == CountryForm.Adjective && m.End - m.Start == 1 && Tokens[m.Start].Capitalized && m.Start > 0 && Tokens[m.Start - 1].IsWord
                && Tokens[m.Start - 1].Capitalized && !Blocked[m.Start - 1] && !language.NameStopwords.Contains(Tokens[m.Start - 1].Key)
                && language.Countries.MatchAt(Tokens, m.Start - 1) is null && language.Titles.MatchAt(Tokens, m.Start - 1) is null) continue;
            Countries.Add(m);
            // A territory's forces act for its sovereign: a frigate "from New Caledonia" is French.
            var party = language.Sovereigns.GetValueOrDefault(m.Value.Code, m.Value.Code);
            for (var k = m.Start; k < m.End; k++) CountryAt[k] = party;
            Block(m.Start, m.End);
        }
        MarkShipPrefixes(language);
        Cities = [];
        var cityMatches = language.Cities.FindAll(Tokens, words);
        // Words that end a full name somewhere in the text ("Nguyen Chi Vinh"): alone, "Vinh said" is that person, not the
        // town, unless a place word puts it there ("in Vinh", "à Vinh").
        var nameEnds = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 1; k < n; k++)
            if (Tokens[k].IsWord && Tokens[k].Capitalized && Tokens[k - 1].IsWord && Tokens[k - 1].Capitalized && Tokens[k - 1].End + 1 == Tokens[k].Start
                && !language.NameStopwords.Contains(Tokens[k - 1].Key) && !language.NameStopwords.Contains(Tokens[k].Key))
                nameEnds.Add(Tokens[k].Key);
        foreach (var m in cityMatches)
        {
            if (!Tokens[m.Start].Capitalized) continue;
            if (m.End - m.Start == 1 && nameEnds.Contains(Tokens[m.Start].Key)
                // (Cues are not found yet here: the place word is matched on the spot, as PlaceWordBefore does later.)
                && !(m.Start > 0 && language.Cues.MatchAt(Tokens, m.Start - 1) is { Value.Kind: "in-country" } cue && cue.End == m.Start)) continue;
            // "Nguyen Chi Vinh", "Lloyd Austin": a one-word city right after a capitalised word is the end of a name.
            if (m.End - m.Start == 1 && m.Start > 0 && Tokens[m.Start - 1].IsWord && Tokens[m.Start - 1].Capitalized && !Blocked[m.Start - 1] && !language.NameStopwords.Contains(Tokens[m.Start - 1].Key)) continue;
            // "Kano Koji": nor is one right before a capitalised word that no recogniser claims.
            if (m.End - m.Start == 1 && m.End < n && Tokens[m.End].IsWord && Tokens[m.End].Capitalized && Tokens[m.End].Start == Tokens[m.Start].End + 1
                && language.Cities.MatchAt(Tokens, m.End) is null && language.Countries.MatchAt(Tokens, m.End) is null && !language.NameStopwords.Contains(Tokens[m.End].Key)) continue;
            // "INS Delhi", "la frégate canadienne Ville-de-Québec": a name right after a ship word is the ship's.
            if (AfterShipWord(m.Start)) continue;
            if (CountryAt[m.Start] is not null && m.End - m.Start == 1) continue; // "Singapore", "Djibouti": the country reading wins, the city stays available below
            Cities.Add(m);
            Block(m.Start, m.End);
        }
        foreach (var m in cityMatches)
            if (Tokens[m.Start].Capitalized && CountryAt[m.Start] is not null && m.End - m.Start == 1) Cities.Add(m);
        Cities.Sort((x, y) => x.Start.CompareTo(y.Start));
        ResolveHomonyms(language);

        Organizations = language.Organizations.FindAll(Tokens, words);
        foreach (var m in Organizations)
        {
            for (var k = m.Start; k < m.End; k++)
            {
                OrgAt[k] = m.Value;
                OrgCountryAt[k] = m.Value.Country;
                // A ministry is defense only when its name says so ("Ministry of Defence" carries a defense cue).
                DefenseAt[k] |= m.Value.Kind is not ("multilateral" or "ministry");
            }
            Block(m.Start, m.End);
        }
        Titles = language.Titles.FindAll(Tokens, words);
        foreach (var m in Titles)
        {
            for (var k = m.Start; k < m.End; k++) { TitleAt[k] = true; DefenseAt[k] |= m.Value.Kind == "rank"; }
            Block(m.Start, m.End);
        }
        Triggers = language.Triggers.FindAll(Tokens, words);
        // A trigger word inside a longer common word ("receive" inside "continue", where a language writes both with one
        // syllable) is no trigger: the data lists such words as "not-trigger" cues, and a trigger overlapping one is dropped.
        var cueMatches = language.Cues.FindAll(Tokens, words);
        if (language.HasNotTriggerCues)
            foreach (var c in cueMatches)
                if (c.Value.Kind == "not-trigger") Triggers.RemoveAll(t => t.Start < c.End && c.Start < t.End);
        foreach (var m in Triggers)
        {
            for (var k = m.Start; k < m.End; k++) TriggerAt[k] = true;
            Block(m.Start, m.End);
        }
        Mechanisms = language.Mechanisms.FindAll(Tokens, words);
        foreach (var m in Mechanisms) Block(m.Start, m.End);
        Areas = language.Areas.FindAll(Tokens, words);
        Dates = _dates = [.. language.Dates.Recognize(text)];
        foreach (var d in Dates) BlockChars(d.Span);
        // A cue word inside a date ("May 9") is part of the date.
        Cues = cueMatches.Where(m => !Blocked[m.Start] || !InDate(m.Start)).ToList();
        if (language.SuffixCues.Count > 0)
        {
            for (var k = 0; k < n; k++)
            {
                var t = Tokens[k];
                if (!t.IsWord || t.Capitalized) continue;
                foreach (var (suffix, kind) in language.SuffixCues)
                    if (t.Key.Length >= suffix.Length + 3 && t.Key.EndsWith(suffix, StringComparison.Ordinal)) { Cues.Add(new PhraseMatch<CueEntry>(k, k + 1, new CueEntry(kind))); break; }
            }
            Cues.Sort((x, y) => x.Start.CompareTo(y.Start));
        }
        foreach (var m in Cues)
        {
            _longestCue = Math.Max(_longestCue, m.End - m.Start);
            if (m.Value.Kind is "defense" or "not-name") Block(m.Start, m.End);
            if (m.Value.Kind == "defense") for (var k = m.Start; k < m.End; k++) DefenseAt[k] = true;
            // "a Status of Visiting Forces Agreement", "des patrol vessels": a bare trigger word inside a defence phrase is
            // part of its name.
            if (m.Value.Kind == "defense" && m.End - m.Start > 1)
                Triggers.RemoveAll(t => t.Value.Strength == "weak" && t.Start >= m.Start && t.End <= m.End);
        }

        Ordinals = _ordinals = [.. language.Ordinals.Recognize(text)];

        (People, PersonMentions) = new PersonRecognizer(language).Recognize(this);
        // A cue word that is a syllable of a name ("Phung Si Tan", "Le Van Sy") says nothing about the event.
        if (PersonMentions.Count > 0)
        {
            var inName = new bool[n];
            foreach (var pm in PersonMentions)
                for (var k = pm.Start; k < pm.End; k++) inName[k] = true;
            Cues.RemoveAll(m => m.Value.Kind is not ("defense" or "not-name") && inName[m.Start] && Tokens[m.Start].Capitalized);
        }
    }

    public string Text { get; }
    public LanguageResources Language { get; }
    public List<Token> Tokens { get; }
    public List<Sentence> Sentences { get; }
    public string?[] CountryAt { get; }
    public string?[] OrgCountryAt { get; }
    public OrganizationEntry?[] OrgAt { get; }
    public bool[] TitleAt { get; }
    public bool[] TriggerAt { get; }
    /// <summary>Tokens that tie a sentence to a defense establishment (ranks, armed forces, "défense", "military").</summary>
    public bool[] DefenseAt { get; }
    /// <summary>Tokens some recogniser claimed, which therefore cannot be part of a person's name.</summary>
    public bool[] Blocked { get; }
    public List<PhraseMatch<CountryEntry>> Countries { get; }
    public List<PhraseMatch<CityEntry>> Cities { get; }
    /// <summary>"INS Delhi", "KRI Bung Tomo", "HQ-012": a navy's prefix right before a ship's name or hull number names that
    /// navy, so the ship's country is a party and the sentence is about defence, whether or not it says "Indian".</summary>
    private void MarkShipPrefixes(LanguageResources language)
    {
        if (language.ShipPrefixes.Count == 0) return;
        var lookup = language.ShipPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = false;
        for (var k = 0; k + 1 < Tokens.Count; k++)
        {
            var t = Tokens[k];
            if (!t.IsWord || !t.Capitalized || Blocked[k] && CountryAt[k] is null) continue;
            if (!lookup.TryGetValue(Text.AsSpan(t.Start, t.End - t.Start), out var prefix) || CountryAt[k] is { } other && other != prefix.Country) continue;
            var next = Tokens[k + 1];
            var named = next.IsWord && next.Capitalized && next.Start == t.End + 1;
            var numbered = next.Kind == TokenKind.Number && next.Start <= t.End + 1
                || next.Kind == TokenKind.Punctuation && next.Start == t.End && Text[next.Start] == '-' && k + 2 < Tokens.Count && Tokens[k + 2].Kind == TokenKind.Number;
            if (!numbered && (!named || prefix.HullNumberOnly)) continue;
            DefenseAt[k] = ShipAt[k] = true;
            if (CountryAt[k] is not null) continue;
            Countries.Add(new PhraseMatch<CountryEntry>(k, k + 1, new CountryEntry(prefix.Country, CountryForm.Adjective)));
            CountryAt[k] = prefix.Country;
            Block(k, k + 1);
            added = true;
        }
        if (added) Countries.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    public List<PhraseMatch<OrganizationEntry>> Organizations { get; }

    /// <summary>Per token: a navy's ship prefix before a ship's name ("INS" in "INS Delhi").</summary>
    public bool[] ShipAt { get; }

    /// <summary>"Tripoli" in a dispatch that names Lebanon and never Libya is Lebanon's Tripoli.</summary>
    private void ResolveHomonyms(LanguageResources language)
    {
        if (language.CityHomonyms.Count == 0 || Cities.Count == 0) return;
        HashSet<string>? named = null;
        for (var i = 0; i < Cities.Count; i++)
        {
            var m = Cities[i];
            if (!language.CityHomonyms.TryGetValue(m.Value.City, out var other)) continue;
            named ??= [.. Countries.Select(c => c.Value.Code)];
            if (named.Contains(other) && !named.Contains(m.Value.Country)) Cities[i] = m with { Value = m.Value with { Country = other } };
        }
    }

    private bool AfterShipWord(int k)
    {
        // From inside a hyphenated name ("Ville-de-Québec") to its first word.
        while (k >= 2 && Tokens[k - 1].Key == "-" && Tokens[k - 1].Start == Tokens[k - 2].End && Tokens[k].Start == Tokens[k - 1].End) k -= 2;
        if (k > 0 && CountryAt[k - 1] is not null && !ShipAt[k - 1]) k--;
        return k > 0 && IsShipWord(k - 1);
    }

    /// <summary>True when token <paramref name="k"/> names a ship: a ship word of the language ("frigate") or a navy's prefix.</summary>
    public bool IsShipWord(int k) => ShipAt[k] || Language.ShipWords.Contains(Tokens[k].Key);
    public List<PhraseMatch<TitleEntry>> Titles { get; }
    public List<PhraseMatch<TriggerEntry>> Triggers { get; }
    public List<PhraseMatch<MechanismEntry>> Mechanisms { get; }
    public List<PhraseMatch<AreaEntry>> Areas { get; }
    public List<PhraseMatch<CueEntry>> Cues { get; }
    /// <summary>Date mentions, sorted by position and not overlapping.</summary>
    public IReadOnlyList<Dates.DateMention> Dates { get; }
    /// <summary>Ordinal mentions, sorted by position and not overlapping.</summary>
    public IReadOnlyList<Numbers.OrdinalMention> Ordinals { get; }

    private readonly Dates.DateMention[] _dates;
    private readonly Numbers.OrdinalMention[] _ordinals;
    public List<Person> People { get; }
    public List<PersonMention> PersonMentions { get; }

    public bool PersonStartCandidate(int k) => !Blocked[k];

    // The lookups below read a sorted list from a binary search instead of from its start: a check made for every
    // sentence, trigger or token then costs what its own stretch of text holds, and a long document stays linear.

    /// <summary>The matches of <paramref name="sorted"/> (sorted by start) that start within tokens <c>[start, end)</c>, in order.</summary>
    public static ReadOnlySpan<PhraseMatch<T>> StartingIn<T>(List<PhraseMatch<T>> sorted, int start, int end) =>
        Between(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted), start, end, static m => m.Start);

    /// <summary>The person mentions (sorted, not overlapping) that start within tokens <c>[start, end)</c>, in order.</summary>
    public ReadOnlySpan<PersonMention> MentionsStartingIn(int start, int end) =>
        Between(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(PersonMentions), start, end, static m => m.Start);

    /// <summary>The person mention holding token <paramref name="token"/>, if any (mentions do not overlap).</summary>
    public PersonMention? MentionAt(int token)
    {
        var before = MentionsStartingIn(int.MinValue, token + 1);
        return before.Length > 0 && token < before[^1].End ? before[^1] : null;
    }

    /// <summary>The date mentions that start within characters <c>[start, end)</c>, in order.</summary>
    public ReadOnlySpan<Dates.DateMention> DatesStartingIn(int start, int end) => Between(_dates, start, end, static d => d.Span.Start);

    /// <summary>The ordinal mentions that start within characters <c>[start, end)</c>, in order.</summary>
    public ReadOnlySpan<Numbers.OrdinalMention> OrdinalsStartingIn(int start, int end) => Between(_ordinals, start, end, static o => o.Span.Start);

    /// <summary>The number of tokens that tie the text to a defense establishment (<see cref="DefenseAt"/>), counted once.</summary>
    public int DefenseTokens => _defenseTokens ??= DefenseAt.Count(static d => d);

    private int? _defenseTokens;

    private static ReadOnlySpan<T> Between<T>(ReadOnlySpan<T> sorted, int start, int end, Func<T, int> key)
    {
        var from = LowerBound(sorted, start, key);
        return sorted[from..Math.Max(from, LowerBound(sorted, end, key))];
    }

    /// <summary>The index of the first item whose key is at least <paramref name="value"/>.</summary>
    private static int LowerBound<T>(ReadOnlySpan<T> sorted, int value, Func<T, int> key)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (key(sorted[mid]) < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private readonly int _longestCue;

    /// <summary>
    /// The cues that may overlap tokens <c>[start, end)</c>, in <see cref="Cues"/> order: every one that does, and a few
    /// that end before <paramref name="start"/>, so callers still test the bounds they need.
    /// </summary>
    /// <remarks>Cues are sorted by start; checks made for every trigger, date or person look at their own sentence only
    /// instead of the whole document's cues.</remarks>
    public ReadOnlySpan<PhraseMatch<CueEntry>> CuesNear(int start, int end)
    {
        var cues = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Cues);
        var from = FirstCueFrom(cues, start - _longestCue + 1);
        return cues[from..Math.Max(from, FirstCueFrom(cues, end))];
    }

    /// <summary>
    /// The cues that may end on a token whose last character ends within characters <c>[from, to]</c>: every one that does,
    /// and a few others, so callers still test the bounds they need.
    /// </summary>
    public ReadOnlySpan<PhraseMatch<CueEntry>> CuesEndingNear(int from, int to) => CuesNear(TokenAt(from - 1), TokenAt(to));

    /// <summary>True when a cue of <paramref name="kind"/> (or <paramref name="otherKind"/>) lies within tokens <c>[start, end)</c>.</summary>
    public bool HasCueWithin(int start, int end, string kind, string? otherKind = null)
    {
        foreach (var c in CuesNear(start, end))
            if ((c.Value.Kind == kind || (otherKind is not null && c.Value.Kind == otherKind)) && c.Start >= start && c.End <= end) return true;
        return false;
    }

    /// <summary>True when a place word ("in", "to", "à", "au") ends right before token <paramref name="token"/>.</summary>
    public bool PlaceWordBefore(int token)
    {
        foreach (var c in CuesNear(token - 1, token))
            if (c.End == token && c.Value.Kind == "in-country") return true;
        return false;
    }

    /// <summary>True when a cue of <paramref name="kind"/> lies in the sentence holding token <paramref name="token"/>.</summary>
    public bool SentenceHasCue(int token, string kind)
    {
        var s = Sentences[SentenceOf(token)];
        return HasCueWithin(s.Start, s.End, kind);
    }

    private static int FirstCueFrom(ReadOnlySpan<PhraseMatch<CueEntry>> cues, int token)
    {
        int lo = 0, hi = cues.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (cues[mid].Start < token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public string Slice(int startToken, int endToken)
    {
        if (endToken <= startToken) return "";
        var slice = Text[Tokens[startToken].Start..Tokens[endToken - 1].End];
        // A name or title wrapped onto the next line is one phrase: its line break reads as a space.
        return slice.AsSpan().IndexOfAny('\n', '\r') < 0 ? slice : string.Join(' ', slice.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The index of the sentence holding token <paramref name="token"/>.</summary>
    public int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].End <= token) lo = mid + 1;
            else if (Sentences[mid].Start > token) hi = mid - 1;
            else return mid;
        }
        return Math.Clamp(lo, 0, Sentences.Count - 1);
    }

    /// <summary>The index of the first token starting at or after character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private bool InDate(int token)
    {
        // Dates are sorted and do not overlap: only the last one starting at or before the token can hold it.
        var before = DatesStartingIn(int.MinValue, Tokens[token].Start + 1);
        return before.Length > 0 && Tokens[token].End <= before[^1].Span.End;
    }

    private void Block(int start, int end)
    {
        for (var k = start; k < end; k++) Blocked[k] = true;
    }

    private void BlockChars(TextSpan span)
    {
        for (var k = TokenAt(span.Start); k < Tokens.Count && Tokens[k].Start < span.End; k++) Blocked[k] = true;
    }
}
