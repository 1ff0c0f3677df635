using System.Text.RegularExpressions;
using Attache.Model;

namespace Attache.Cleaning;

/// <summary>
/// Removes wire-copy noise (header line, photo captions, related links, dateline, agency tail, typographic characters,
/// lost spaces) while keeping a map from every cleaned position back to the original text.
/// </summary>
/// <remarks>
/// Noise is mostly replaced by spaces (newlines kept), so most offsets map one to one; deleted characters (zero-width,
/// soft hyphen, the CR of CRLF) and re-inserted spaces go through the map. All patterns come from the
/// <c>cleaning.tsv</c> data files. Thread-safe; never throws.
/// </remarks>
public sealed class TextCleaner
{
    private readonly CleaningRules _rules;

    /// <summary>A cleaner using the rules of the embedded data files.</summary>
    public TextCleaner() => _rules = CleaningRules.Default;

    /// <summary>Cleans a dispatch; never throws (null is read as the empty string).</summary>
    public CleanedText Clean(string raw)
    {
        raw ??= "";
        try
        {
            return CleanCore(raw);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last resort: the text unchanged, so offsets stay valid.
            var map = new int[raw.Length + 1];
            for (var i = 0; i < map.Length; i++) map[i] = i;
            return new CleanedText(raw, raw, map, new bool[raw.Length], null, DocumentMetadata.Empty);
        }
    }

    private CleanedText CleanCore(string raw)
    {
        var (buf, map, absorbed, n) = NormalizeCharacters(raw);
        var inserted = new bool[n];
        string? unchanged;
        (buf, map, inserted, absorbed, n, unchanged) = InsertLostSpaces(buf, map, inserted, absorbed, n);
        var text = new Buffer(buf, n, unchanged);

        var headerDate = BlankHeader(text);
        // Matched over the working characters themselves: no new string of the text after each rule that blanked some.
        foreach (var rule in _rules.Blanks)
            foreach (var (start, end) in Matches(rule, text))
                text.Blank(start, end);
        BlankCaptions(text);
        var (place, date, span) = BlankDateline(text);
        BlankTail(text, span?.End ?? 0);

        return new CleanedText(raw, text.ToString(), map, inserted, absorbed, new DocumentMetadata(headerDate, place, date, span));
    }

    /// <summary>
    /// Same-length character mapping, deletions, CR handling, composition of a letter with the combining marks after it;
    /// returns the buffer, its map to the original and, when a letter absorbed marks, how many original characters each
    /// cleaned one stands for beyond the first (null when none did).
    /// </summary>
    private (char[] Buf, int[] Map, int[]? Absorbed, int Length) NormalizeCharacters(string raw)
    {
        var buf = new char[raw.Length];
        var map = new int[raw.Length + 1];
        int[]? absorbed = null;
        var n = 0;
        var table = _rules.CharTable;
        var composition = Composition.Default;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            // "e" + U+0302 + U+0301 is one letter (NFC): lexicons and folding see composed letters; the span still covers the marks.
            if (Composition.IsMark(c) && n > 0 && composition.TryCompose(buf[n - 1], c, out var composed))
            {
                buf[n - 1] = composed;
                absorbed ??= new int[raw.Length];
                absorbed[n - 1] = i - map[n - 1];
                continue;
            }
            if (c == '\r')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\n') continue;
                c = '\n';
            }
            else if (table[c] != c)
            {
                if (table[c] == CleaningRules.DeleteMark) continue;
                c = table[c];
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                {
                    buf[n] = c;
                    map[n++] = i++;
                    c = raw[i];
                }
                else
                {
                    c = '\uFFFD';
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                c = '\uFFFD';
            }
            else if (c != '\n' && c != '\t' && char.IsControl(c))
            {
                c = ' ';
            }
            buf[n] = c;
            map[n++] = i;
        }
        map[n] = raw.Length;
        return (buf, map, absorbed, n);
    }

    /// <summary>Inserts a space at each split point of the <c>split</c> rules, except in protected tokens.</summary>
    /// <remarks>When no space is inserted, also returns the text as the string the rules were matched against.</remarks>
    private (char[] Buf, int[] Map, bool[] Inserted, int[]? Absorbed, int Length, string? Text) InsertLostSpaces(char[] buf, int[] map, bool[] inserted, int[]? absorbed, int n)
    {
        if (_rules.Splits.Count == 0 || n < 4) return (buf, map, inserted, absorbed, n, null);
        var s = new string(buf, 0, n);
        var points = new SortedSet<int>();
        int[]? noSplitCharsBefore = null;
        void AddSplit(int at)
        {
            if (at > 0 && at < n && AllowSplit(s, at, noSplitCharsBefore ??= NoSplitCharRuns(s))) points.Add(at);
        }
        foreach (var rule in _rules.Splits)
        {
            // A rule too slow on this input is skipped (twice too slow: see Retried).
            Retried(() =>
            {
                if (rule.GroupNumberFromName("at") >= 0)
                {
                    for (var m = rule.Match(s); m.Success; m = m.NextMatch())
                        AddSplit(m.Groups["at"].Index);
                }
                else
                {
                    foreach (var m in rule.EnumerateMatches(s)) AddSplit(m.Index);
                }
                return true;
            }, false);
        }
        if (points.Count == 0) return (buf, map, inserted, absorbed, n, s);

        var total = n + points.Count;
        var nb = new char[total];
        var nm = new int[total + 1];
        var ni = new bool[total];
        var na = absorbed is null ? null : new int[total];
        var j = 0;
        var prev = 0;
        foreach (var p in points)
        {
            Array.Copy(buf, prev, nb, j, p - prev);
            Array.Copy(map, prev, nm, j, p - prev);
            Array.Copy(inserted, prev, ni, j, p - prev);
            if (na is not null) Array.Copy(absorbed!, prev, na, j, p - prev);
            j += p - prev;
            nb[j] = ' ';
            nm[j] = map[p];
            ni[j] = true;
            j++;
            prev = p;
        }
        Array.Copy(buf, prev, nb, j, n - prev);
        Array.Copy(map, prev, nm, j, n - prev + 1);
        Array.Copy(inserted, prev, ni, j, n - prev);
        if (na is not null) Array.Copy(absorbed!, prev, na, j, n - prev);
        return (nb, nm, ni, na, total, null);
    }

    /// <remarks>
    /// Linear in the word: a word longer than every no-split entry is scanned no further than that, and the no-split
    /// characters of the whitespace-free run come from <paramref name="runs"/> (see <see cref="NoSplitCharRuns"/>), so a
    /// run-on token of 80 KB ("HanoiHanoi…", thousands of split points) costs one pass, not one pass per point.
    /// </remarks>
    private bool AllowSplit(string s, int at, int[] runs)
    {
        var limit = _rules.NoSplitLongest + 1;
        var a = at;
        while (a > 0 && at - a < limit && IsWordChar(s[a - 1])) a--;
        var b = at;
        while (b < s.Length && b - at < limit && IsWordChar(s[b])) b++;
        var cutBefore = a > 0 && IsWordChar(s[a - 1]);
        var cutAfter = b < s.Length && IsWordChar(s[b]);
        // A word or prefix cut short by the limit is longer than any entry, so it matches none.
        if ((!cutBefore && !cutAfter && _rules.NoSplit.Contains(s[a..b])) || (!cutBefore && _rules.NoSplitPrefixes.Contains(s[a..at]))) return false;
        return runs.Length == 0 || runs[at] == 0;
    }

    /// <summary>
    /// Per position, the number of no-split characters in the whitespace-free run around it (the run ending there and
    /// the run starting there, as one); empty when the rules list no such character.
    /// </summary>
    private int[] NoSplitCharRuns(string s)
    {
        if (_rules.NoSplitChars.Count == 0) return [];
        var n = s.Length;
        var before = new int[n + 1]; // no-split characters from the run's start to the position
        for (var i = 1; i <= n; i++)
            before[i] = char.IsWhiteSpace(s[i - 1]) ? 0 : before[i - 1] + (_rules.NoSplitChars.Contains(s[i - 1]) ? 1 : 0);
        var after = 0; // no-split characters from the position to the run's end
        for (var i = n; i >= 0; i--)
        {
            if (i == n || char.IsWhiteSpace(s[i])) after = 0;
            else after += _rules.NoSplitChars.Contains(s[i]) ? 1 : 0;
            before[i] += after;
        }
        return before;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private const int HeaderLines = 3;
    private const int HeaderWindow = 300;

    private PartialDate? BlankHeader(Buffer text)
    {
        var s = text.ToString();
        // A saved page puts its title, and perhaps a site name, before the header line: the header may open any of the
        // first few short lines.
        var lineStart = 0;
        for (var line = 0; line < HeaderLines && lineStart < s.Length; line++)
        {
            var head = s.AsSpan(lineStart, Math.Min(HeaderWindow, s.Length - lineStart)).ToString();
            foreach (var rule in _rules.Headers)
            {
                var m = SafeMatch(rule, head, 0);
                if (m is null || m.Index != 0 && !string.IsNullOrWhiteSpace(head[..m.Index])) continue;
                text.Blank(lineStart + m.Index, lineStart + m.Index + m.Length);
                return PartialDate.TryParse(m.Groups["date"].Value, out var date) ? date : null;
            }
            var next = s.IndexOf('\n', lineStart);
            if (next < 0 || next - lineStart > HeaderWindow) break;
            lineStart = next + 1;
        }
        return null;
    }

    private void BlankCaptions(Buffer text)
    {
        var s = text.ToString();
        var max = _rules.Setting("caption-max", 400);
        foreach (var rule in _rules.Captions)
        {
            foreach (var (start, end) in Matches(rule, s))
            {
                var lineStart = start == 0 ? 0 : s.LastIndexOf('\n', start - 1) + 1;
                // "Les deux ministres signent un protocole d'accord. Photo : VNA": a caption showing a signing keeps its
                // text, since it may be the only report of the agreement.
                // A line that opens with a dateline is the dispatch's body run on to its photo credit, not a caption.
                var keep = start - lineStart > max || KeepsCaption(s, lineStart, start) || (start > lineStart && Earliest(s, lineStart, lineStart + 1) is not null);
                text.Blank(keep ? start : lineStart, end);
            }
        }
    }

    private bool KeepsCaption(string s, int start, int end)
    {
        if (end <= start) return false;
        var caption = s[start..end];
        foreach (var rule in _rules.CaptionKeeps)
            if (SafeMatch(rule, caption, 0) is not null) return true;
        return false;
    }

    private (string? Place, string? Date, TextSpan? Span) BlankDateline(Buffer text)
    {
        var s = text.ToString();
        var first = 0;
        while (first < s.Length && char.IsWhiteSpace(s[first])) first++;
        if (first == s.Length) return (null, null, null);
        var window = first + _rules.Setting("dateline-window", 1500);

        var m = Earliest(s, 0, window);
        if (m is null) return (null, null, null);
        var place = GroupValue(m, "place");
        var date = GroupValue(m, "date");
        var (start, end) = Trim(s, m.Index, m.Index + m.Length);

        // A second dateline right after the first ("VIETNAM, October 5 -\n\nHÀ NỘI —") is part of it.
        var next = end;
        while (next < s.Length && char.IsWhiteSpace(s[next])) next++;
        var second = next < s.Length ? Earliest(s, end, next + 1) : null;
        if (second is not null && FirstNonSpace(s, second.Index) == next)
        {
            place ??= GroupValue(second, "place");
            date ??= GroupValue(second, "date");
            end = Trim(s, second.Index, second.Index + second.Length).End;
        }
        if (end <= start) return (place, date, null);
        text.Blank(start, end);
        return (place, date, new TextSpan(start, end));
    }

    /// <summary>The dateline match starting earliest in <c>[from, before)</c>; ties go to the earlier rule.</summary>
    private Match? Earliest(string s, int from, int before)
    {
        Match? best = null;
        foreach (var rule in _rules.Datelines)
        {
            var m = SafeMatch(rule, s, from);
            if (m is null || m.Length == 0 || FirstNonSpace(s, m.Index) >= before) continue;
            if (best is null || m.Index < best.Index) best = m;
        }
        return best;
    }

    private void BlankTail(Buffer text, int from)
    {
        var s = text.Span;
        var last = s.Length;
        while (last > 0 && char.IsWhiteSpace(s[last - 1])) last--;
        var maxResidue = _rules.Setting("tail-residue-max", 400);
        var found = new List<(int Start, int End)>();
        foreach (var rule in _rules.Tails)
            found.AddRange(Matches(rule, text).Where(t => t.Start >= from));
        foreach (var (start, end) in found.OrderBy(t => t.Start))
        {
            if (last - end <= maxResidue)
            {
                text.Blank(start, text.Length);
                return;
            }
            text.Blank(start, end);
        }
    }

    private static string? GroupValue(Match m, string name)
    {
        var g = m.Groups[name];
        return g.Success && g.Value.Trim().Length > 0 ? g.Value.Trim() : null;
    }

    private static int FirstNonSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i;
    }

    private static (int Start, int End) Trim(string s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return (start, end);
    }

    private static Match? SafeMatch(Regex rule, string s, int from) => Retried(() =>
    {
        var m = rule.Match(s, from);
        return m.Success ? m : null;
    }, null);

    private static List<(int Start, int End)> Matches(Regex rule, Buffer text)
    {
        // A rule too slow on this input is skipped (twice too slow: see Retried).
        return Retried(() =>
        {
            var list = new List<(int, int)>();
            foreach (var m in rule.EnumerateMatches(text.Span))
                if (m.Length > 0) list.Add((m.Index, m.Index + m.Length));
            return list;
        }, []);
    }

    private static List<(int Start, int End)> Matches(Regex rule, string s)
    {
        // A rule too slow on this input is skipped (twice too slow: see Retried).
        return Retried(() =>
        {
            var list = new List<(int, int)>();
            foreach (var m in rule.EnumerateMatches(s))
                if (m.Length > 0) list.Add((m.Index, m.Index + m.Length));
            return list;
        }, []);
    }

    /// <summary>
    /// The result of <paramref name="match"/>, tried a second time when it times out, else <paramref name="skipped"/>.
    /// </summary>
    /// <remarks>
    /// A compiled regex is turned into machine code during its first match, and that time counts against the match's
    /// timeout: on a loaded machine the first document's dateline or header rule could time out and be skipped, so the
    /// same input gave another output about one run in nine. The second try runs compiled code; only a rule that is
    /// slow on the input itself is skipped.
    /// </remarks>
    private static T Retried<T>(Func<T> match, T skipped)
    {
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException)
        {
            try
            {
                return match();
            }
            catch (RegexMatchTimeoutException)
            {
                return skipped;
            }
        }
    }

    /// <summary>The working text: same-length blanking only.</summary>
    private sealed class Buffer(char[] chars, int length, string? text)
    {
        private string? _cached = text;

        /// <summary>The working characters (changed by <see cref="Blank"/>).</summary>
        public ReadOnlySpan<char> Span => chars.AsSpan(0, length);

        public int Length => length;

        public void Blank(int start, int end)
        {
            start = Math.Max(0, start);
            end = Math.Min(length, end);
            for (var i = start; i < end; i++)
            {
                if (chars[i] != '\n' && chars[i] != ' ')
                {
                    chars[i] = ' ';
                    _cached = null;
                }
            }
        }

        public override string ToString() => _cached ??= new string(chars, 0, length);
    }
}
