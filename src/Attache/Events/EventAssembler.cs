using Attache.Languages;
using Attache.Model;
using Attache.Recognition;
using Attache.Recognition.Dates;
using Attache.Recognition.Entities;
using Attache.Tokenization;

namespace Attache.Events;

/// <summary>What the assembler knows of a document beyond its sentences: reference date and dateline.</summary>
/// <param name="Reference">Publication or header date that anchors date resolution.</param>
/// <param name="DatelineCity">The dateline's city, when it names one.</param>
/// <param name="DatelineCountry">The dateline's country (of its city, or the country it names).</param>
/// <param name="DatelineDate">The dateline's date, resolved.</param>
internal sealed record DocumentContext(PartialDate? Reference, string? DatelineCity, string? DatelineCountry, PartialDate? DatelineDate);

/// <summary>Builds events from triggers and their arguments in the sentence and its neighbours.</summary>
internal static class EventAssembler
{
    private const int CueWindowBefore = 8;
    private const int CueWindowAfter = 4;

    public static List<Draft> Assemble(AnalyzedText a, DocumentContext ctx)
    {
        var main = MainCountries(a);
        var drafts = new List<Draft>();
        PartialDate? previous = ctx.DatelineDate ?? (ctx.Reference?.IsComplete == true ? ctx.Reference : null);
        for (var si = 0; si < a.Sentences.Count; si++)
        {
            var s = a.Sentences[si];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (start, end, type, strength) in Prioritized(TriggersIn(a, s)))
            {
                if (seen.Contains(Group(type))) continue;
                if (Blocked(a, s, start, end)) continue;
                // "agreed to hold more joint exercises", "les exercices annuels": an aim or a habit, not an occurrence.
                if (Family(type) != "consult" && strength != "mechanism" && a.Cues.Any(c => c.Value.Kind is "intent" or "habitual" && c.Start >= s.Start && c.End <= start)) continue;
                if (!DefenseScope(a, s)) continue;
                // A bare "exercise" is often domestic: it needs two countries in its sentence.
                if (type == EventType.Exercise && strength == "weak" && a.Countries.Where(m => m.Start >= s.Start && m.End <= s.End).Select(m => m.Value.Code).Distinct().Count() < 2) continue;
                if (strength == "weak" && !HasForeignContext(a, s)) continue;
                // A weak consult word ("les deux parties ont discuté", "the visit") after a consult event refers back to it.
                if (strength == "weak" && Family(type) == "consult"
                    && (drafts.FindLast(x => x.Type == type && x.Status == EventStatus.Reported) ?? drafts.FindLast(x => Family(x.Type) == "consult" && x.Status == EventStatus.Reported)) is { } earlier)
                {
                    if (!earlier.Sentences.Contains(si)) earlier.Sentences.Add(si);
                    seen.Add(Group(type));
                    continue;
                }
                // A mechanism named in passing ("ont maintenu le dialogue sur la défense") is not a session: it needs an edition, a date or a verb of holding.
                if (strength == "mechanism" && EditionBefore(a, start) is null && !HasCue(a, s, "occurred") && !a.Dates.Any(d => d.Span.Start >= s.CharStart && d.Span.End <= s.CharEnd)) continue;
                var d = Build(a, ctx, s, si, start, end, type, main, ref previous);
                if (d is null) continue;
                drafts.Add(d);
                seen.Add(Group(type));
            }
        }
        var merged = Merge(drafts);
        BorrowParticipants(a, merged);
        FillLocations(a, ctx, merged);
        return merged;
    }

    /// <summary>
    /// A headline or an opening clause often names the event and the next sentence its people ("Le ministre reçoit son
    /// homologue" … "Phan Van Giang a reçu X"): talks take titled people from the two sentences that follow, a visit its visitor.
    /// </summary>
    private static void BorrowParticipants(AnalyzedText a, List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Status != EventStatus.Reported) continue;
            var want = d.Type is EventType.Meeting or EventType.Dialogue or EventType.PhoneCall ? 2 : d.Type == EventType.Visit ? 1 : 0;
            if (d.People.Count >= want) continue;
            var next = drafts.Where(o => o.Status == EventStatus.Reported && o.FirstSentence > d.FirstSentence).Select(o => o.FirstSentence).DefaultIfEmpty(a.Sentences.Count).Min();
            var last = Math.Min(next, Math.Min(a.Sentences.Count, d.FirstSentence + 3));
            for (var si = d.FirstSentence + 1; si < last && d.People.Count < want; si++)
            {
                var s = a.Sentences[si];
                foreach (var pm in a.PersonMentions)
                {
                    if (pm.Start < s.Start || pm.End > s.End || d.People.Contains(pm.PersonId)) continue;
                    var p = a.People[pm.PersonId];
                    if (p.Title is null || (p.Country is { } c && !d.Countries.Contains(c))) continue;
                    if (d.Type == EventType.Visit && p.Country is not null && p.Country == d.Location?.Country) continue;
                    d.People.Add(pm.PersonId);
                    if (d.People.Count >= want) break;
                }
            }
        }
    }

    private static List<(int Start, int End, EventType Type, string Strength)> TriggersIn(AnalyzedText a, Sentence s)
    {
        var list = new List<(int, int, EventType, string)>();
        foreach (var m in a.Mechanisms)
            if (m.Start >= s.Start && m.End <= s.End) list.Add((m.Start, m.End, m.Value.Type, "mechanism"));
        foreach (var m in a.Triggers)
            if (m.Start >= s.Start && m.End <= s.End) list.Add((m.Start, m.End, m.Value.Type, m.Value.Strength));
        list.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        return list;
    }

    /// <summary>The scorer's and the analyst's families: one event of each family per sentence at most.</summary>
    private static string Family(EventType type) => type switch
    {
        EventType.Dialogue or EventType.Meeting or EventType.Visit or EventType.PhoneCall => "consult",
        EventType.Agreement => "agree",
        _ => "cooperate",
    };

    /// <summary>A visit is reported beside the talks held during it; other consult types exclude each other in one sentence.</summary>
    private static string Group(EventType type) => type == EventType.Visit ? "visit" : Family(type);

    /// <summary>Strong triggers before weak ones; among equals, the earliest in the sentence (usually the main verb).</summary>
    private static IEnumerable<(int Start, int End, EventType Type, string Strength)> Prioritized(List<(int Start, int End, EventType Type, string Strength)> triggers) =>
        triggers.OrderBy(t => t.Strength == "weak" ? 1 : 0).ThenBy(t => t.Start);

    /// <summary>Future, proposed, hypothetical and negated events are left out; so are earlier ones the text marks as such.</summary>
    private static bool Blocked(AnalyzedText a, Sentence s, int start, int end)
    {
        foreach (var c in a.Cues)
        {
            if (c.Value.Kind is not ("future" or "proposal" or "negation" or "hypothetical" or "habitual")) continue;
            if (c.End <= s.Start || c.Start >= s.End) continue;
            if (c.End > start - CueWindowBefore && c.Start < end + CueWindowAfter) return true;
        }
        return false;
    }

    private static bool HasCue(AnalyzedText a, Sentence s, string kind)
    {
        foreach (var c in a.Cues)
            if (c.Value.Kind == kind && c.Start >= s.Start && c.End <= s.End) return true;
        return false;
    }

    private static bool DefenseScope(AnalyzedText a, Sentence s)
    {
        foreach (var c in a.Cues)
            if (c.Value.Kind == "defense" && c.Start >= s.Start && c.End <= s.End) return true;
        for (var k = s.Start; k < s.End; k++)
            if (a.DefenseAt[k]) return true;
        foreach (var pm in a.PersonMentions)
            if (pm.Start >= s.Start && pm.End <= s.End && a.People[pm.PersonId].Defense) return true;
        return false;
    }

    private static bool HasForeignContext(AnalyzedText a, Sentence s)
    {
        for (var k = s.Start; k < s.End; k++)
            if (a.CountryAt[k] is not null || a.OrgCountryAt[k] is not null) return true;
        foreach (var c in a.Cues)
            if (c.Value.Kind == "both-sides" && c.Start >= s.Start && c.End <= s.End) return true;
        foreach (var pm in a.PersonMentions)
            if (pm.Start >= s.Start && pm.End <= s.End) return true;
        return false;
    }

    private static Draft? Build(AnalyzedText a, DocumentContext ctx, Sentence s, int si, int start, int end, EventType type, List<string> main, ref PartialDate? previous)
    {
        // Date: the first date of the sentence that resolves.
        PartialDate? date = null;
        foreach (var dm in a.Dates)
        {
            if (dm.Span.Start < s.CharStart || dm.Span.End > s.CharEnd) continue;
            date = DateResolver.Resolve(dm.Expression, new DateContext(ctx.Reference, previous));
            if (date is not null) break;
        }
        var status = EventStatus.Reported;
        if (date is { Year: int y } && ctx.Reference is { Year: int ry })
        {
            var months = date.Month is int m ? y * 12 + m : (int?)null;
            var refMonths = ctx.Reference.Month is int rm ? ry * 12 + rm : ry * 12 + 12;
            if (months is null && y < ry) return null; // an earlier event known only by its year is neither news nor background
            if (months is int mm && mm < refMonths - 1) status = EventStatus.Background;
        }
        foreach (var c in a.Cues)
            if (c.Value.Kind == "past" && c.Start >= s.Start && c.End <= s.End && c.End > start - CueWindowBefore && c.Start < end + CueWindowAfter)
            {
                if (date?.Month is null) return null;
                status = EventStatus.Background;
            }

        var people = new List<int>();
        foreach (var pm in a.PersonMentions)
            if (pm.Start >= s.Start && pm.End <= s.End && !people.Contains(pm.PersonId)) people.Add(pm.PersonId);

        var countries = new List<string>();
        foreach (var p in people)
            if (a.People[p].Country is { } pc && !countries.Contains(pc)) countries.Add(pc);
        for (var k = s.Start; k < s.End; k++)
        {
            var c = a.CountryAt[k] ?? a.OrgCountryAt[k];
            if (c is not null && !countries.Contains(c)) countries.Add(c);
        }

        // Location: a city in the sentence, else a country the event is "in"/"to", else the dateline for news.
        var location = LocationIn(a, s);
        if (location?.Country is { } lc && !countries.Contains(lc) && countries.Count < 2) countries.Add(lc);
        foreach (var mc in main)
        {
            if (countries.Count >= 2) break;
            if (!countries.Contains(mc)) countries.Add(mc);
        }
        if (countries.Count < 2) return null;
        // A third country named in passing ("coincided with a visit by the Chinese minister") is not a party.
        if (countries.Count > 2 && main.Count == 2 && main.All(countries.Contains)) countries = [.. main];

        Mechanism? mechanism = null;
        foreach (var m in a.Mechanisms)
        {
            if (m.Start < s.Start || m.End > s.End) continue;
            var nameEnd = m.End;
            // "… Vietnam - Russie", "… Vietnam-Japon": the pair belongs to the name.
            while (nameEnd < s.End && (a.CountryAt[nameEnd] is not null || (a.Tokens[nameEnd].Key == "-" && nameEnd + 1 < s.End && a.CountryAt[nameEnd + 1] is not null))) nameEnd++;
            mechanism = new Mechanism(a.Slice(m.Start, nameEnd), EditionBefore(a, m.Start));
            break;
        }

        if (status == EventStatus.Reported && date is not null) previous = date;
        return new Draft(type, status, date, location, countries, people, mechanism, si, [si]);
    }

    /// <summary>
    /// The place a sentence gives: a city after "à"/"in"/"at" first, then any city that is not also a country (city-states
    /// named as parties are not places), then a country after "au"/"in" ("en visite au Japon").
    /// </summary>
    private static Location? LocationIn(AnalyzedText a, Sentence s)
    {
        PhraseMatch<CityEntry>? plain = null;
        foreach (var cm in a.Cities)
        {
            if (cm.Start < s.Start || cm.End > s.End) continue;
            if (cm.Start > s.Start && IsInCue(a, cm.Start - 1)) return new Location(cm.Value.City, cm.Value.Country);
            if (plain is null && a.CountryAt[cm.Start] is null) plain = cm;
        }
        if (plain is { } p) return new Location(p.Value.City, p.Value.Country);
        foreach (var c in a.Cues)
        {
            if (c.Value.Kind != "in-country" || c.Start < s.Start || c.End >= s.End) continue;
            if (a.CountryAt[c.End] is { } code && a.Countries.Any(m => m.Start == c.End && m.Value.Form == CountryForm.Name))
                return new Location(null, code);
        }
        return null;
    }

    private static bool IsInCue(AnalyzedText a, int token)
    {
        foreach (var c in a.Cues)
            if (c.End == token + 1 && c.Value.Kind == "in-country") return true;
        return false;
    }

    /// <summary>
    /// An event whose sentence names no place takes one from the sentences it owns, else the country a visit in the
    /// dispatch goes to, else the dateline, else the first place the opening sentences give.
    /// </summary>
    private static void FillLocations(AnalyzedText a, DocumentContext ctx, List<Draft> drafts)
    {
        var visitCountry = drafts.FirstOrDefault(d => d.Type == EventType.Visit && d.Status == EventStatus.Reported && d.Location?.Country is not null)?.Location?.Country;
        Location? opening = null;
        for (var si = 0; si < Math.Min(3, a.Sentences.Count) && opening is null; si++) opening = LocationIn(a, a.Sentences[si]);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Location is not null || d.Status != EventStatus.Reported) continue;
            Location? found = null;
            var next = drafts.Where(o => o.Status == EventStatus.Reported && o.FirstSentence > d.FirstSentence).Select(o => o.FirstSentence).DefaultIfEmpty(a.Sentences.Count).Min();
            for (var si = d.FirstSentence + 1; si < Math.Min(next, d.FirstSentence + 3) && found is null; si++) found = LocationIn(a, a.Sentences[si]);
            if (found is null && visitCountry is not null && visitCountry != ctx.DatelineCountry && d.Countries.Contains(visitCountry)) found = new Location(null, visitCountry);
            if (found is null && (ctx.DatelineCity is not null || ctx.DatelineCountry is not null)) found = new Location(ctx.DatelineCity, ctx.DatelineCountry);
            found ??= opening;
            if (found?.Country is { } c && !d.Countries.Contains(c)) found = null;
            drafts[i] = d with { Location = found };
        }
    }

    private static int? EditionBefore(AnalyzedText a, int mechanismStart)
    {
        if (mechanismStart == 0) return null;
        var before = a.Tokens[mechanismStart - 1];
        foreach (var o in a.Ordinals)
            if (o.Span.End <= before.End && o.Span.End >= before.End - 1 && o.Span.Start >= a.Tokens[Math.Max(0, mechanismStart - 3)].Start) return o.Value;
        return null;
    }

    /// <summary>The document's main parties: the most mentioned countries, the opening sentences counting more.</summary>
    private static List<string> MainCountries(AnalyzedText a)
    {
        var score = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var opening = a.Sentences.Count > 2 ? a.Sentences[2].Start : a.Tokens.Count;
        foreach (var m in a.Countries)
        {
            var w = m.Start < opening ? 3 : 1;
            score[m.Value.Code] = score.GetValueOrDefault(m.Value.Code) + w;
            first.TryAdd(m.Value.Code, m.Start);
        }
        foreach (var p in a.People)
            if (p.Country is { } c) { score[c] = score.GetValueOrDefault(c) + 2; first.TryAdd(c, int.MaxValue); }
        return score.OrderByDescending(kv => kv.Value).ThenBy(kv => first[kv.Key]).Select(kv => kv.Key).Take(2).ToList();
    }

    private static List<Draft> Merge(List<Draft> drafts)
    {
        var result = new List<Draft>();
        foreach (var d in drafts)
        {
            var target = result.FindIndex(r => SameOccurrence(r, d));
            if (target < 0) { result.Add(d); continue; }
            var r = result[target];
            result[target] = r with
            {
                Date = r.Date ?? d.Date,
                Location = r.Location?.City is null && d.Location?.City is not null ? d.Location : r.Location ?? d.Location,
                People = r.People.Union(d.People).ToList(),
                Mechanism = r.Mechanism is null ? d.Mechanism : r.Mechanism.Edition is null && d.Mechanism?.Edition is not null ? d.Mechanism : r.Mechanism,
                Sentences = r.Sentences.Union(d.Sentences).ToList(),
            };
        }
        return result;
    }

    private static bool SameOccurrence(Draft a, Draft b)
    {
        if (a.Type != b.Type || a.Status != b.Status) return false;
        if (!a.Countries.Order().SequenceEqual(b.Countries.Order())) return false;
        if (a.Date is not null && b.Date is not null && a.Date != b.Date) return false;
        if (a.Mechanism?.Edition is int ea && b.Mechanism?.Edition is int eb && ea != eb) return false;
        if (a.People.Count == 0 || b.People.Count == 0) return true;
        return a.People.All(b.People.Contains) || b.People.All(a.People.Contains);
    }
}

/// <summary>An event under construction: typed arguments plus the sentences that mention it.</summary>
internal sealed record Draft(
    EventType Type,
    EventStatus Status,
    PartialDate? Date,
    Location? Location,
    List<string> Countries,
    List<int> People,
    Mechanism? Mechanism,
    int FirstSentence,
    List<int> Sentences);
