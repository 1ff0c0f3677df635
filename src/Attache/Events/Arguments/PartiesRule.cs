using Attache.Model;

namespace Attache.Events.Arguments;

/// <summary>
/// The parties: the people's countries and those the sentence names, the sovereign of the place, a port call's flag
/// and port, then the document's main countries and the dateline's until there are two; fewer than two is no event.
/// </summary>
internal sealed class PartiesRule : IArgumentRule
{
    public string Name => nameof(PartiesRule);

    public string? Apply(ArgumentContext c)
    {
        var (a, s, ctx, main, location) = (c.A, c.S, c.Ctx, c.Main, c.Location);
        var countries = new List<string>();
        var origins = new List<string>();
        void Add(string code, string why)
        {
            countries.Add(code);
            origins.Add(code + ": " + why);
        }
        foreach (var p in c.People)
            if (a.People[p].Country is { } pc && !countries.Contains(pc)) Add(pc, "a participant's country");
        // "… met amid growing concerns that Russia's invasion of Ukraine may embolden China": a clause of circumstance speaks
        // of other countries, not of the parties; after the trigger it runs to the end of the sentence, before it to the
        // next punctuation or the trigger.
        var aside = Circumstance(a, s, c.Trigger.Start);
        for (var k = s.Start; k < s.End; k++)
        {
            if (aside is not null && aside[k - s.Start]) continue;
            var code = a.CountryAt[k] ?? a.OrgCountryAt[k];
            if (code is not null && !countries.Contains(code)) Add(code, "named in the sentence");
        }
        // A place in a territory (Nouméa) makes its sovereign (France) the party.
        if (location?.Country is { } lc0 && a.Language.Sovereigns.GetValueOrDefault(lc0, lc0) is var lc && !countries.Contains(lc) && countries.Count < 2) Add(lc, "the country of the place");
        // A port call is between the visiting navy, named nearest before the trigger ("alors que le groupe français est à
        // Hô Chi Minh-Ville, un groupe naval russe est entré en rade de Cam Ranh") or else first ("un task group japonais … quelques jours après l'escale de deux
        // bâtiments américains"), and the country of the port.
        if (c.Trigger.Type == EventType.PortCall && location?.Country is { } port0 && a.Language.Sovereigns.GetValueOrDefault(port0, port0) is var port
            && (NearestBefore(a, s, c.Trigger.Start, port, aside) ?? countries.FirstOrDefault(x => x != port)) is { } flag)
        {
            countries = [flag, port];
            origins = [flag + ": the visiting navy", port + ": the country of the port"];
        }
        foreach (var mc in main)
        {
            if (countries.Count >= 2) break;
            if (!countries.Contains(mc)) Add(mc, "a main country of the dispatch");
        }
        // The dateline's country is where the news happens: a party when the sentence names only the other one.
        if (countries.Count < 2 && ctx.DatelineCountry is { } dc0 && a.Language.Sovereigns.GetValueOrDefault(dc0, dc0) is var dc && !countries.Contains(dc)) Add(dc, "the dateline's country");
        if (countries.Count < 2) return "fewer than two countries: no foreign party";
        // A third country named in passing ("coincided with a visit by the Chinese minister") is not a party; countries the
        // sentence lists together ("the navies of India, the United States, Japan and Australia") or, for an exercise,
        // names as taking part ("with troops from Australia and Japan also taking part") are.
        var listed = countries.Count > 2 && (ListedCountries(a, s) >= 3 || c.Trigger.Type == EventType.Exercise && a.HasCueWithin(s.Start, s.End, "participation"));
        if (listed) origins.Add("several countries listed or taking part: all are parties");
        if (countries.Count > 2 && main.Count == 2 && main.All(countries.Contains) && !listed)
        {
            countries = [.. main];
            origins = [.. main.Select(m => m + ": a main country of the dispatch (a third one named in passing)")];
        }
        // "In their meeting, the two ministers …": with nobody named, "the two sides" are the dispatch's two parties, whatever
        // country the sentence talks about.
        if (c.People.Count == 0 && main.Count == 2 && !main.All(countries.Contains) && a.HasCueWithin(s.Start, s.End, "both-sides", "both-people"))
        {
            countries = [.. main];
            origins = [.. main.Select(m => m + ": a main country of the dispatch (the two sides the sentence speaks of)")];
        }
        c.Countries = countries;
        c.Source(EventField.Countries, Name, string.Join("; ", origins), c.SentenceSpan);
        return null;
    }

    /// <summary>The country named nearest before the trigger, other than <paramref name="except"/>, outside asides.</summary>
    private static string? NearestBefore(Recognition.AnalyzedText a, Tokenization.Sentence s, int trigger, string except, bool[]? aside)
    {
        for (var k = Math.Min(trigger, s.End) - 1; k >= s.Start; k--)
            if ((aside is null || !aside[k - s.Start]) && a.CountryAt[k] is { } code && code != except) return code;
        return null;
    }

    private static bool[]? Circumstance(Recognition.AnalyzedText a, Tokenization.Sentence s, int triggerStart)
    {
        bool[]? aside = null;
        foreach (var cue in a.CuesNear(s.Start, s.End))
        {
            if (cue.Value.Kind != "circumstance" || cue.Start < s.Start || cue.End > s.End) continue;
            if (cue.Start < triggerStart && cue.End > triggerStart) continue;
            var end = s.End;
            if (cue.Start < triggerStart)
                for (end = cue.End; end < triggerStart && a.Tokens[end].Key is not ("," or ";" or ":" or "-" or "–" or "—" or "(" or ")"); end++) { }
            aside ??= new bool[s.End - s.Start];
            for (var k = cue.Start; k < end; k++) aside[k - s.Start] = true;
        }
        return aside;
    }

    /// <summary>The most countries the sentence names in one list: names joined only by commas, conjunctions, determiners and particles.</summary>
    internal static int ListedCountries(Recognition.AnalyzedText a, Tokenization.Sentence s)
    {
        var best = 0;
        var run = new List<string>();
        string? current = null;
        var gap = 0;
        var linked = false;
        for (var k = s.Start; k < s.End; k++)
        {
            var code = a.CountryAt[k];
            if (code is not null)
            {
                if (code == current && gap == 0) continue;
                if (current is not null && !(linked && gap <= 3)) run.Clear();
                if (!run.Contains(code)) run.Add(code);
                best = Math.Max(best, run.Count);
                (current, gap, linked) = (code, 0, false);
                continue;
            }
            if (current is null) continue;
            var key = a.Tokens[k].Key;
            if (key == "," || a.Language.Conjunctions.Contains(key)) linked = true;
            else if (!a.Language.Determiners.Contains(key) && !a.Language.NameParticles.Contains(key)) { run.Clear(); current = null; continue; }
            gap++;
        }
        return best;
    }
}
