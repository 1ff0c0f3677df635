using System.Diagnostics.CodeAnalysis;
using Attache.Model;
using Attache.Recognition;
using Attache.Recognition.Dates;
using Attache.Tokenization;

namespace Attache.Events;

/// <summary>Builds events from triggers and their arguments in the sentence and its neighbours.</summary>
internal static class EventAssembler
{
    public static List<Draft> Assemble(AnalyzedText a, DocumentContext ctx)
    {
        var main = EventParticipants.MainCountries(a);
        var drafts = new List<Draft>();
        PartialDate? previous = ctx.DatelineDate ?? (ctx.Reference?.IsComplete == true ? ctx.Reference : null);
        for (var si = 0; si < a.Sentences.Count; si++)
        {
            var s = a.Sentences[si];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var produced = drafts.Count;
            foreach (var (start, end, type, given) in EventTriggers.Prioritized(EventTriggers.TriggersIn(a, s)))
            {
                // "lors de la rencontre", "this visit", "At the talks": a noun with a definite or demonstrative determiner
                // refers to an occasion already reported.
                // A trigger that brings its own partner ("his talks with X", "l'entretien avec Y") is new information, and so is
                // a signing dated to a past month ("since the signing of the agreement in February 2022").
                var strength = given == "strong" && start > s.Start && a.Language.Anaphoric.Contains(a.Tokens[start - 1].Key) && !a.Tokens[start].Capitalized
                    && !Enumerable.Range(start, end - start).Any(k => a.Language.PartnerWords.Contains(a.Tokens[k].Key))
                    && !(type == EventType.Agreement && TriggerFilters.DatedInThePast(a, ctx, s, end)) ? "weak" : given;
                // "X a eu un entretien avec Y avant d'être reçu par Z": a sequence word between two strong triggers of one
                // group makes two occasions of one sentence.
                var second = strength == "strong" && seen.Contains(EventTriggers.Group(type, strength)) && drafts.Count > produced
                    && drafts[^1].Type == type && (TriggerFilters.SequenceBetween(a, drafts[^1].TriggerEnd, start) || TriggerFilters.OwnMonth(a, s, end, drafts[^1].Date));
                if (seen.Contains(EventTriggers.Group(type, strength)) && !second) continue;
                if (TriggerFilters.Blocked(a, s, start, end, strength is "mechanism" or "numbered")) continue;
                // "agreed to hold more joint exercises", "les exercices annuels": an aim or a habit, not an occurrence.
                // An agreement dated to a past month ("the memorandum signed in December 2023") is a past occurrence whatever aim
                // the clause around it states ("aims to implement", "sur la base de").
                if (EventTriggers.Family(type) != "consult" && strength is not ("mechanism" or "numbered") && a.HasCueWithin(s.Start, start, "intent", "habitual")
                    && !(type == EventType.Agreement && TriggerFilters.DatedInThePast(a, ctx, s, end))) continue;
                if (!TriggerFilters.DefenseScope(a, s)) continue;
                // A bare "exercise" is often domestic: it needs two countries in its sentence.
                if (type == EventType.Exercise && strength == "weak" && a.Countries.Where(m => m.Start >= s.Start && m.End <= s.End).Select(m => m.Value.Code).Distinct().Count() < 2) continue;
                if (strength == "weak" && !TriggerFilters.HasForeignContext(a, s) && !OnRecalledOccasion(a, s, si, drafts.Count > 0 ? drafts[^1] : null)) continue;
                // "closing ceremony", "s'est ouvert": a training event only when the sentence speaks of a course.
                if (strength == "course" && !TriggerFilters.HasCue(a, s, "course")) continue;
                // A ship's "goodwill visit" is its port call.
                if (type == EventType.Visit && strength == "weak" && drafts.Any(x => x.Type == EventType.PortCall && x.Status == EventStatus.Reported)) continue;
                // A weak consult word ("les deux parties ont discuté", "the visit") after a consult event refers back to it.
                if (strength == "weak" && EventTriggers.Family(type) == "consult"
                    && (drafts.FindLast(x => x.Type == type && x.Status == EventStatus.Reported)
                        ?? drafts.FindLast(x => EventTriggers.Family(x.Type) == "consult" && x.Status == EventStatus.Reported && (type == EventType.Visit || x.Type != EventType.Visit))) is { } earlier)
                {
                    if (!earlier.Sentences.Contains(si)) earlier.Sentences.Add(si);
                    seen.Add(EventTriggers.Group(type, strength));
                    continue;
                }
                // "The current visit seeks to …" with nothing before it to refer to: news only with a date, a place or a person of its own.
                if (strength == "weak" && !a.Dates.Any(dm => dm.Span.Start >= s.CharStart && dm.Span.End <= s.CharEnd)
                    && !a.Cities.Any(c => c.Start >= s.Start && c.End <= s.End) && !a.PersonMentions.Any(pm => pm.Start >= s.Start && pm.End <= s.End)
                    && !OnRecalledOccasion(a, s, si, drafts.Count > 0 ? drafts[^1] : null)) continue;
                // A mechanism named in passing ("ont maintenu le dialogue sur la défense") is not a session: it needs an edition, a date or a verb of holding.
                if (strength is "mechanism" or "numbered" && MechanismEditions.EditionBefore(a, start) is null && !TriggerFilters.HasCue(a, s, "occurred") && !a.Dates.Any(d => d.Span.Start >= s.CharStart && d.Span.End <= s.CharEnd)) continue;
                var d = Build(a, ctx, s, si, start, end, type, main, drafts.Count > 0 ? drafts[^1] : null, ref previous);
                if (d is null) continue;
                if (second)
                {
                    // Each occasion keeps the sentence's subject and the people of its own clause.
                    var first = drafts[^1];
                    var boundary = a.Tokens[start].Start;
                    var subject = a.PersonMentions.FirstOrDefault(pm => pm.Start >= s.Start && pm.End <= first.TriggerStart)?.PersonId;
                    first.People.RemoveAll(id => id != subject && !a.PersonMentions.Any(pm => pm.PersonId == id && pm.Start >= s.Start && a.Tokens[pm.Start].Start < boundary));
                    d.People.RemoveAll(id => id != subject && !a.PersonMentions.Any(pm => pm.PersonId == id && a.Tokens[pm.Start].Start >= boundary && pm.End <= s.End));
                }
                drafts.Add(d);
                seen.Add(EventTriggers.Group(type, strength));
            }
            // A sentence with no event still dates the narrative ("a présidé vendredi la cérémonie d'accueil"), unless it looks back.
            if (drafts.Count == produced)
            {
                foreach (var dm in a.Dates)
                {
                    if (dm.Span.Start < s.CharStart || dm.Span.End > s.CharEnd) continue;
                    var d = EventDates.Resolve(dm.Expression, ctx.Reference, previous, a);
                    if (d is { Day: not null } && !(ctx.Reference is { Year: int ry, Month: int rm } && d.Year is int y && d.Month is int m && y * 12 + m < ry * 12 + rm - 1))
                        previous = d;
                }
            }
        }
        var merged = DraftMerger.Merge(drafts);
        // A ship "arrives in" or "visits" a port: a visit with no one of its own beside a port call of its sentence is that call.
        merged.RemoveAll(v => v.Type == EventType.Visit && v.People.Count == 0
            && merged.Exists(p => p.Type == EventType.PortCall && p.Sentences.Exists(v.Sentences.Contains)));
        MechanismEditions.OrderEditions(merged);
        EventParticipants.BorrowParticipants(a, merged);
        EventPlaces.FillLocations(a, ctx, merged);
        EventDates.FillDates(a, ctx, merged);
        return merged;
    }

    /// <summary>True when the sentence speaks of the occasion the one before it recalled ("the signing … during this visit").</summary>
    private static bool OnRecalledOccasion(AnalyzedText a, Sentence s, int si, [NotNullWhen(true)] Draft? last) =>
        last is { Status: EventStatus.Background, Date: not null } && last.FirstSentence >= si - 1
        && (TriggerFilters.HasCue(a, s, "that-occasion") || TriggerFilters.HasCue(a, s, "during-stay"));

    private static Draft? Build(AnalyzedText a, DocumentContext ctx, Sentence s, int si, int start, int end, EventType type, List<string> main, Draft? last, ref PartialDate? previous)
    {
        // Date: the date of the sentence nearest the trigger ("a eu un entretien vendredi … qui a succédé en octobre").
        PartialDate? date = null;
        DateMention? chosen = null;
        var triggerChar = a.Tokens[start].Start;
        foreach (var dm in a.Dates.Where(dm => dm.Span.Start >= s.CharStart && dm.Span.End <= s.CharEnd).OrderBy(dm => Math.Abs(dm.Span.Start - triggerChar)))
        {
            // "depuis 1993", "since 2016", "by 2030": a bound of a period, not the day of the event; and what "has been
            // signed since 2010" is a tally, not an occurrence.
            if (TriggerFilters.BoundBefore(a, dm.Span.Start))
            {
                if (dm.Span.Start > triggerChar) return null;
                continue;
            }
            date = EventDates.Resolve(dm.Expression, ctx.Reference, previous, a);
            chosen = dm;
            if (date is not null) break;
        }
        var status = EventStatus.Reported;
        if (ctx.Reference is null && ctx.FallbackYear is int fy && date is not null)
        {
            // News comes in the dispatch's latest year; a month in an earlier year is background.
            if (date.Year is null && date.Month is not null) date = date with { Year = fy };
            else if (date.Year < fy && date.Month is null) return null;
            else if (date.Year < fy) status = EventStatus.Background;
        }
        if (date is { Year: int y } && ctx.Reference is { Year: int ry })
        {
            var months = date.Month is int m ? y * 12 + m : (int?)null;
            if (months is null && y < ry) return null; // an earlier event known only by its year is neither news nor background
            // With only a year to go by, an earlier year is background; with a month, more than a month before it is.
            if (months is int mm && (ctx.Reference.Month is int rm ? mm < ry * 12 + rm - 1 : y < ry)) status = EventStatus.Background;
        }
        foreach (var c in a.CuesNear(s.Start, s.End))
            if (c.Value.Kind == "past" && c.Start >= s.Start && c.End <= s.End && c.End > start - TriggerFilters.CueWindowBefore && c.Start < end + TriggerFilters.CueWindowAfter)
            {
                if (date?.Month is null) return null;
                status = EventStatus.Background;
            }

        // "en octobre dernier", "last March": a month looked back on is background, however recent.
        if (date?.Month is not null && chosen?.Expression.Direction == DateDirection.Last) status = EventStatus.Background;

        var people = new List<int>();
        foreach (var pm in a.PersonMentions)
            if (pm.Start >= s.Start && pm.End <= s.End && !people.Contains(pm.PersonId)) people.Add(pm.PersonId);
        // "X received Y, who is in Vietnam to attend the 2nd dialogue": when the sentence reports talks too, the session's
        // participant is the one named just before it, the guest who came for it.
        if (type == EventType.Dialogue && a.Triggers.Any(t => t.Value.Type == EventType.Meeting && t.Value.Strength == "strong" && t.Start >= s.Start && t.End <= start))
        {
            var guest = a.PersonMentions.LastOrDefault(pm => pm.Start >= s.Start && pm.End <= start);
            if (guest is not null) people = [guest.PersonId];
        }

        var countries = new List<string>();
        foreach (var p in people)
            if (a.People[p].Country is { } pc && !countries.Contains(pc)) countries.Add(pc);
        for (var k = s.Start; k < s.End; k++)
        {
            var c = a.CountryAt[k] ?? a.OrgCountryAt[k];
            if (c is not null && !countries.Contains(c)) countries.Add(c);
        }

        // Location: a city in the sentence, else a country the event is "in"/"to", else the dateline for news.
        var location = EventPlaces.LocationIn(a, s);
        // A place in a territory (Nouméa) makes its sovereign (France) the party.
        if (location?.Country is { } lc0 && a.Language.Sovereigns.GetValueOrDefault(lc0, lc0) is var lc && !countries.Contains(lc) && countries.Count < 2) countries.Add(lc);
        // A port call is between the visiting navy, named first ("un task group japonais … quelques jours après l'escale de deux
        // bâtiments américains"), and the country of the port.
        if (type == EventType.PortCall && location?.Country is { } port0 && a.Language.Sovereigns.GetValueOrDefault(port0, port0) is var port
            && countries.FirstOrDefault(c => c != port) is { } flag)
            countries = [flag, port];
        foreach (var mc in main)
        {
            if (countries.Count >= 2) break;
            if (!countries.Contains(mc)) countries.Add(mc);
        }
        // The dateline's country is where the news happens: a party when the sentence names only the other one.
        if (countries.Count < 2 && ctx.DatelineCountry is { } dc0 && a.Language.Sovereigns.GetValueOrDefault(dc0, dc0) is var dc && !countries.Contains(dc)) countries.Add(dc);
        if (countries.Count < 2) return null;
        // A third country named in passing ("coincided with a visit by the Chinese minister") is not a party.
        if (countries.Count > 2 && main.Count == 2 && main.All(countries.Contains)) countries = [.. main];

        Mechanism? mechanism = null;
        foreach (var m in a.Mechanisms)
        {
            // The session named in the sentence (talks "on its sidelines" were left out with the triggers).
            if (m.Start < s.Start || m.End > s.End || m.Value.Type != type) continue;
            var nameEnd = m.End;
            // "… Vietnam - Russie", "… Vietnam-Japon": the pair belongs to the name.
            while (nameEnd < s.End && (a.CountryAt[nameEnd] is not null || (a.Tokens[nameEnd].Key == "-" && nameEnd + 1 < s.End && a.CountryAt[nameEnd + 1] is not null))) nameEnd++;
            mechanism = new Mechanism(a.Slice(m.Start, nameEnd), MechanismEditions.EditionBefore(a, m.Start) ?? MechanismEditions.EditionAfter(a, nameEnd, s.End));
            break;
        }
        // «African Lion», "Maritime Interaction": an exercise is known by the quoted name the sentence gives it.
        if (mechanism is null && type == EventType.Exercise && MechanismEditions.QuotedName(a, s) is { } quoted)
            mechanism = new Mechanism(quoted, MechanismEditions.EditionBefore(a, start) ?? MechanismEditions.EditionAfter(a, end, s.End));
        // "La 21e édition de l'exercice naval bilatéral": an exercise numbered by its editions.
        if (mechanism is null && type == EventType.Exercise && (MechanismEditions.EditionBefore(a, start) ?? MechanismEditions.EditionAfter(a, end, s.End)) is int exerciseEdition)
            mechanism = new Mechanism(a.Slice(start, end), exerciseEdition);

        // "La visite de X en septembre 2021 … En particulier, les deux pays ont signé un accord": with no date of its own, what
        // the sentence after a recalled occasion says happened "on that occasion" belongs to it.
        if (status == EventStatus.Reported && date is null && OnRecalledOccasion(a, s, si, last))
            (date, status, location) = (last.Date, EventStatus.Background, location ?? last.Location);
        // News with no date of its own happened on the occasion just reported, else when the dispatch is dated; but what
        // happened "during the stay" may be any of its days.
        if (status == EventStatus.Reported && date is null && !TriggerFilters.HasCue(a, s, "during-stay")) date = previous ?? (ctx.Reference?.Month is not null ? ctx.Reference : null);
        if (status == EventStatus.Reported && date is not null) previous = date;
        return new Draft(type, status, date, location, countries, people, mechanism, si, [si], start, end);
    }
}
