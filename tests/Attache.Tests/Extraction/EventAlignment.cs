using Attache.Model;
using Attache.Tokenization;

namespace Attache.Tests.Extraction;

/// <summary>
/// Aligns predicted events to reference events the way <c>shared/eval/score.py</c> does: a pair is compatible when the
/// types fall in the same family, the country sets are equal and the dates do not conflict; compatible pairs are taken
/// greedily by affinity (exact type, correct date, correct location, shared participants).
/// </summary>
internal static class EventAlignment
{
    public static string Family(EventType type) => type switch
    {
        EventType.Dialogue or EventType.Meeting or EventType.Visit or EventType.PhoneCall => "consult",
        EventType.Agreement => "agree",
        _ => "cooperate",
    };

    /// <summary>Name words folded as score.py folds them: no diacritics, lower case, non-alphanumerics as separators.</summary>
    public static string[] FoldWords(string? text)
    {
        var folded = TextFolding.Fold(text ?? "");
        var chars = folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static bool NamesMatch(string a, string b)
    {
        var ka = FoldWords(a).ToHashSet();
        var kb = FoldWords(b).ToHashSet();
        if (ka.Count == 0 || kb.Count == 0) return false;
        if (ka.SetEquals(kb)) return true;
        var (small, big) = ka.Count <= kb.Count ? (ka, kb) : (kb, ka);
        return small.Count >= 2 && small.IsSubsetOf(big);
    }

    public static bool DatesConflict(PartialDate? p, PartialDate? g)
    {
        if (p is null || g is null) return false;
        return Conflict(p.Year, g.Year) || Conflict(p.Month, g.Month) || Conflict(p.Day, g.Day);
        static bool Conflict(int? a, int? b) => a is not null && b is not null && a != b;
    }

    public static bool DateCorrect(PartialDate? p, PartialDate? g)
    {
        if (g is null) return p is null;
        if (p is null) return false;
        return (g.Year is null || p.Year == g.Year) && (g.Month is null || p.Month == g.Month) && (g.Day is null || p.Day == g.Day);
    }

    public static bool LocationCorrect(Location? p, Location? g)
    {
        if (g is null) return p is null || p.Country is null;
        if (p is null) return false;
        if (!string.Equals(p.Country, g.Country, StringComparison.OrdinalIgnoreCase)) return false;
        return g.City is null || string.Concat(FoldWords(p.City)) == string.Concat(FoldWords(g.City));
    }

    public static bool Compatible(Event p, Event g) =>
        Family(p.Type) == Family(g.Type)
        && p.Countries.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(g.Countries)
        && !DatesConflict(p.Date, g.Date);

    public static int SharedParticipants(IReadOnlyList<Participant> pred, IReadOnlyList<Participant> gold)
    {
        var used = new HashSet<int>();
        var tp = 0;
        foreach (var p in pred)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (used.Contains(i) || !NamesMatch(p.Name, gold[i].Name)) continue;
                used.Add(i);
                tp++;
                break;
            }
        }
        return tp;
    }

    private static int Affinity(Event p, Event g) =>
        (2 * (p.Type == g.Type ? 1 : 0)) + (2 * (DateCorrect(p.Date, g.Date) ? 1 : 0)) + (LocationCorrect(p.Location, g.Location) ? 1 : 0)
        + SharedParticipants(p.Participants, g.Participants);

    /// <summary>Matched (prediction index, reference index) pairs, best affinity first, as score.py's <c>align</c>.</summary>
    public static List<(int Pred, int Gold)> Align(IReadOnlyList<Event> preds, IReadOnlyList<Event> golds)
    {
        var pairs = new List<(int Affinity, int I, int J)>();
        for (var i = 0; i < preds.Count; i++)
            for (var j = 0; j < golds.Count; j++)
                if (Compatible(preds[i], golds[j])) pairs.Add((Affinity(preds[i], golds[j]), i, j));
        // score.py sorts the (affinity, i, j) tuples in reverse: ties broken by the larger indices first.
        pairs.Sort((a, b) => b.CompareTo(a));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var matches = new List<(int, int)>();
        foreach (var (_, i, j) in pairs)
        {
            if (usedP.Contains(i) || usedG.Contains(j)) continue;
            usedP.Add(i);
            usedG.Add(j);
            matches.Add((i, j));
        }
        return matches;
    }

    public static double F1(int tp, int npred, int ngold)
    {
        var p = npred == 0 ? 0.0 : (double)tp / npred;
        var r = ngold == 0 ? 0.0 : (double)tp / ngold;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /// <summary>One line per event, for diagnostics.</summary>
    public static string Describe(Event e) =>
        $"{Serialization.EventJson.Name(e.Type)}/{Serialization.EventJson.Name(e.Status)} {e.Date?.ToString() ?? "null"} "
        + $"{e.Location?.City ?? "-"}/{e.Location?.Country ?? "-"} [{string.Join(",", e.Countries)}] "
        + $"{{{string.Join("; ", e.Participants.Select(p => $"{p.Name} ({p.Country})"))}}}";
}
