using System.Globalization;
using System.Text.RegularExpressions;
using Attache.Languages;
using Attache.Model;

namespace Attache.Recognition.Numbers;

/// <summary>An ordinal number found in a text ("10e", "1er", "21st", "vingt-et-unième", "XIIe").</summary>
/// <param name="Span">Where it is, in offsets of the text given to <see cref="OrdinalRecognizer.Recognize"/>.</param>
/// <param name="Value">The number.</param>
public sealed record OrdinalMention(TextSpan Span, int Value)
{
    /// <summary>True when a month name follows ("1er mars", "4th March"): the ordinal is then the day of a date, which the
    /// caller will usually want to skip.</summary>
    public bool IsDayOfMonth { get; init; }
}

/// <summary>Finds ordinal numbers in a text, using one language's <c>ordinals</c> data file (and <c>months</c>, <c>date-words</c>).</summary>
/// <remarks>
/// Recognises digits with a suffix ("10e", "10ème", "1re", "21st"), ordinal words ("dixième", "tenth"), words composed
/// from a tens prefix, a joiner and an ordinal ("vingt-et-unième", "quatre-vingt-dix-septième", "twenty-first"), and,
/// when the data lists Roman suffixes, upper-case Roman numerals with a lower-case suffix ("XIIe"; one-letter numerals
/// only I, V, X, so "Le" and "Ce" are not read). Every ordinal is reported, days of dates included; see
/// <see cref="OrdinalMention.IsDayOfMonth"/>. Words that are also other things ("second", "premier") are reported too.
/// Case- and diacritic-insensitive. Thread-safe once built.
/// </remarks>
public sealed class OrdinalRecognizer
{
    private readonly Regex _regex;
    private readonly WordStarts _starts;
    private readonly bool _hasRoman;
    private readonly Regex _monthAfter;
    private readonly Lexicon<int> _words;
    private readonly Lexicon<int> _compoundOnly;
    private readonly Lexicon<int> _tens;
    private readonly int _num, _n, _word, _tensGroup, _last, _roman, _romanDigits;

    /// <summary>Builds the patterns of one language.</summary>
    /// <param name="language">The language's data, e.g. <c>LanguageData.For("en")</c>.</param>
    public OrdinalRecognizer(LanguageData language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var table = language.Table("ordinals");
        _words = new Lexicon<int>(Rows(table, "word"));
        _compoundOnly = new Lexicon<int>(Rows(table, "compound-only"));
        _tens = new Lexicon<int>(Rows(table, "tens"));
        var joiner = PatternParts.Connectors(PatternParts.FormsOf(table, "joiner"));
        var suffix = Lexicon<int>.ToAlternation(PatternParts.FormsOf(table, "suffix").Select(TextFolder.FoldKey));
        var romanSuffix = Lexicon<int>.ToAlternation(PatternParts.FormsOf(table, "roman-suffix").Select(TextFolder.FoldKey));
        var lastWords = Lexicon<int>.ToAlternation(_words.Entries.Concat(_compoundOnly.Entries).Select(e => e.Key));

        // Languages that put the ordinal word before the digits list it as a "prefix" row (the span then starts at the word).
        var prefixForms = PatternParts.FormsOf(table, "prefix").Select(TextFolder.FoldKey).ToList();
        var prefixed = prefixForms.Count == 0 ? "" : $@"|(?<NUM>(?<![\w-]){Lexicon<int>.ToAlternation(prefixForms)}\s*(?<n>[0-9]{{1,4}})(?![\w]))";
        var pattern = @"\G(?:" + string.Join('|',
            $@"(?<NUM>(?<![\w.,-])(?<n>[0-9]{{1,4}})(?:{suffix})(?![\w])){prefixed}",
            $@"(?<WORD>(?<![\w-])(?:(?<tens>{_tens.Pattern}){joiner})*(?<last>{lastWords})(?![\w-]))",
            $@"(?<ROMAN>(?<![\w])(?<r>[ivxlc]+)(?:{romanSuffix})(?![\w]))") + ")";
        _starts = new WordStarts(_words.Entries.Concat(_compoundOnly.Entries).Concat(_tens.Entries).Select(e => e.Key).Concat(prefixForms));
        _hasRoman = PatternParts.FormsOf(table, "roman-suffix").Any();
        // Unlike the date pattern, this small one is faster compiled (measured: 36 µs against 72 µs a dev dispatch).
        _regex = new Regex(pattern, PatternParts.Options | RegexOptions.Compiled, PatternParts.Timeout);
        _ = _regex.IsMatch("1 "); // JIT-compiles the pattern here rather than inside the first document's match
        var months = new Lexicon<int>(language.Table("months").Where(r => r.Length >= 2).Select(r => (r[1], 0)));
        var of = Lexicon<int>.ToAlternation(PatternParts.FormsOf(language.Table("date-words"), "of").Select(TextFolder.FoldKey));
        _monthAfter = new Regex($@"\G\s*(?:{of}\s*)?{months.Pattern}(?![a-z])", PatternParts.Options, PatternParts.Timeout);
        _num = _regex.GroupNumberFromName("NUM");
        _n = _regex.GroupNumberFromName("n");
        _word = _regex.GroupNumberFromName("WORD");
        _tensGroup = _regex.GroupNumberFromName("tens");
        _last = _regex.GroupNumberFromName("last");
        _roman = _regex.GroupNumberFromName("ROMAN");
        _romanDigits = _regex.GroupNumberFromName("r");
    }

    /// <summary>Finds the ordinals of <c>text[start..end)</c>.</summary>
    /// <param name="text">The cleaned text.</param>
    /// <param name="start">Where to start looking.</param>
    /// <param name="end">Where to stop looking (exclusive); -1 for the end of the text.</param>
    /// <returns>Non-overlapping mentions sorted by position, with spans in offsets of <paramref name="text"/>.</returns>
    public IReadOnlyList<OrdinalMention> Recognize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0 || end > text.Length) end = text.Length;
        start = Math.Clamp(start, 0, end);
        if (start == end) return [];
        return Find(text, start, end, TextFolder.Fold(text.AsSpan(start, end - start))) ?? [];
    }

    /// <summary>The ordinals of the whole of <paramref name="text"/>, whose folded form the caller already has.</summary>
    internal IReadOnlyList<OrdinalMention> RecognizeFolded(string text, string folded) =>
        text.Length == 0 ? [] : Find(text, 0, text.Length, folded) ?? [];

    private List<OrdinalMention>? Find(string text, int start, int end, string folded)
    {
        List<OrdinalMention>? results = null;
        try
        {
            var original = _hasRoman ? text.AsSpan(start, end - start) : default;
            var at = _starts.Next(folded, 0, original);
            while (at >= 0)
            {
                var match = _regex.Match(folded, at);
                if (!match.Success)
                {
                    at = _starts.Next(folded, at + 1, original);
                    continue;
                }
                if (Value(match, text, start) is { } value)
                {
                    var dayOfMonth = _monthAfter.IsMatch(folded.AsSpan(), match.Index + match.Length);
                    var span = new TextSpan(start + match.Index, start + match.Index + match.Length);
                    (results ??= []).Add(new OrdinalMention(span, value) { IsDayOfMonth = dayOfMonth });
                }
                // A match that is no valid number ("vingt-trentième", "Ce") is skipped whole.
                at = _starts.Next(folded, match.Index + match.Length, original);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keep what was found rather than fail the document.
        }
        return results;
    }

    private int? Value(Match match, string text, int offset)
    {
        var g = match.Groups;
        if (g[_num].Success)
        {
            var n = int.Parse(g[_n].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            return n > 0 ? n : null;
        }
        if (g[_word].Success)
        {
            var tens = g[_tensGroup].Captures;
            var total = 0;
            foreach (Capture c in tens)
                if (_tens.TryGet(c.ValueSpan, out var t)) total += t;
            var last = g[_last];
            if (_words.TryGet(last.ValueSpan, out var word))
            {
                if (tens.Count > 0 && word >= 20) return null; // "vingt-trentième" is no number
                return total + word;
            }
            return tens.Count > 0 && _compoundOnly.TryGet(last.ValueSpan, out var unit) ? total + unit : null;
        }
        if (g[_roman].Success)
        {
            var digits = g[_romanDigits];
            var original = text.AsSpan(offset + digits.Index, digits.Length);
            var suffixStart = offset + digits.Index + digits.Length;
            // Upper-case numeral, lower-case suffix: excludes ordinary words and all-caps headlines.
            if (original.ContainsAnyExcept("IVXLC") || char.IsUpper(text[suffixStart])) return null;
            if (original.Length == 1 && original[0] is 'L' or 'C') return null;
            return Roman(original);
        }
        return null;
    }

    private static int? Roman(ReadOnlySpan<char> numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var v = RomanDigit(numeral[i]);
            var next = i + 1 < numeral.Length ? RomanDigit(numeral[i + 1]) : 0;
            total += v < next ? -v : v;
        }
        return total > 0 && total < 400 && ToRoman(total) == numeral.ToString() ? total : null;
    }

    private static int RomanDigit(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };

    private static string ToRoman(int value)
    {
        (int, string)[] table = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var s = "";
        foreach (var (v, r) in table)
            while (value >= v) { s += r; value -= v; }
        return s;
    }

    private static IEnumerable<(string, int)> Rows(IReadOnlyList<string[]> table, string kind) =>
        table.Where(r => r.Length >= 3 && r[0] == kind)
            .Select(r => (r[1], int.Parse(r[2], NumberStyles.None, CultureInfo.InvariantCulture)));
}
