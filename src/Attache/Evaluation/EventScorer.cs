using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Attache.Evaluation;

/// <summary>Scores extracted events against gold events with the measures of the shared <c>score.py</c>: the same
/// alignment, the same tolerance of junk, the same figures.</summary>
/// <remarks>Records are read as JSON nodes rather than as <see cref="Model.Event"/>: the script scores whatever a file
/// holds (plain-string participants, missing fields, unknown types), and so must this port to give the same figures.</remarks>
public static class EventScorer
{
    private static readonly Dictionary<string, string> Family = new(StringComparer.Ordinal)
    {
        ["dialogue"] = "consult",
        ["meeting"] = "consult",
        ["visit"] = "consult",
        ["phone_call"] = "consult",
        ["agreement"] = "agree",
        ["exercise"] = "cooperate",
        ["port_call"] = "cooperate",
        ["assistance"] = "cooperate",
        ["training"] = "cooperate",
    };

    /// <summary>Scores every gold document (of <paramref name="lang"/>, when given) against its predicted record.</summary>
    /// <param name="gold">Gold records by document id, in file order.</param>
    /// <param name="pred">Predicted records by document id.</param>
    /// <param name="status"><c>reported</c>, <c>background</c> or <c>all</c>: which events are scored.</param>
    /// <param name="lang">Only gold documents with this <c>lang</c>, or null for all.</param>
    public static EvaluationResult Score(JsonlRecords gold, JsonlRecords pred, string status = "reported", string? lang = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(pred);
        var c = new Counts();
        var perDoc = new List<DocumentScore>();
        foreach (var (docId, g) in gold.Records)
        {
            if (lang is not null && !(g["lang"] is JsonValue lv && lv.TryGetValue<string>(out var gl) && gl == lang)) continue;
            c.Docs++;
            if (!pred.Records.TryGetValue(docId, out var p))
            {
                c.Missing++;
                p = new JsonObject { ["events"] = new JsonArray() };
            }
            var gev = EventsOf(g).Where(e => Wanted(e, status)).ToList();
            var pev = EventsOf(p).Where(e => Wanted(e, status)).ToList();
            if (EventsOf(g).Count == 0)
            {
                c.NegDocs++;
                if (EventsOf(p).Any(e => Wanted(e, "reported"))) c.FalseAlarmDocs++;
            }
            var matches = Align(pev, gev);
            c.Tp += matches.Count;
            c.NPred += pev.Count;
            c.NGold += gev.Count;
            foreach (var (pe, ge) in matches)
            {
                var tOk = SameValue(pe["type"], ge["type"]);
                var dOk = DateCorrect(pe["date"], ge["date"]);
                var lOk = LocationCorrect(pe["location"], ge["location"]);
                c.TypeOk += tOk ? 1 : 0;
                c.DateOk += dOk ? 1 : 0;
                c.LocOk += lOk ? 1 : 0;
                c.Strict += tOk && dOk && lOk ? 1 : 0;
                var (tp, np, ng, cc) = ParticipantCounts(pe["participants"], ge["participants"]);
                c.PTp += tp;
                c.PPred += np;
                c.PGold += ng;
                c.PCountry += cc;
                if (Truthy(ge["mechanism"]))
                {
                    c.MechGold++;
                    if (pe["mechanism"] is JsonObject pm && SameValue(pm["edition"], (ge["mechanism"] as JsonObject)?["edition"])) c.MechOk++;
                }
                var pa = pe["areas"] is JsonArray pas ? StringsOf(pas) : [];
                var ga = ge["areas"] is JsonArray gas ? StringsOf(gas) : [];
                c.ATp += pa.Count(ga.Contains);
                c.APred += pa.Count;
                c.AGold += ga.Count;
            }
            perDoc.Add(new DocumentScore(docId, matches.Count, pev.Count, gev.Count));
        }
        var (ep, er, ef) = F1(c.Tp, c.NPred, c.NGold);
        var (_, _, sf) = F1(c.Strict, c.NPred, c.NGold);
        var (pp, pr, pf) = F1(c.PTp, c.PPred, c.PGold);
        var (ap, ar, af) = F1(c.ATp, c.APred, c.AGold);
        var m = c.Tp;
        IReadOnlyList<Figure> figures =
        [
            new("docs", c.Docs), new("missing_docs", c.Missing),
            new("gold_events", c.NGold), new("pred_events", c.NPred), new("matched", m),
            new("event_precision", ep), new("event_recall", er), new("event_f1", ef),
            new("strict_f1", sf),
            new("type_accuracy", Ratio(c.TypeOk, m)), new("date_accuracy", Ratio(c.DateOk, m)),
            new("location_accuracy", Ratio(c.LocOk, m)),
            new("participant_precision", pp), new("participant_recall", pr), new("participant_f1", pf),
            new("participant_country_accuracy", Ratio(c.PCountry, c.PTp)),
            new("mechanism_edition_accuracy", Ratio(c.MechOk, c.MechGold)),
            new("area_precision", ap), new("area_recall", ar), new("area_f1", af),
            new("negative_docs", c.NegDocs), new("false_alarm_docs", c.FalseAlarmDocs),
        ];
        return new EvaluationResult(figures, perDoc);
    }

    private sealed class Counts
    {
        public int Tp, NPred, NGold, Strict, TypeOk, DateOk, LocOk, PTp, PPred, PGold, PCountry, MechGold, MechOk, ATp, APred, AGold, NegDocs, FalseAlarmDocs, Docs, Missing;
    }

    /// <summary>The script's <c>fold</c>: đ as d, accents dropped, lower case, words of letters and digits.</summary>
    /// <remarks>With invariant globalization <see cref="string.Normalize()"/> keeps accents, so letters go through the
    /// engine's folding table (from the same Unicode decompositions) instead of NFKD.</remarks>
    internal static string[] Fold(string? s)
    {
        s ??= "";
        var b = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            var c = ch is 'đ' or 'Đ' ? 'd' : Tokenization.TextFolding.Fold(ch);
            cat = CharUnicodeInfo.GetUnicodeCategory(c);
            // Python's isalnum: letters and every kind of number.
            var alnum = char.IsLetter(c) || cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
            b.Append(alnum ? char.ToLowerInvariant(c) : ' ');
        }
        return b.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static HashSet<string> NameKey(string name) => new(Fold(name), StringComparer.Ordinal);

    /// <summary>A parsed date: year, month, day (each maybe null), or <c>Bad</c> for text that is not a date.</summary>
    private readonly record struct DateParts(int? Y, int? M, int? D, bool Bad)
    {
        public int? this[int i] => i switch { 0 => Y, 1 => M, _ => D };
    }

    private static bool TryInt(string s, out int value) =>
        int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static DateParts? ParseDate(JsonNode? node)
    {
        if (node is not JsonValue v || !v.TryGetValue<string>(out var d) || d.Length == 0) return null;
        if (d.StartsWith("--", StringComparison.Ordinal))
        {
            var parts = d[2..].Split('-');
            if (!TryInt(parts[0], out var m)) return new DateParts(null, null, null, true);
            if (parts.Length == 1) return new DateParts(null, m, null, false);
            return TryInt(parts[1], out var dd) ? new DateParts(null, m, dd, false) : new DateParts(null, null, null, true);
        }
        var ps = d.Split('-');
        var vals = new int?[3];
        for (var i = 0; i < ps.Length; i++)
        {
            if (!TryInt(ps[i], out var x)) return new DateParts(null, null, null, true);
            if (i < 3) vals[i] = x;
        }
        return new DateParts(vals[0], vals[1], vals[2], false);
    }

    private static bool DatesConflict(JsonNode? pn, JsonNode? gn)
    {
        if (ParseDate(pn) is not { } p || ParseDate(gn) is not { } g) return false;
        if (p.Bad || g.Bad) return true;
        for (var i = 0; i < 3; i++)
            if (p[i] is int a && g[i] is int b && a != b) return true;
        return false;
    }

    private static bool DateCorrect(JsonNode? pn, JsonNode? gn)
    {
        var pp = ParseDate(pn);
        if (ParseDate(gn) is not { } gg) return pp is null;
        if (pp is not { Bad: false } p) return false;
        // The script compares a bad gold date's one part, the text "bad", with the prediction's year: never equal.
        if (gg.Bad) return false;
        for (var i = 0; i < 3; i++)
            if (gg[i] is int b && p[i] != b) return false;
        return true;
    }

    private static bool LocationCorrect(JsonNode? pn, JsonNode? g)
    {
        var p = pn as JsonObject;
        if (!Truthy(g)) return p is null || p.Count == 0 || !Truthy(p["country"]);
        if (p is null || p.Count == 0) return false;
        var go = g as JsonObject;
        if (!string.Equals(Str(p["country"]).ToUpperInvariant(), Str(go?["country"]).ToUpperInvariant(), StringComparison.Ordinal)) return false;
        if (!Truthy(go?["city"])) return true;
        return string.Concat(Fold(Str(p["city"]))) == string.Concat(Fold(Str(go!["city"])));
    }

    private static bool NamesMatch(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        if (a.SetEquals(b)) return true;
        var (small, big) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count >= 2 && small.IsSubsetOf(big);
    }

    private static List<(HashSet<string> Name, string Country)> People(JsonNode? items)
    {
        var result = new List<(HashSet<string>, string)>();
        if (items is not JsonArray list) return result;
        foreach (var item in list)
        {
            JsonNode? name, country = null;
            if (item is JsonValue v && v.TryGetValue<string>(out _)) name = item;
            else if (item is JsonObject o)
            {
                name = o["name"];
                country = o["country"];
            }
            else continue;
            if (name is JsonValue nv && nv.TryGetValue<string>(out var n) && n.Trim().Length > 0)
                result.Add((NameKey(n), (Truthy(country) ? Str(country) : "").ToUpperInvariant()));
        }
        return result;
    }

    private static (int Tp, int Pred, int Gold, int CountryOk) ParticipantCounts(JsonNode? pred, JsonNode? gold)
    {
        var pk = People(pred);
        var gk = People(gold);
        var used = new HashSet<int>();
        int tp = 0, ok = 0;
        foreach (var (pn, pc) in pk)
        {
            for (var i = 0; i < gk.Count; i++)
            {
                if (!used.Contains(i) && NamesMatch(pn, gk[i].Name))
                {
                    used.Add(i);
                    tp++;
                    ok += pc == gk[i].Country ? 1 : 0;
                    break;
                }
            }
        }
        return (tp, pk.Count, gk.Count, ok);
    }

    private static HashSet<string> Countries(JsonObject e) =>
        e["countries"] is JsonArray cs ? new HashSet<string>(cs.Where(Truthy).Select(c => Str(c).ToUpperInvariant()), StringComparer.Ordinal) : [];

    private static string? FamilyOf(JsonNode? type) =>
        type is JsonValue v && v.TryGetValue<string>(out var t) && Family.TryGetValue(t, out var f) ? f : null;

    private static bool Compatible(JsonObject p, JsonObject g) =>
        FamilyOf(p["type"]) is { } f && f == FamilyOf(g["type"]) && Countries(p).SetEquals(Countries(g)) && !DatesConflict(p["date"], g["date"]);

    private static int Affinity(JsonObject p, JsonObject g) =>
        (2 * (SameValue(p["type"], g["type"]) ? 1 : 0)) + (2 * (DateCorrect(p["date"], g["date"]) ? 1 : 0))
        + (LocationCorrect(p["location"], g["location"]) ? 1 : 0) + ParticipantCounts(p["participants"], g["participants"]).Tp;

    private static List<(JsonObject Pred, JsonObject Gold)> Align(List<JsonObject> preds, List<JsonObject> golds)
    {
        var pairs = new List<(int Affinity, int I, int J)>();
        for (var i = 0; i < preds.Count; i++)
            for (var j = 0; j < golds.Count; j++)
                if (Compatible(preds[i], golds[j])) pairs.Add((Affinity(preds[i], golds[j]), i, j));
        // Python's sorted(..., reverse=True) on (affinity, i, j): ties go to the later prediction, then the later gold.
        pairs.Sort((a, b) => b.CompareTo(a));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var matches = new List<(JsonObject, JsonObject)>();
        foreach (var (_, i, j) in pairs)
        {
            if (usedP.Contains(i) || usedG.Contains(j)) continue;
            usedP.Add(i);
            usedG.Add(j);
            matches.Add((preds[i], golds[j]));
        }
        return matches;
    }

    private static bool Wanted(JsonObject e, string status) =>
        status == "all" || (Truthy(e["status"]) ? Str(e["status"]) : "reported") == status;

    private static List<JsonObject> EventsOf(JsonObject record) =>
        record["events"] is JsonArray a ? a.OfType<JsonObject>().ToList() : [];

    private static HashSet<string> StringsOf(JsonArray a)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in a)
            if (x is JsonValue v && v.TryGetValue<string>(out var s)) set.Add(s);
        return set;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0.0 : (double)a / b;

    private static (double P, double R, double F) F1(int tp, int npred, int ngold)
    {
        var p = Ratio(tp, npred);
        var r = Ratio(tp, ngold);
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }

    /// <summary>Python's truth of a JSON value: null, false, 0, "", [] and {} are false.</summary>
    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject o => o.Count > 0,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        _ => true,
    };

    /// <summary>The text of a value as Python's <c>str</c> gives it for the strings and numbers that occur.</summary>
    private static string Str(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>Python's <c>==</c> on two JSON values (numbers by value, so 10 equals 10.0; null equals null).</summary>
    private static bool SameValue(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a is JsonValue va && b is JsonValue vb && va.TryGetValue<double>(out var x) && vb.TryGetValue<double>(out var y)) return x == y;
        return JsonNode.DeepEquals(a, b);
    }
}
