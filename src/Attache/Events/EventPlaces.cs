using Attache.Languages;
using Attache.Model;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Events;

/// <summary>Finds where events happen: the sentence's place, else one its neighbours or the dateline give.</summary>
internal static class EventPlaces
{
    /// <summary>
    /// The place a sentence gives: a city after "à"/"in"/"at" first, then any city that is not also a country (city-states
    /// named as parties are not places), then a country after "au"/"in" ("en visite au Japon").
    /// </summary>
    internal static Location? LocationIn(AnalyzedText a, Sentence s, int? triggerEnd = null, bool atSea = false)
    {
        PhraseMatch<CityEntry>? plain = null;
        // "Alors que le groupe français est à Hô Chi Minh-Ville, un groupe russe est entré en rade de Cam Ranh": a city
        // right after the trigger ("arrived in", "docked at", "en rade de") is the trigger's own place.
        if (triggerEnd is int te)
            foreach (var cm in AnalyzedText.StartingIn(a.Cities, te, Math.Min(s.End, te + TriggerComplement)))
                if (cm.Start >= te && cm.End <= s.End && a.CountryAt[cm.Start] is null && OnlySmallWordsBetween(a, te, cm.Start))
                    return new Location(cm.Value.City, cm.Value.Country);
        // "X is in Japan on an official visit, and will attend a forum in Osaka": a clause coordinated after the trigger has
        // places of its own.
        var end = triggerEnd is int te2 ? Filters.TriggerFilters.CoordinationAfter(a, te2, s.End) : s.End;
        if (end < s.End && !ClauseFrom(a, end, s.End)) end = s.End;
        // "a joint patrol in the Gulf of Tonkin", "un exercice en mer d'Arabie": at sea, with no town named in the clause, the
        // event is in no town and no country, and the dateline's is not its place.
        if (triggerEnd is int te3 && atSea && SeaAfter(a, te3, end) is not null && !CityWithPlaceWord(a, te3, end)) return AtSea;
        foreach (var cm in AnalyzedText.StartingIn(a.Cities, s.Start, end))
        {
            if (cm.Start < s.Start || cm.End > end) continue;
            if (cm.Start > s.Start && a.PlaceWordBefore(cm.Start)) return new Location(cm.Value.City, cm.Value.Country);
            if (plain is null && a.CountryAt[cm.Start] is null) plain = cm;
        }
        if (plain is { } p) return new Location(p.Value.City, p.Value.Country);
        foreach (var c in a.CuesNear(s.Start, s.End))
        {
            if (c.Value.Kind != "in-country" || c.Start < s.Start || c.End >= s.End) continue;
            // "to the UK", "aux États-Unis": a determiner may come between.
            var k = c.End + 1 < s.End && a.Language.Determiners.Contains(a.Tokens[c.End].Key) ? c.End + 1 : c.End;
            if (a.CountryAt[k] is { } code && CountryNameAt(a, k))
                return new Location(null, code);
        }
        return null;
    }

    private const int TriggerComplement = 4;

    /// <summary>The place of an event at sea: no town and no country (written out as no location).</summary>
    internal static readonly Location AtSea = new(null, null);

    private const int SeaNameWords = 4;

    /// <summary>The token where a sea, strait or gulf that a preposition puts the event in starts ("in the South China Sea",
    /// "over the Baltic Sea", "dans le golfe du Tonkin"), or null.</summary>
    private static int? SeaAfter(AnalyzedText a, int from, int to)
    {
        foreach (var c in a.CuesNear(from, to))
        {
            if (c.Value.Kind != "sea" || c.Start < from || c.End > to) continue;
            // "the Sea Breeze exercise": a sea word before a capitalised name is part of a name; "Strait of Malacca" is not.
            if (c.End < a.Tokens.Count && a.Tokens[c.End].Capitalized && !a.Language.NameParticles.Contains(a.Tokens[c.End - 1].Key) && a.Tokens[c.End - 1].Key is not ("of" or "de" or "du" or "d")) continue;
            // "in the waters around Haiphong", "off northern Norway": waters near a place are that place's.
            if (NearPlaceAfter(a, c.End, to)) continue;
            // Back over the sea's name and its article to the preposition: "in | the South China | Sea".
            for (var k = c.Start; k >= Math.Max(from, c.Start - SeaNameWords); k--)
            {
                foreach (var p in a.CuesNear(Math.Max(0, k - 3), k))
                    if (p.Value.Kind is "sea-preposition" or "in-country" && p.End == k) return c.Start;
                if (k > from && !(a.Tokens[k - 1].Capitalized || a.Language.Determiners.Contains(a.Tokens[k - 1].Key))) break;
            }
        }
        return null;
    }

    private const int NearPlaceGap = 3;

    /// <summary>The first place the opening sentences give, skipping those about another occasion than the event.</summary>
    private static Location? Opening(AnalyzedText a, Draft d)
    {
        for (var si = 0; si < Math.Min(3, a.Sentences.Count); si++)
            if (!AnotherOccasion(a, a.Sentences[si], d) && LocationIn(a, a.Sentences[si]) is { } l) return l;
        return null;
    }

    /// <summary>True when a sentence speaks of a later occasion (a future cue) or of an earlier year than the event's.</summary>
    private static bool AnotherOccasion(AnalyzedText a, Sentence s, Draft d)
    {
        foreach (var c in a.CuesNear(s.Start, s.End))
            if (c.Start >= s.Start && c.End <= s.End && c.Value.Kind == "future") return true;
        if (d.Date?.Year is not int year) return false;
        foreach (var dm in a.DatesStartingIn(s.CharStart, s.CharEnd))
            if (dm.Expression.Year < year) return true;
        return false;
    }

    private static bool NearPlaceAfter(AnalyzedText a, int from, int to)
    {
        foreach (var c in a.CuesNear(from, Math.Min(to, from + NearPlaceGap)))
            if (c.Value.Kind == "near-place" && c.Start >= from && c.Start <= from + NearPlaceGap) return true;
        return false;
    }

    private static bool CityWithPlaceWord(AnalyzedText a, int from, int to)
    {
        foreach (var cm in AnalyzedText.StartingIn(a.Cities, from, to))
            if (cm.Start >= from && cm.End <= to && a.PlaceWordBefore(cm.Start)) return true;
        return false;
    }

    /// <summary>A clause, not a list, follows <paramref name="from"/>: a trigger or a tense cue comes in its first few words ("and will attend").</summary>
    private static bool ClauseFrom(AnalyzedText a, int from, int to)
    {
        var limit = Math.Min(to, from + 5);
        for (var k = from; k < limit; k++)
            if (a.TriggerAt[k]) return true;
        foreach (var c in a.CuesNear(from, limit))
            if (c.Start >= from && c.Start < limit && c.Value.Kind is "future" or "past" or "hypothetical") return true;
        return false;
    }

    private static bool OnlySmallWordsBetween(AnalyzedText a, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!a.Tokens[k].IsWord || a.Tokens[k].Capitalized) return false;
        return true;
    }

    private static bool CountryNameAt(AnalyzedText a, int token)
    {
        foreach (var m in AnalyzedText.StartingIn(a.Countries, token, token + 1))
            if (m.Start == token && m.Value.Form == CountryForm.Name) return true;
        return false;
    }


    /// <summary>
    /// An event whose sentence names no place takes one from the sentences it owns, else the country a visit in the
    /// dispatch goes to, else the dateline, else the first place the opening sentences give.
    /// </summary>
    internal static void FillLocations(AnalyzedText a, DocumentContext ctx, List<Draft> drafts)
    {
        // What happens during a visit happens where the visit is, in its city when the visit names one.
        var visitPlace = drafts.FirstOrDefault(d => d.Type == EventType.Visit && d.Status == EventStatus.Reported && d.Location?.Country is not null)?.Location;
        var visitCountry = visitPlace?.Country;
        Location? anywhere = null;
        // Last resort: the first country the dispatch says something happens "in" ("ici en Inde").
        for (var si = 0; si < a.Sentences.Count && anywhere is null; si++)
            if (LocationIn(a, a.Sentences[si]) is { City: null } l) anywhere = l;
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            // "Ambassador to Vietnam" gives only the country; the dateline in that country gives the city.
            if (d.Location is { City: null } only && ctx.DatelineCity is not null && ctx.DatelineCountry == only.Country)
                drafts[i] = d with { Location = new Location(ctx.DatelineCity, ctx.DatelineCountry) };
            // "En visite officielle au Vietnam … Le 17 décembre à Hanoï": a country-only place takes the city the next
            // sentences name in that country.
            if (d.Location is { City: null, Country: { } only2 } && d.Status == EventStatus.Reported)
            {
                for (var si = d.FirstSentence + 1; si < Math.Min(a.Sentences.Count, d.FirstSentence + 3); si++)
                    if (LocationIn(a, a.Sentences[si]) is { City: not null } l && l.Country == only2)
                    {
                        drafts[i] = d with { Location = l };
                        break;
                    }
                continue;
            }
            if (d.Location is not null || d.Status != EventStatus.Reported) continue;
            Location? found = null, countryOnly = null;
            var next = Draft.NextReported(drafts, d, a.Sentences.Count);
            for (var si = d.FirstSentence + 1; si < Math.Min(next, d.FirstSentence + 3) && found is null; si++)
            {
                // "La prochaine session se tiendra à Kinshasa", "the previous session was held in Riyadh in 2023": another
                // occasion's place.
                if (AnotherOccasion(a, a.Sentences[si], d)) continue;
                // A city in the following sentences is where it happened; "demandé au Japon" is not a place.
                var l = LocationIn(a, a.Sentences[si]);
                if (l?.City is not null) found = l;
                else countryOnly ??= l;
            }
            if (found is null && visitCountry is not null && visitCountry != ctx.DatelineCountry && d.Countries.Contains(visitCountry)) found = visitPlace;
            if (found is null && (ctx.DatelineCity is not null || ctx.DatelineCountry is not null)) found = new Location(ctx.DatelineCity, ctx.DatelineCountry);
            found ??= countryOnly ?? Opening(a, d) ?? anywhere;
            if (found?.Country is { } c && !d.Countries.Contains(c)) found = null;
            drafts[i] = d with { Location = found };
        }
    }
}
