using System.Globalization;
using System.Text.RegularExpressions;
using Attache.Languages;
using Attache.Model;

namespace Attache.Recognition.Dates;

/// <summary>Finds date expressions in a text, using one language's data files.</summary>
/// <remarks>
/// Patterns are built once per instance from <c>months</c>, <c>weekdays</c>, <c>relative-dates</c>, <c>date-words</c> and
/// <c>ordinals</c> (numeric suffixes of days); the engine holds no words of any language. Matching ignores case and
/// diacritics. Mentions are sorted and do not overlap; at one position the most specific pattern wins (a full date before a
/// month and year, before a bare month). A span covers the date, its weekday, part of day and range end, but not a leading
/// preposition ("le", "on", "en", "in"); a bare month or year is only read after a trigger word of the data ("en mars",
/// "in 2016", "depuis 2016"). Day-month combinations that cannot exist ("30 février") are not recognised.
/// Thread-safe once built.
/// </remarks>
public sealed class DateRecognizer
{
    // A date starting with a digit and one starting with a word can only come from some of the branches: each kind of
    // position is tried against the branches that can match there (same order, same groups), which fail much faster than
    // the whole alternation (a number that is no date, such as "2024" or "10e", fails every branch).
    private readonly DatePattern _atDigit;
    private readonly DatePattern _atWord;
    private readonly WordStarts _starts;
    private readonly WordStarts _anchors;
    private readonly string[] _leads;
    private readonly string[] _relativeForms;

    /// <summary>How far after a lead word ("dans l'après-midi du", "last") a digit or a month, weekday or relative word must appear.</summary>
    private const int LookAhead = 40;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notLowerCase;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _weekdayNotLowerCase;
    private readonly Lexicon<int> _months;
    private readonly Lexicon<int> _weekdays;
    private readonly Lexicon<DateOffset> _relative;
    private readonly Lexicon<DateDirection> _directions;

    /// <summary>Builds the patterns of one language.</summary>
    /// <param name="language">The language's data, e.g. <c>LanguageData.For("fr")</c>.</param>
    public DateRecognizer(LanguageData language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _months = new Lexicon<int>(NumberedRows(language.Table("months")));
        _weekdays = new Lexicon<int>(NumberedRows(language.Table("weekdays")));
        _notLowerCase = language.Table("months").Where(r => r.Length >= 3).SelectMany(r => LanguageData.Alternatives(r[2]))
            .Select(TextFolder.FoldKey).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _weekdayNotLowerCase = language.Table("weekdays").Where(r => r.Length >= 3).SelectMany(r => LanguageData.Alternatives(r[2]))
            .Select(TextFolder.FoldKey).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var relRows = language.Table("relative-dates").Where(r => r.Length >= 3).Select(r => (r[0], ParseOffset(r))).ToList();
        _relative = new Lexicon<DateOffset>(relRows);
        var relYears = new Lexicon<DateOffset>(relRows.Where(r => r.Item2 is { Unit: DateUnit.Year, Anchor: DateAnchor.Reference }));
        var words = language.Table("date-words");
        _directions = new Lexicon<DateDirection>(words.Where(r => r.Length >= 3 && r[0] == "direction").Select(r => (r[1], ParseDirection(r[2]))));
        var dirBefore = Lexicon<int>.ToAlternation(DirectionForms(words, "before"));
        var dirAfter = Lexicon<int>.ToAlternation(DirectionForms(words, "after"));
        var range = PatternParts.Connectors(PatternParts.FormsOf(words, "range"));
        var of = Lexicon<int>.ToAlternation(PatternParts.FormsOf(words, "of").Select(TextFolder.FoldKey));
        var dayParts = Lexicon<int>.ToAlternation(PatternParts.FormsOf(words, "day-part").Select(TextFolder.FoldKey));
        var leads = Lexicon<int>.ToAlternation(PatternParts.FormsOf(words, "day-part-lead").Select(TextFolder.FoldKey));
        var monthTriggers = Lexicon<int>.ToAlternation(PatternParts.FormsOf(words, "month-trigger").Select(TextFolder.FoldKey));
        var yearTriggers = Lexicon<int>.ToAlternation(PatternParts.FormsOf(words, "year-trigger").Select(TextFolder.FoldKey));
        var daySuffix = Lexicon<int>.ToAlternation(PatternParts.FormsOf(language.Table("ordinals"), "suffix").Select(TextFolder.FoldKey));
        // A word or sign some languages put between a month and its year (a word for "year", or "/"); none in others.
        var yearLeads = PatternParts.FormsOf(words, "year-lead").Select(TextFolder.FoldKey).ToList();
        var yearLead = yearLeads.Count == 0 ? "" : $@"(?:{Lexicon<int>.ToAlternation(yearLeads)}\s*)?";
        // Words before a day written alone with its ordinal suffix ("from the 24th to the 26th", "on the 8th."); none in
        // languages that do not write days so.
        var dayOnlyLeads = PatternParts.FormsOf(words, "day-only-lead").Select(TextFolder.FoldKey).ToList();
        // Separators of an all-digit day and month without a year ("17-4", "26/4"), in languages that write dates so.
        var numericSeparators = PatternParts.FormsOf(words, "numeric-separator").Where(f => f.Length == 1 && !char.IsLetterOrDigit(f[0])).Select(f => "\\" + f).ToList();

        const string L = @"(?<![\w])";
        const string R = @"(?![\w])";
        string Day(string g) => $@"(?<{g}>3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:{daySuffix})?{R}";
        string Month(string g) => $@"{L}(?<{g}>{_months.Pattern})(?![a-z])";
        string Year(string g) => $@"(?<{g}>1[89][0-9]{{2}}|2[01][0-9]{{2}}){R}";
        var ofOrSpace = $@"(?:\s+{of}\s*|\s*)";
        var weekday = $@"{L}(?:(?<dir>{dirBefore})\s+)?(?<wd>{_weekdays.Pattern})(?![a-z])(?:\s+{dayParts}(?![a-z]))?";
        // Atomic runs of whitespace: what follows a prefix starts with a digit or a letter, so giving back spaces never helps,
        // and three backtracking runs in a row cost the cube of their length (10 s, the timeout, after 200 spaces).
        var prefix = $@"(?:{L}{leads}(?>\s*))?(?:{weekday}(?>\s*),?(?>\s*)(?<paren>\()?(?>\s*))?";
        var close = @"(?(paren)\s*\))";

        (string Name, string Pattern)[] branches =
        [
            ("ISO", $@"(?<ISO>(?<![\w.,/-])(?<y>[0-9]{{4}})-(?<m>[0-9]{{1,2}})(?:-(?<d>[0-9]{{1,2}}))?(?![\w]|[-/.][0-9]))"),
            ("NUM", $@"(?<NUM>(?<![\w.,/-])(?<d>[0-9]{{1,2}})(?<sep>[./])(?<m>[0-9]{{1,2}})\k<sep>(?<y>[0-9]{{4}})(?![\w]|[-/.][0-9]))"),
            ("DMY", $@"(?<DMY>{prefix}(?<![\w.,:/+-]){Day("d")}(?:{range}{Day("d2")})?{ofOrSpace}{Month("m")}(?:\s*,?\s*{yearLead}{Year("y")})?" +
                $@"(?:{range}(?:{L}{_weekdays.Pattern}(?![a-z])\s*,?\s*)?{Day("d3")}{ofOrSpace}{Month("m3")}(?:\s*,?\s*{yearLead}{Year("y3")})?)?" +
                $@"(?:\s+(?<dir>{dirAfter})(?![a-z]))?{close})"),
            ("MDY", $@"(?<MDY>{prefix}{Month("m")}\s*{Day("d")}(?:{range}(?:{Month("m3")}\s*)?{Day("d3")})?(?:\s*,?\s*{Year("y")})?{close})"),
            ("MREL", $@"(?<MREL>{Month("m")}\s+(?:{of}\s*)?(?<rel>{relYears.Pattern}){R})"),
            ("MY", $@"(?<MY>{Month("m")}\s*,?\s*{yearLead}{Year("y")})"),
            ("MDIR", $@"(?<MDIR>{L}(?<dir>{dirBefore})\s+{Month("m")}|{Month("m")}\s+(?<dir>{dirAfter})(?![a-z]))"),
            ("MT", $@"(?<MT>(?<={L}{monthTriggers}\s*){Month("m")})"),
            ("YT", $@"(?<YT>(?<={L}{yearTriggers}\s*)(?<![0-9]){Year("y")})"),
            ("REL", $@"(?<REL>{L}(?:{leads}\s*)?(?<rel>{_relative.Pattern}){R})"),
            ("WDONLY", $@"(?<WDONLY>{weekday}(?:\s+(?<dir>{dirAfter})(?![a-z]))?{R})"),
        ];
        if (dayOnlyLeads.Count > 0 && daySuffix.Length > 0)
        {
            // A day alone must carry its suffix and end a phrase, so that "the 10th Defence Policy Dialogue" is no date.
            var lead = Lexicon<int>.ToAlternation(dayOnlyLeads);
            string DaySuffixed(string g) => $@"(?<{g}>3[01]|[12][0-9]|0?[1-9])(?:{daySuffix})(?![\w])";
            var donly = ("DONLY", $@"(?<DONLY>(?<={L}(?:{lead})\s+){DaySuffixed("d")}(?:{range}(?:(?:{lead})\s+)?{DaySuffixed("d2")})?(?=\s*[.,;:)]|\s*$))");
            branches = [.. branches, donly];
        }
        if (numericSeparators.Count > 0)
        {
            // "17-4", "26/4", "7-10/8": a day (or a range of days) and a month, all digits, the year optional.
            var seps = string.Join("", numericSeparators);
            var dm = ("DM", $@"(?<DM>(?<![\w.,:/+-]){Day("d")}(?:-{Day("d2")})?(?<sep>[{seps}])(?<m>1[0-2]|0?[1-9])(?:\k<sep>(?<y>[0-9]{{4}}))?(?![\w]|[-/.,][0-9]))");
            branches = [.. branches[..2], dm, .. branches[2..]];
        }
        // ISO, NUM and YT start with a digit. The other branches start with a word of the data (a month, weekday, relative
        // word, lead or direction) unless they start with a day (DMY): at a digit they can match only if such a word does.
        var starters = _months.Entries.Concat(_weekdays.Entries).Select(e => e.Key).Concat(_relative.Entries.Select(e => e.Key))
            .Concat(PatternParts.FormsOf(words, "day-part-lead").Concat(DirectionForms(words, "before")).Select(TextFolder.FoldKey));
        var wordsMayStartWithDigit = starters.Any(f => f.Length == 0 || char.IsAsciiDigit(f[0]));
        _atDigit = new DatePattern(branches.Where(b => wordsMayStartWithDigit || b.Name is "ISO" or "NUM" or "DM" or "DMY" or "YT" or "DONLY").Select(b => b.Pattern));
        _atWord = new DatePattern(branches.Where(b => b.Name is not ("ISO" or "NUM" or "DM" or "YT" or "DONLY")).Select(b => b.Pattern));
        // Words a date cannot do without (digits aside): a lead such as "dans l'après-midi du" or "ce" only starts one
        // when one of these follows closely, so the big pattern is not tried after every "le" or "in".
        _anchors = new WordStarts(_months.Entries.Concat(_weekdays.Entries).Select(e => e.Key));
        _relativeForms = [.. _relative.Entries.Select(e => e.Key).Where(f => f.Length > 0)];
        _leads = [.. PatternParts.FormsOf(words, "day-part-lead").Concat(DirectionForms(words, "before")).Select(TextFolder.FoldKey).Where(f => f.Length > 0)];
        _starts = new WordStarts(_months.Entries.Concat(_weekdays.Entries).Select(e => e.Key)
            .Concat(_relative.Entries.Select(e => e.Key))
            .Concat(PatternParts.FormsOf(words, "day-part-lead").Concat(DirectionForms(words, "before")).Select(TextFolder.FoldKey)));
    }

    /// <summary>An alternation of date branches, anchored at the start position, and its group numbers.</summary>
    private sealed class DatePattern
    {
        public DatePattern(IEnumerable<string> branches)
        {
            Regex = new Regex(@"\G(?:" + string.Join('|', branches) + ")", PatternParts.Options, PatternParts.Timeout);
            _ = Regex.IsMatch("1 "); // JIT-compiles the pattern here rather than inside the first document's match
            // A branch left out has no group: its number is -1, whose group never succeeds.
            Iso = Regex.GroupNumberFromName("ISO");
            Num = Regex.GroupNumberFromName("NUM");
            Dm = Regex.GroupNumberFromName("DM");
            Dmy = Regex.GroupNumberFromName("DMY");
            Mdy = Regex.GroupNumberFromName("MDY");
            Mrel = Regex.GroupNumberFromName("MREL");
            My = Regex.GroupNumberFromName("MY");
            Mdir = Regex.GroupNumberFromName("MDIR");
            Mt = Regex.GroupNumberFromName("MT");
            Yt = Regex.GroupNumberFromName("YT");
            Rel = Regex.GroupNumberFromName("REL");
            WdOnly = Regex.GroupNumberFromName("WDONLY");
            DOnly = Regex.GroupNumberFromName("DONLY");
            D = Regex.GroupNumberFromName("d");
            M = Regex.GroupNumberFromName("m");
            Y = Regex.GroupNumberFromName("y");
            M3 = Regex.GroupNumberFromName("m3");
            Y3 = Regex.GroupNumberFromName("y3");
            Wd = Regex.GroupNumberFromName("wd");
            Dir = Regex.GroupNumberFromName("dir");
            Rel2 = Regex.GroupNumberFromName("rel");
        }

        public Regex Regex { get; }
        public int Iso { get; }
        public int Num { get; }
        public int Dm { get; }
        public int Dmy { get; }
        public int Mdy { get; }
        public int Mrel { get; }
        public int My { get; }
        public int Mdir { get; }
        public int Mt { get; }
        public int Yt { get; }
        public int DOnly { get; }
        public int Rel { get; }
        public int WdOnly { get; }
        public int D { get; }
        public int M { get; }
        public int Y { get; }
        public int M3 { get; }
        public int Y3 { get; }
        public int Wd { get; }
        public int Dir { get; }
        public int Rel2 { get; }
    }

    /// <summary>True when a relative phrase ("même jour") starts at a word within <see cref="LookAhead"/> characters after <paramref name="from"/>.</summary>
    private bool RelativeWithin(string folded, int from)
    {
        var end = Math.Min(folded.Length, from + LookAhead);
        for (var i = from + 1; i < end; i++)
            if (char.IsLetterOrDigit(folded[i]) && !char.IsLetterOrDigit(folded[i - 1]) && PhraseAt(_relativeForms, folded, i)) return true;
        return false;
    }

    /// <summary>True when one of <paramref name="phrases"/> starts at <paramref name="at"/>, spaces compared loosely.</summary>
    private static bool PhraseAt(string[] phrases, string folded, int at)
    {
        foreach (var lead in phrases)
        {
            // Forms start with a letter or digit (folded, trimmed, never empty): one that starts otherwise cannot match.
            if (lead[0] != folded[at]) continue;
            var i = at;
            var ok = true;
            for (var k = 0; k < lead.Length && ok; k++)
            {
                if (lead[k] == ' ')
                {
                    if (i >= folded.Length || !char.IsWhiteSpace(folded[i])) ok = false;
                    while (i < folded.Length && char.IsWhiteSpace(folded[i])) i++;
                    continue;
                }
                if (i >= folded.Length || folded[i] != lead[k]) ok = false;
                i++;
                if (ok && lead[k] is '\'' or '-') while (i < folded.Length && char.IsWhiteSpace(folded[i])) i++;
            }
            if (ok && (i >= folded.Length || !char.IsLetterOrDigit(folded[i]) || !char.IsLetterOrDigit(lead[^1]))) return true;
        }
        return false;
    }

    /// <summary>Finds the date expressions of <c>text[start..end)</c>.</summary>
    /// <param name="text">The cleaned text.</param>
    /// <param name="start">Where to start looking.</param>
    /// <param name="end">Where to stop looking (exclusive); -1 for the end of the text.</param>
    /// <returns>Non-overlapping mentions sorted by position, with spans in offsets of <paramref name="text"/>.</returns>
    /// <remarks>The range is treated as a whole text: nothing outside it is looked at, even as context.</remarks>
    public IReadOnlyList<DateMention> Recognize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0 || end > text.Length) end = text.Length;
        start = Math.Clamp(start, 0, end);
        if (start == end) return [];
        return Find(text, start, end, TextFolder.Fold(text.AsSpan(start, end - start))) ?? [];
    }

    /// <summary>The date expressions of the whole of <paramref name="text"/>, whose folded form (<see cref="TextFolder.Fold(ReadOnlySpan{char})"/>)
    /// the caller already has: a document's analysis folds its text once for dates and ordinals.</summary>
    internal IReadOnlyList<DateMention> RecognizeFolded(string text, string folded) =>
        text.Length == 0 ? [] : Find(text, 0, text.Length, folded) ?? [];

    private List<DateMention>? Find(string text, int start, int end, string folded)
    {
        List<DateMention>? results = null;
        try
        {
            var at = _starts.Next(folded, 0);
            while (at >= 0)
            {
                // Try the pattern where a date can start: a digit, a month or weekday, a whole relative phrase ("la veille"),
                // or a whole lead ("dans l'après-midi du") with a digit, month or weekday close after it.
                if (!char.IsAsciiDigit(folded[at]) && !_anchors.StartsAt(folded, at) && !PhraseAt(_relativeForms, folded, at)
                    && (!PhraseAt(_leads, folded, at) || !(_anchors.AnyWithin(folded, at, LookAhead) || RelativeWithin(folded, at))))
                {
                    at = _starts.Next(folded, at + 1);
                    continue;
                }
                var pattern = char.IsAsciiDigit(folded[at]) ? _atDigit : _atWord;
                var match = pattern.Regex.Match(folded, at);
                if (!match.Success)
                {
                    at = _starts.Next(folded, at + 1);
                    continue;
                }
                if (Interpret(match, pattern, text.AsSpan(start, end - start)) is { } expression)
                    (results ??= []).Add(new DateMention(new TextSpan(start + match.Index, start + match.Index + match.Length), expression));
                // A match that is no valid date is skipped whole, so its parts are not read on their own
                // ("30 février 2024" does not leave "février 2024").
                at = _starts.Next(folded, match.Index + match.Length);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keep what was found rather than fail the document.
        }
        return results;
    }

    private DateExpression? Interpret(Match match, DatePattern p, ReadOnlySpan<char> original)
    {
        var g = match.Groups;
        var monthGroup = g[p.M];
        if (monthGroup.Success && _notLowerCase.Contains(monthGroup.ValueSpan)
            && !original.Slice(monthGroup.Index, monthGroup.Length).ContainsAnyInRange('A', 'Z'))
            return null; // "may 2", "march on": a common word, not a month
        if (g[p.Iso].Success || g[p.Num].Success)
        {
            int year = Int(g[p.Y]), month = Int(g[p.M]);
            int? day = g[p.D].Success ? Int(g[p.D]) : null;
            if (g[p.Num].Success && month > 12 && day <= 12) (month, day) = (day.Value, month);
            return IsValid(year, month, day) ? DateExpression.FromParts(year, month, day) : null;
        }
        if (g[p.Dm].Success)
        {
            int month = Int(g[p.M]), day = Int(g[p.D]);
            int? year = g[p.Y].Success ? Int(g[p.Y]) : null;
            return IsValid(year, month, day) ? DateExpression.FromParts(year, month, day) : null;
        }
        if (g[p.Dmy].Success || g[p.Mdy].Success)
        {
            if (!Lookup(_months, g[p.M], out var month)) return null;
            var day = Int(g[p.D]);
            int? year = null;
            if (g[p.Y].Success) year = Int(g[p.Y]);
            if (g[p.Y3].Success || (g[p.Mdy].Success && year is not null))
            {
                // The year written after the range end: the first day is in the year before when the range crosses New Year.
                var endYear = g[p.Y3].Success ? Int(g[p.Y3]) : year!.Value;
                var crosses = g[p.M3].Success && Lookup(_months, g[p.M3], out var endMonth) && endMonth < month;
                if (year is null || g[p.Mdy].Success) year = crosses ? endYear - 1 : endYear;
            }
            if (!IsValid(year, month, day)) return null;
            return new DateExpression(year, month, day, Weekday(g[p.Wd]), Direction(g[p.Dir]));
        }
        if (g[p.Mrel].Success)
        {
            if (!Lookup(_months, g[p.M], out var month) || !Lookup(_relative, g[p.Rel2], out var offset)) return null;
            return new DateExpression(null, month, null, Offset: offset);
        }
        if (g[p.My].Success)
            return Lookup(_months, g[p.M], out var month) ? DateExpression.FromParts(Int(g[p.Y]), month, null) : null;
        if (g[p.Mdir].Success || g[p.Mt].Success)
            return Lookup(_months, g[p.M], out var month) ? new DateExpression(null, month, null, Direction: Direction(g[p.Dir])) : null;
        if (g[p.Yt].Success) return DateExpression.FromParts(Int(g[p.Y]), null, null);
        if (g[p.DOnly].Success) return new DateExpression(null, null, Int(g[p.D]));
        if (g[p.Rel].Success) return Lookup(_relative, g[p.Rel2], out var rel) ? DateExpression.FromOffset(rel) : null;
        // A weekday name that is also a common phrase (an ordinal, in some languages) is a weekday only when capitalised.
        if (g[p.WdOnly].Success && g[p.Wd] is { Success: true } wdGroup && _weekdayNotLowerCase.Contains(wdGroup.ValueSpan)
            && !HasUpper(original.Slice(wdGroup.Index, wdGroup.Length)))
            return null;
        if (g[p.WdOnly].Success && Weekday(g[p.Wd]) is { } weekday)
            return new DateExpression(null, null, null, weekday, Direction(g[p.Dir]));
        return null;
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsUpper(c)) return true;
        return false;
    }

    private DayOfWeek? Weekday(Group group) =>
    group.Success && Lookup(_weekdays, group, out var iso) ? (DayOfWeek)(iso % 7) : null;

    private DateDirection Direction(Group group) =>
        group.Success && Lookup(_directions, group, out var direction) ? direction : DateDirection.None;

    private static bool Lookup<T>(Lexicon<T> lexicon, Group group, out T value) => lexicon.TryGet(group.ValueSpan, out value);

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool IsValid(int? year, int month, int? day) =>
        month is >= 1 and <= 12 && (year is null || year is >= 1 and <= 9999)
        && (day is null || (day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month)));

    private static IEnumerable<(string, int)> NumberedRows(IReadOnlyList<string[]> table) =>
        table.Where(r => r.Length >= 2 && int.TryParse(r[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(r => (r[1], int.Parse(r[0], NumberStyles.None, CultureInfo.InvariantCulture)));

    private static IEnumerable<string> DirectionForms(IReadOnlyList<string[]> words, string position) =>
        words.Where(r => r.Length >= 4 && r[0] == "direction" && r[3] == position)
            .SelectMany(r => LanguageData.Alternatives(r[1])).Select(TextFolder.FoldKey);

    private static DateOffset ParseOffset(string[] row)
    {
        var unit = Enum.Parse<DateUnit>(row[1], ignoreCase: true);
        var amount = int.Parse(row[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var anchor = row.Length > 3 && row[3].Length > 0 ? Enum.Parse<DateAnchor>(row[3], ignoreCase: true) : DateAnchor.Reference;
        return new DateOffset(unit, amount, anchor);
    }

    private static DateDirection ParseDirection(string value) => Enum.Parse<DateDirection>(value, ignoreCase: true);
}
