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
}
