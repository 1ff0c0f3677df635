using System.Globalization;
using System.Text.Json;
using Attache.Cleaning;
using Attache.Extraction;
using Attache.Languages;
using Attache.Model;
using Attache.Recognition.Dates;
using Attache.Serialization;

namespace Attache.Bench.Fuzz;

/// <summary>
/// What must hold for any input, however broken: the cleaner's offset map stays inside the original text and never
/// goes back; every date the recognisers find lies inside the text and resolves (against ordinary and extreme
/// reference dates) to a real calendar date or to nothing; the extractor returns well-formed events whose evidence lies
/// inside the text, and its JSON line parses back to the same fields. Returns the problems found, empty when none.
/// </summary>
/// <remarks>Thread-safe: the extractor and the language resources are shared read-only.</remarks>
public sealed class FuzzChecks
{
    private readonly Extractor _extractor = new();
    private readonly TextCleaner _cleaner = new();
    private readonly (string Language, DateRecognizer Dates)[] _dates =
        [.. LanguageData.Available.Where(l => l != "common").Order(StringComparer.Ordinal).Select(l => (l, LanguageResources.For(l).Dates))];

    private static readonly PartialDate?[] References =
        [null, new(2024, 3, 12), new(2024, null, null), new(1, 1, 1), new(9999, 12, 31), new(null, 2, 29), new(2100, 2, 28)];

    /// <summary>The number of events the checks have seen, for the report.</summary>
    public long Events => Interlocked.Read(ref _events);

    /// <summary>The number of dates recognised and resolved, for the report.</summary>
    public long Dates => Interlocked.Read(ref _dateCount);

    /// <summary>Milliseconds the last <see cref="Check"/> spent in the cleaner, the date checks and the extractor (single-threaded runs).</summary>
    public (double Cleaner, double Dates, double Extractor) LastTimes { get; private set; }

    private static double Ms(long from, long to) => System.Diagnostics.Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private long _events;
    private long _dateCount;

    /// <summary>The languages whose date recogniser is fuzzed, in the order <see cref="Check"/> numbers them.</summary>
    public int DateLanguages => _dates.Length;

    /// <summary>
    /// Runs every check on one document: through <c>Explain</c> (trace checked too) when <paramref name="explain"/>, with
    /// the date recogniser of language number <paramref name="dateLanguage"/> only, or of every language when null.
    /// </summary>
    public List<string> Check(Document document, bool explain, int? dateLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var cleaned = CheckCleaner(document.Text, problems);
        var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
        // The recognisers read cleaned text in the pipeline (runs of whitespace and controls already normalised), so they are fuzzed on it.
        CheckDates(cleaned, dateLanguage, problems);
        var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
        CheckExtractor(document, explain, problems);
        var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
        LastTimes = (Ms(t0, t1), Ms(t1, t2), Ms(t2, t3));
        return problems;
    }

    private string CheckCleaner(string text, List<string> problems)
    {
        var cleaned = _cleaner.Clean(text);
        var previous = 0;
        for (var i = 0; i <= cleaned.Text.Length; i++)
        {
            var o = cleaned.ToOriginal(i);
            if (o < 0 || o > text.Length) { problems.Add($"cleaner: position {i} maps to {o}, outside [0, {text.Length}]"); break; }
            if (o < previous) { problems.Add($"cleaner: position {i} maps to {o}, before {previous} (the map must not go back)"); break; }
            previous = o;
        }
        if (cleaned.ToOriginal(cleaned.Text.Length) != text.Length) problems.Add($"cleaner: the end maps to {cleaned.ToOriginal(cleaned.Text.Length)}, not {text.Length}");
        var whole = cleaned.ToOriginal(new TextSpan(0, cleaned.Text.Length));
        if (!Inside(whole, text.Length)) problems.Add($"cleaner: the whole cleaned text maps to [{whole.Start}, {whole.End}), outside [0, {text.Length}]");
        if (cleaned.Metadata.DatelineSpan is { } d && !Inside(d, cleaned.Text.Length)) problems.Add($"cleaner: dateline span [{d.Start}, {d.End}) outside the cleaned text");
        if (cleaned.Metadata.HeaderDate is { } h && DateProblem(h) is { } hp) problems.Add($"cleaner: header date {hp}");
        return cleaned.Text;
    }

    private void CheckDates(string text, int? only, List<string> problems)
    {
        foreach (var (language, recognizer) in only is int k ? _dates[(k % _dates.Length)..(k % _dates.Length + 1)] : _dates)
        {
            PartialDate? previous = null;
            foreach (var m in recognizer.Recognize(text))
            {
                if (!Inside(m.Span, text.Length) || m.Span.Length == 0) problems.Add($"dates ({language}): span [{m.Span.Start}, {m.Span.End}) outside [0, {text.Length}] or empty");
                foreach (var reference in References)
                {
                    var resolved = DateResolver.Resolve(m.Expression, new DateContext(reference, previous));
                    Interlocked.Increment(ref _dateCount);
                    if (resolved is null) continue;
                    if (DateProblem(resolved) is { } p) problems.Add($"dates ({language}): \"{Slice(text, m.Span)}\" against {reference?.ToString() ?? "no reference"} resolved to {p}");
                    previous = resolved;
                }
            }
        }
    }

    private void CheckExtractor(Document document, bool explain, List<string> problems)
    {
        var text = document.Text;
        var result = explain ? _extractor.Explain(document) : _extractor.Extract(document);
        if (result.DocumentId != document.Id) problems.Add($"extract: document id {result.DocumentId} instead of {document.Id}");
        Interlocked.Add(ref _events, result.Events.Count);
        for (var i = 0; i < result.Events.Count; i++)
            foreach (var p in EventProblems(result.Events[i], text.Length)) problems.Add($"event {i} ({EventJson.Name(result.Events[i].Type)}): {p}");
        if (result.Trace is { } trace)
        {
            foreach (var t in trace.Entries)
                if (!Inside(t.Span, text.Length)) problems.Add($"trace: trigger span [{t.Span.Start}, {t.Span.End}) outside [0, {text.Length}]");
            foreach (var origin in trace.Sources.SelectMany(s => s))
                if (origin.Span is { } s && !Inside(s, text.Length)) problems.Add($"trace: {origin.Field} source span [{s.Start}, {s.End}) outside [0, {text.Length}]");
        }
        CheckJson(result, problems);
    }

    /// <summary>What is wrong with one event, as the event spec defines its fields; empty when nothing.</summary>
    public static IEnumerable<string> EventProblems(Event e, int textLength)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!Enum.IsDefined(e.Type)) yield return $"type {(int)e.Type} undefined";
        if (!Enum.IsDefined(e.Status)) yield return $"status {(int)e.Status} undefined";
        if (e.Date is { } date && DateProblem(date) is { } dp) yield return $"date {dp}";
        if (e.Location is { } loc)
        {
            if (loc.City is not null && (loc.City.Length == 0 || loc.City.Trim() != loc.City)) yield return $"city \"{loc.City}\" empty or padded";
            if (loc.Country is not null && !IsCode(loc.Country)) yield return $"location country \"{loc.Country}\" is not an alpha-3 code";
        }
        if (!e.Countries.All(IsCode)) yield return $"countries [{string.Join(", ", e.Countries)}] not all alpha-3 codes";
        if (!IsSortedDistinct(e.Countries, StringComparer.Ordinal)) yield return $"countries [{string.Join(", ", e.Countries)}] not sorted or repeated";
        foreach (var p in e.Participants)
        {
            if (string.IsNullOrWhiteSpace(p.Name)) yield return "a participant without a name";
            if (p.Country is not null && !IsCode(p.Country)) yield return $"participant {p.Name}: country \"{p.Country}\" is not an alpha-3 code";
        }
        if (e.Mechanism is { } mech)
        {
            if (string.IsNullOrWhiteSpace(mech.Name)) yield return "a mechanism without a name";
            if (mech.Edition is <= 0) yield return $"mechanism edition {mech.Edition}";
        }
        if (!e.Areas.All(a => Enum.IsDefined(a))) yield return "an undefined area";
        if (!IsSortedDistinct([.. e.Areas.Select(EventJson.Name)], StringComparer.Ordinal)) yield return "areas not sorted or repeated";
        if (e.Evidence.Count == 0) yield return "no evidence";
        foreach (var s in e.Evidence)
            if (!Inside(s, textLength) || s.Length == 0) yield return $"evidence [{s.Start}, {s.End}) outside [0, {textLength}] or empty";
    }

    private static void CheckJson(ExtractionResult result, List<string> problems)
    {
        var line = EventJson.ToJsonLine(result);
        if (line.Contains('\n', StringComparison.Ordinal)) problems.Add("json: the line holds a line break");
        using var json = JsonDocument.Parse(line);
        var events = json.RootElement.GetProperty("events");
        if (events.GetArrayLength() != result.Events.Count) { problems.Add($"json: {events.GetArrayLength()} events for {result.Events.Count}"); return; }
        var k = 0;
        foreach (var je in events.EnumerateArray())
        {
            var e = result.Events[k++];
            if (!EventJson.TryParseType(je.GetProperty("type").GetString(), out var type) || type != e.Type) problems.Add($"json: event {k - 1} type does not read back");
            var dateText = je.GetProperty("date").ValueKind == JsonValueKind.Null ? null : je.GetProperty("date").GetString();
            if (e.Date is null ? dateText is not null : !PartialDate.TryParse(dateText, out var back) || back != e.Date)
                problems.Add($"json: event {k - 1} date \"{dateText}\" does not read back as {e.Date}");
            if (je.GetProperty("evidence").GetArrayLength() != e.Evidence.Count) problems.Add($"json: event {k - 1} evidence count differs");
            if (je.GetProperty("participants").GetArrayLength() != e.Participants.Count) problems.Add($"json: event {k - 1} participant count differs");
        }
    }

    /// <summary>Why a date is not a calendar date of the spec's formats, or null when it is one.</summary>
    public static string? DateProblem(PartialDate d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.Year is < 1 or > 9999) return $"{d}: year {d.Year} outside 1-9999";
        if (d.Month is null && d.Day is not null) return $"year {d.Year} day {d.Day} without a month";
        if (d.Year is null && d.Month is null) return "a date with neither year nor month";
        if (d.Month is < 1 or > 12) return $"month {d.Month}";
        if (d.Day is int day && (day < 1 || day > DateTime.DaysInMonth(d.Year ?? 2000, d.Month!.Value))) return $"{d}: day {day} not in the month";
        return null;
    }

    private static bool Inside(TextSpan s, int length) => s.Start >= 0 && s.Start <= s.End && s.End <= length;

    private static bool IsCode(string c) => c.Length == 3 && c.All(char.IsAsciiLetterUpper);

    private static bool IsSortedDistinct(IReadOnlyList<string> items, StringComparer comparer)
    {
        for (var i = 1; i < items.Count; i++)
            if (comparer.Compare(items[i - 1], items[i]) >= 0) return false;
        return true;
    }

    private static string Slice(string text, TextSpan s) =>
        Inside(s, text.Length) ? DispatchFuzzer.Literal(text[s.Start..s.End], 80) : "?";

    /// <summary>Formats a count for the report.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
