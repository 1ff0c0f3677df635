using Attache.Model;
using Attache.Recognition;

namespace Attache.Events;

/// <summary>Who takes part: the document's main countries, and people borrowed from the sentences after an event.</summary>
internal static class EventParticipants
{
    /// <summary>The document's main parties: the most mentioned countries, the opening sentences counting more.</summary>
    internal static List<string> MainCountries(AnalyzedText a)
    {
        var score = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var opening = a.Sentences.Count > 2 ? a.Sentences[2].Start : a.Tokens.Count;
        foreach (var m in a.Countries)
        {
            // "… expand defence ties amid growing fear of China's presence": a country of the circumstances is no party.
            if (InCircumstance(a, m.Start)) continue;
            var w = m.Start < opening ? 3 : 1;
            // A territory (Nouvelle-Calédonie) counts for its sovereign, as its forces act for it.
            var code = a.Language.Sovereigns.GetValueOrDefault(m.Value.Code, m.Value.Code);
            score[code] = score.GetValueOrDefault(code) + w;
            first.TryAdd(code, m.Start);
        }
        foreach (var p in a.People)
            if (p.Country is { } c) { score[c] = score.GetValueOrDefault(c) + 2; first.TryAdd(c, int.MaxValue); }
        return score.OrderByDescending(kv => kv.Value).ThenBy(kv => first[kv.Key]).Select(kv => kv.Key).Take(2).ToList();
    }

    /// <summary>True when a circumstance cue ("amid", "sur fond de") stands before <paramref name="k"/> in its sentence with no punctuation between.</summary>
    internal static bool InCircumstance(AnalyzedText a, int k)
    {
        var s = a.Sentences[a.SentenceOf(k)];
        foreach (var cue in a.CuesNear(s.Start, k))
        {
            if (cue.Value.Kind != "circumstance" || cue.End > k || cue.Start < s.Start) continue;
            var open = true;
            for (var j = cue.End; j < k && open; j++) open = a.Tokens[j].Key is not ("," or ";" or ":" or "-" or "–" or "—" or "(" or ")");
            if (open) return true;
        }
        return false;
    }

    /// <summary>
    /// A headline or an opening clause often names the event and the next sentence its people ("Le ministre reçoit son
    /// homologue" … "Phan Van Giang a reçu X"): talks take titled people from the two sentences that follow, a visit its visitor.
    /// </summary>
    internal static void BorrowParticipants(AnalyzedText a, List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Status != EventStatus.Reported) continue;
            var want = d.Type is EventType.Meeting or EventType.Dialogue or EventType.PhoneCall ? 2 : d.Type == EventType.Visit ? 1 : 0;
            if (d.People.Count >= want) continue;
            // "la délégation a visité la base": the visitor is the guest named before, not the host.
            if (d.Type == EventType.Visit)
            {
                var sentenceStart = a.Sentences[d.FirstSentence].Start;
                var guest = a.PersonMentions.Where(pm => pm.End <= sentenceStart).Select(pm => a.People[pm.PersonId])
                    .LastOrDefault(p => p.Title is not null && p.Country is { } c && d.Countries.Contains(c) && c != d.Location?.Country);
                if (guest is not null) { d.People.Add(guest.Id); continue; }
            }
            var next = Draft.NextReported(drafts, d, a.Sentences.Count);
            // The next event's own sentence may still name this one's people ("X a félicité Y, venu pour le 7e dialogue").
            var last = Math.Min(next + 1, Math.Min(a.Sentences.Count, d.FirstSentence + 3));
            for (var si = d.FirstSentence + 1; si < last && d.People.Count < want; si++)
            {
                var s = a.Sentences[si];
                foreach (var pm in a.MentionsStartingIn(s.Start, s.End))
                {
                    if (pm.Start < s.Start || pm.End > s.End || d.People.Contains(pm.PersonId)) continue;
                    var p = a.People[pm.PersonId];
                    if ((p.Title is null && p.Country is null) || (p.Country is { } c && !d.Countries.Contains(c))) continue;
                    if (d.Type == EventType.Visit && p.Country is not null && p.Country == d.Location?.Country) continue;
                    d.People.Add(pm.PersonId);
                    if (d.People.Count >= want) break;
                }
            }
        }
    }

    /// <summary>
    /// The people a sentence names by title alone ("the Defence Secretary", "le vice-ministre japonais"): each such title
    /// is matched to the one person named before the sentence whose title has all its words and whose country agrees.
    /// </summary>
    internal static List<int> TitleReferents(AnalyzedText a, Tokenization.Sentence s)
    {
        var found = new List<int>();
        HashSet<int>? earlier = null;
        var k = s.Start;
        while (k < s.End)
        {
            if (!a.TitleAt[k]) { k++; continue; }
            var (start, end) = (k, k);
            // The phrase runs over title words and country words, and over small words only on the way to more of them.
            while (end < s.End && (a.TitleAt[end] || a.CountryAt[end] is not null || InTitlePhrase(a, end) && end + 1 < s.End && InTitlePhrase(a, end + 1))) end++;
            while (end > start + 1 && !a.TitleAt[end - 1] && a.CountryAt[end - 1] is null) end--;
            k = end;
            var words = new HashSet<string>(StringComparer.Ordinal);
            string? country = null;
            for (var t = start; t < end; t++)
            {
                if (a.TitleAt[t] && a.Tokens[t].IsWord) words.Add(a.Tokens[t].Key);
                country ??= a.CountryAt[t];
            }
            // A title that leads to a name, or follows one, is that name's.
            if (NameFollows(a, s, end, country) || start > s.Start && (MentionEndsAt(a, start) || a.Tokens[start - 1].Key == "," && MentionEndsAt(a, start - 1)))
                continue;
            if (words.Count == 0) continue;
            earlier ??= NamedBefore(a, s.Start);
            var candidates = a.People.Where(p => p.Title is not null && (country is null || p.Country is null || p.Country == country)
                    && earlier.Contains(p.Id) && words.IsSubsetOf(TitleWords(p.Title)))
                .Select(p => p.Id).Distinct().ToList();
            if (candidates is [var only] && !found.Contains(only)) found.Add(only);
        }
        return found;
    }

    private static bool InTitlePhrase(AnalyzedText a, int k)
    {
        var t = a.Tokens[k];
        return a.TitleAt[k] || a.CountryAt[k] is not null || t.IsWord && !t.Capitalized && !a.Language.Conjunctions.Contains(t.Key) || t.Key is "'" or "-";
    }

    /// <summary>A name within a few words after a title ("ministre japonais de la Défense, Mori Kazuo") is the title's.</summary>
    private static bool NameFollows(AnalyzedText a, Tokenization.Sentence s, int end, string? country)
    {
        for (var k = end; k < Math.Min(s.End, end + 6); k++)
        {
            // "en l'honneur du ministre français, le général Phan Van Giang": a name of another country is not the title's.
            foreach (var pm in a.MentionsStartingIn(k, k + 1))
                if (pm.Start == k) return country is null || a.People[pm.PersonId].Country is not { } other || other == country;
            var t = a.Tokens[k];
            if (a.TriggerAt[k] || t.IsWord && a.Language.Conjunctions.Contains(t.Key) || t.Kind == Tokenization.TokenKind.Punctuation && t.Key is not "," and not "'" and not "-") return false;
        }
        return false;
    }

    // Bounded lookups: a scan of every mention per title would make long documents cost quadratic time.
    private const int LongestName = 16;

    private static bool MentionEndsAt(AnalyzedText a, int k)
    {
        foreach (var pm in a.MentionsStartingIn(k - LongestName, k))
            if (pm.End == k) return true;
        return false;
    }

    private static HashSet<int> NamedBefore(AnalyzedText a, int start)
    {
        var ids = new HashSet<int>();
        foreach (var pm in a.MentionsStartingIn(int.MinValue, start))
            if (pm.End <= start) ids.Add(pm.PersonId);
        return ids;
    }

    private static HashSet<string> TitleWords(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var letter = i < title.Length && char.IsLetterOrDigit(title[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(Tokenization.TextFolding.Fold(title.AsSpan(start, i - start)));
                start = -1;
            }
        }
        return words;
    }
}
