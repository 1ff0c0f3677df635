using System.Globalization;
using System.Text;
using System.Text.Json;
using Attache.Model;
using Attache.Serialization;

namespace Attache.Tests.Specs;

/// <summary>Compares extracted events with the table's expected events, field by field, as score.py does.</summary>
public static class SpecMatcher
{
    /// <summary>Why a predicted event does not satisfy an expected one, or null when it does.</summary>
    public static string? Mismatch(JsonElement expected, Event actual)
    {
        var type = expected.GetProperty("type").GetString();
        if (EventJson.Name(actual.Type) != type) return $"type {EventJson.Name(actual.Type)} != {type}";

        var countries = expected.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal);
        if (!countries.SequenceEqual(actual.Countries.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            return $"countries [{string.Join(",", actual.Countries)}] != [{string.Join(",", countries)}]";

        var status = expected.TryGetProperty("status", out var st) && st.ValueKind == JsonValueKind.String ? st.GetString() : "reported";
        if (EventJson.Name(actual.Status) != status) return $"status {EventJson.Name(actual.Status)} != {status}";

        if (expected.TryGetProperty("date", out var date) && !DateCorrect(actual.Date, date.ValueKind == JsonValueKind.Null ? null : date.GetString()))
            return $"date {actual.Date?.ToString() ?? "null"} != {(date.ValueKind == JsonValueKind.Null ? "null" : date.GetString())}";

        if (expected.TryGetProperty("location", out var loc) && LocationMismatch(loc, actual.Location) is string l) return l;

        if (expected.TryGetProperty("participants", out var ps))
        {
            var want = ps.EnumerateArray().Select(p => NameKey(p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetProperty("name").GetString())).ToList();
            var got = actual.Participants.Select(p => NameKey(p.Name)).ToList();
            if (!SameMultiset(want, got))
                return $"participants [{string.Join("; ", actual.Participants.Select(p => p.Name))}] != [{string.Join("; ", ps.EnumerateArray().Select(p => p.ToString()))}]";
        }

        if (expected.TryGetProperty("mechanism", out var mech))
        {
            if (mech.ValueKind == JsonValueKind.Null)
            {
                if (actual.Mechanism is not null) return $"mechanism {actual.Mechanism} != null";
            }
            else
            {
                if (actual.Mechanism is null) return "mechanism null != a mechanism";
                if (mech.TryGetProperty("edition", out var ed))
                {
                    int? want = ed.ValueKind == JsonValueKind.Null ? null : ed.GetInt32();
                    if (actual.Mechanism.Edition != want) return $"edition {actual.Mechanism.Edition?.ToString(CultureInfo.InvariantCulture) ?? "null"} != {want?.ToString(CultureInfo.InvariantCulture) ?? "null"}";
                }
            }
        }

        if (expected.TryGetProperty("areas", out var areas))
        {
            var want = areas.EnumerateArray().Select(a => a.GetString()!).Order(StringComparer.Ordinal).ToList();
            var got = actual.Areas.Select(EventJson.Name).Distinct().Order(StringComparer.Ordinal).ToList();
            if (!want.SequenceEqual(got, StringComparer.Ordinal)) return $"areas [{string.Join(",", got)}] != [{string.Join(",", want)}]";
        }
        return null;
    }

    /// <summary>
    /// score.py's date_correct, narrowed: null must be null; a date with a year must be equal;
    /// a date without a year (<c>--MM-DD</c>) accepts a prediction that adds the year.
    /// </summary>
    public static bool DateCorrect(PartialDate? actual, string? expected)
    {
        if (expected is null) return actual is null;
        if (!PartialDate.TryParse(expected, out var want) || actual is null) return false;
        if (want!.Year is not null) return actual == want;
        return (want.Month is null || want.Month == actual.Month) && (want.Day is null || want.Day == actual.Day);
    }

    private static string? LocationMismatch(JsonElement expected, Location? actual)
    {
        if (expected.ValueKind == JsonValueKind.Null)
            return actual is null ? null : $"location {actual} != null";
        if (actual is null) return "location null != " + expected;
        if (expected.TryGetProperty("country", out var c) && c.GetString() != actual.Country)
            return $"location country {actual.Country ?? "null"} != {c.GetString() ?? "null"}";
        if (expected.TryGetProperty("city", out var city))
        {
            var want = city.ValueKind == JsonValueKind.Null ? null : city.GetString();
            if (string.Concat(Fold(want)) != string.Concat(Fold(actual.City)) || (want is null) != (actual.City is null))
                return $"location city {actual.City ?? "null"} != {want ?? "null"}";
        }
        return null;
    }

    /// <summary>A name as score.py keys it: folded tokens, order-free.</summary>
    public static string NameKey(string? name) => string.Join(' ', Fold(name).Distinct().Order(StringComparer.Ordinal));

    // The build runs with InvariantGlobalization, where string.Normalize does not decompose, so the
    // Latin letters with diacritics (Latin-1, Extended-A/B, Extended Additional for Vietnamese) are mapped
    // to their base letter by table; the table was generated from Unicode NFKD.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẛẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzsOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwysAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYydD";

    /// <summary>score.py's fold: đ→d, strip diacritics, lowercase, split on anything not a letter or digit.</summary>
    public static IReadOnlyList<string> Fold(string? s)
    {
        s ??= "";
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            var i = Accented.IndexOf(c, StringComparison.Ordinal);
            var ch = i >= 0 ? Plain[i] : c;
            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool SameMultiset(List<string> a, List<string> b) =>
        a.Count == b.Count && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Assigns each expected event a distinct actual event that satisfies it; returns the unmatched expected indices and reasons.</summary>
    public static IReadOnlyList<string> Align(IReadOnlyList<JsonElement> expected, IReadOnlyList<Event> actual)
    {
        var ok = new bool[expected.Count, actual.Count];
        for (var i = 0; i < expected.Count; i++)
            for (var j = 0; j < actual.Count; j++)
                ok[i, j] = Mismatch(expected[i], actual[j]) is null;
        var owner = Enumerable.Repeat(-1, actual.Count).ToArray();
        var problems = new List<string>();
        for (var i = 0; i < expected.Count; i++)
        {
            if (Augment(i, ok, owner, new bool[actual.Count])) continue;
            var reasons = actual.Select((a, j) => $"    vs actual #{j}: {Mismatch(expected[i], a)}");
            problems.Add($"  expected #{i} {Compact(expected[i])} has no distinct match" + (actual.Count == 0 ? "" : "\n" + string.Join("\n", reasons)));
        }
        return problems;
    }

    private static bool Augment(int i, bool[,] ok, int[] owner, bool[] seen)
    {
        for (var j = 0; j < owner.Length; j++)
        {
            if (!ok[i, j] || seen[j]) continue;
            seen[j] = true;
            if (owner[j] < 0 || Augment(owner[j], ok, owner, seen))
            {
                owner[j] = i;
                return true;
            }
        }
        return false;
    }

    /// <summary>A JSON value on one line, non-ASCII letters kept readable.</summary>
    public static string Compact(JsonElement e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, EventJson.WriterOptions)) e.WriteTo(w);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Events as indented-free JSON lines, for failure messages.</summary>
    public static string ToJson(IEnumerable<Event> events)
    {
        var sb = new StringBuilder();
        foreach (var e in events)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, EventJson.WriterOptions)) EventJson.WriteEvent(w, e);
            sb.Append("  ").AppendLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        return sb.Length == 0 ? "  (none)\n" : sb.ToString();
    }
}
