using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Attache.Extraction;
using Attache.Model;
using Attache.Serialization;

namespace Attache.Tests.Specs;

/// <summary>Runs the extractor over the behaviour table in <c>specs/events</c>; one theory row per case.</summary>
public partial class EventSpecTests
{
    private static readonly Extractor Engine = new();

    /// <summary>Every case id, <c>lang/file/name</c>, so a failing row names its case.</summary>
    public static TheoryData<string> CaseIds() => [.. SpecCase.Cases.Keys];

    [Theory]
    [Trait("Category", "Spec")]
    [MemberData(nameof(CaseIds))]
    public void Case(string id)
    {
        var c = SpecCase.Cases[id];
        var doc = new Document(id, c.Input, Published: c.Published);
        var events = Engine.Extract(doc).Events;
        var expected = c.Expected;

        var problems = new List<string>();
        if (events.Count != expected.Count) problems.Add($"  expected {expected.Count} event(s), got {events.Count}");
        problems.AddRange(SpecMatcher.Align(expected, events));
        foreach (var e in events)
            foreach (var s in e.Evidence)
                if (s.Start < 0 || s.End < s.Start || s.End > c.Input.Length)
                    problems.Add($"  evidence [{s.Start}, {s.End}) of a {EventJson.Name(e.Type)} lies outside the input (length {c.Input.Length})");

        // A case the engine does not yet handle carries "notSupported" with the reason; it must still fail, so that the
        // flag is removed (and the gap closed) the day the engine gets it right — as Recognizers-Text's NotSupported does.
        if (c.Case.TryGetProperty("notSupported", out var gap))
        {
            Assert.True(problems.Count > 0, $"Spec case {id} now passes: remove its \"notSupported\" ({gap.GetString()}).");
            return;
        }
        if (problems.Count == 0) return;
        var msg = new StringBuilder()
            .AppendLine($"Spec case {id} failed")
            .AppendLine($"note: {(c.Case.TryGetProperty("note", out var n) ? n.GetString() : "")}")
            .AppendLine($"input: {c.Input}")
            .AppendLine("problems:").AppendLine(string.Join("\n", problems))
            .AppendLine("expected:");
        foreach (var e in expected) msg.Append("  ").AppendLine(SpecMatcher.Compact(e));
        if (expected.Count == 0) msg.AppendLine("  (none)");
        msg.AppendLine("actual:").Append(SpecMatcher.ToJson(events));
        Assert.Fail(msg.ToString());
    }

    [Fact]
    public void SpecTable_HasEnoughCases()
    {
        var cases = SpecCase.Cases.Values.ToList();
        Assert.True(cases.Count >= 150, $"only {cases.Count} cases");
        foreach (var lang in new[] { "fr", "en" })
        {
            var mine = cases.Where(c => c.Language == lang).ToList();
            Assert.True(mine.Count >= 70, $"only {mine.Count} {lang} cases");
            var types = mine.SelectMany(c => c.Expected).Select(e => e.GetProperty("type").GetString()).ToHashSet();
            foreach (var t in Enum.GetValues<EventType>())
                Assert.True(types.Contains(EventJson.Name(t)), $"no {lang} case expects a {EventJson.Name(t)}");
            Assert.Contains(mine, c => c.Expected.Count >= 2);
            Assert.Contains(mine, c => c.Expected.Any(e => e.TryGetProperty("status", out var s) && s.GetString() == "background"));
            Assert.Contains(mine, c => c.Expected.Count == 0);
        }
        // A language added later (vi) shows every event type at least ten times, written with and without diacritics.
        var vi = cases.Where(c => c.Language == "vi").ToList();
        foreach (var t in Enum.GetValues<EventType>())
            Assert.True(vi.SelectMany(c => c.Expected).Count(e => e.GetProperty("type").GetString() == EventJson.Name(t)) >= 10, $"fewer than 10 vi cases expect a {EventJson.Name(t)}");
        Assert.Contains(vi, c => c.Expected.Count == 0);
        var traps = cases.Count(c => c.Expected.Count == 0);
        Assert.True(traps >= 20, $"only {traps} trap cases");
    }

    [Fact]
    public void SpecTable_EveryFileParsesAndEveryNameIsValid()
    {
        var files = SpecCase.Files().ToList();
        Assert.NotEmpty(files);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lang, file, path) in files)
        {
            if (!Attache.Languages.LanguageData.Available.Contains(lang)) problems.Add($"{path}: language folder must be a language of data/lang ({string.Join(", ", Attache.Languages.LanguageData.Available)})");
            JsonDocument doc;
            try { doc = JsonDocument.Parse(File.ReadAllText(path)); }
            catch (JsonException e) { problems.Add($"{path}: not JSON: {e.Message}"); continue; }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Array) { problems.Add($"{path}: not an array"); continue; }
                foreach (var c in doc.RootElement.EnumerateArray())
                    problems.AddRange(CheckCase(lang, file, c, seen));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static readonly HashSet<string> CaseKeys = ["name", "input", "published", "expected", "note", "notSupported"];
    private static readonly HashSet<string> EventKeys = ["type", "status", "date", "countries", "participants", "location", "mechanism", "areas"];

    private static IEnumerable<string> CheckCase(string lang, string file, JsonElement c, HashSet<string> seen)
    {
        if (c.ValueKind != JsonValueKind.Object) { yield return $"{lang}/{file}: a case is not an object"; yield break; }
        var name = c.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
        var at = $"{lang}/{file}/{name}";
        if (!NameRegex().IsMatch(name)) yield return $"{at}: name must be a short lowercase id";
        if (!seen.Add(at)) yield return $"{at}: duplicate name";
        foreach (var p in c.EnumerateObject())
            if (!CaseKeys.Contains(p.Name)) yield return $"{at}: unknown key {p.Name}";
        if (!c.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(input.GetString()))
            yield return $"{at}: input missing";
        if (!c.TryGetProperty("note", out var note) || note.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(note.GetString()))
            yield return $"{at}: note missing";
        if (c.TryGetProperty("published", out var pub) && (pub.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(pub.GetString(), "yyyy-MM-dd", out _)))
            yield return $"{at}: published must be YYYY-MM-DD";
        if (!c.TryGetProperty("expected", out var exp) || exp.ValueKind != JsonValueKind.Array) { yield return $"{at}: expected must be an array"; yield break; }
        foreach (var e in exp.EnumerateArray())
            foreach (var p in CheckEvent(at, e)) yield return p;
    }

    private static IEnumerable<string> CheckEvent(string at, JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) { yield return $"{at}: an expected event is not an object"; yield break; }
        foreach (var p in e.EnumerateObject())
            if (!EventKeys.Contains(p.Name)) yield return $"{at}: unknown event key {p.Name}";
        if (!e.TryGetProperty("type", out var t) || !EventJson.TryParseType(t.GetString(), out _)) yield return $"{at}: bad type {t}";
        if (e.TryGetProperty("status", out var s) && s.GetString() is not ("reported" or "background")) yield return $"{at}: bad status {s}";
        if (e.TryGetProperty("date", out var d) && d.ValueKind != JsonValueKind.Null && !PartialDate.TryParse(d.GetString(), out _)) yield return $"{at}: bad date {d}";
        if (!e.TryGetProperty("countries", out var cs) || cs.ValueKind != JsonValueKind.Array || cs.GetArrayLength() == 0) { yield return $"{at}: countries required"; }
        else
        {
            var list = cs.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : "").ToList();
            foreach (var x in list.Where(x => !Iso3Regex().IsMatch(x))) yield return $"{at}: bad country {x}";
            if (!list.SequenceEqual(list.Order(StringComparer.Ordinal).Distinct())) yield return $"{at}: countries must be sorted and distinct";
        }
        if (e.TryGetProperty("participants", out var ps))
        {
            if (ps.ValueKind != JsonValueKind.Array) yield return $"{at}: participants must be an array";
            else if (ps.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(p.GetString()))) yield return $"{at}: participants must be names";
        }
        if (e.TryGetProperty("location", out var loc) && loc.ValueKind != JsonValueKind.Null)
        {
            if (loc.ValueKind != JsonValueKind.Object) yield return $"{at}: location must be an object or null";
            else if (loc.TryGetProperty("country", out var lc) && lc.ValueKind != JsonValueKind.Null && !Iso3Regex().IsMatch(lc.GetString() ?? "")) yield return $"{at}: bad location country {lc}";
        }
        if (e.TryGetProperty("mechanism", out var m) && m.ValueKind != JsonValueKind.Null)
        {
            if (m.ValueKind != JsonValueKind.Object) yield return $"{at}: mechanism must be an object or null";
            else if (m.TryGetProperty("edition", out var ed) && ed.ValueKind != JsonValueKind.Null && (ed.ValueKind != JsonValueKind.Number || !ed.TryGetInt32(out var v) || v < 1)) yield return $"{at}: bad edition {ed}";
        }
        if (e.TryGetProperty("areas", out var areas))
        {
            if (areas.ValueKind != JsonValueKind.Array) { yield return $"{at}: areas must be an array"; yield break; }
            var list = areas.EnumerateArray().Select(x => x.GetString()).ToList();
            foreach (var a in list.Where(a => !EventJson.TryParseArea(a, out _))) yield return $"{at}: bad area {a}";
            if (!list.SequenceEqual(list.Order(StringComparer.Ordinal).Distinct())) yield return $"{at}: areas must be sorted and distinct";
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NameRegex();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Iso3Regex();
}
