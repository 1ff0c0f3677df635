using System.Text;
using System.Text.RegularExpressions;
using Attache.Model;

namespace Attache.Record;

/// <summary>A full-text search of the stored documents, narrowed by the events they support.</summary>
public sealed record SearchQuery
{
    /// <summary>The words to find: plain words (all must occur, in any order), <c>"a phrase"</c>, <c>prefix*</c>.</summary>
    public string Text { get; init; } = "";

    /// <summary>Event filters (country, partner, type, dates, area, mechanism, person): a document is found only when it
    /// supports an event that passes them; its events listed are those that do. Its text, limit and offset are ignored.</summary>
    public EventQuery? Filter { get; init; }

    /// <summary>At most this many documents.</summary>
    public int Limit { get; init; } = 20;

    /// <summary>Skip this many of the best-ranked documents first (paging).</summary>
    public int Offset { get; init; }
}

/// <summary>A passage of a found document with the matched words marked.</summary>
/// <param name="Start">Where the passage starts in the document text (UTF-16 offset).</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Text">The passage.</param>
/// <param name="Highlights">The matched words, as offsets into <paramref name="Text"/>.</param>
public sealed record SearchSnippet(int Start, int End, string Text, IReadOnlyList<TextSpan> Highlights);

/// <summary>One document a search found, best first.</summary>
/// <param name="Document">The document.</param>
/// <param name="Title">Its first line (the headline of a dispatch).</param>
/// <param name="Score">Relevance (higher is better; comparable within one search only).</param>
/// <param name="Snippet">The passage with the most matches.</param>
/// <param name="Events">The stored events the document reports (those that pass the filter, when there is one).</param>
public sealed record SearchHit(DocumentRecord Document, string Title, double Score, SearchSnippet Snippet, IReadOnlyList<StoredEvent> Events);

/// <summary>One clause of a parsed search: a word, or words that must follow each other; the last may be a prefix.</summary>
/// <param name="Words">Folded words, in order.</param>
/// <param name="Prefix">The last word matches any word it begins.</param>
public sealed record SearchClause(IReadOnlyList<string> Words, bool Prefix);

/// <summary>The one folding and word splitting of search, used for the index, the queries and the highlights alike, so the
/// two stores and the snippets agree on what a word is: letters and digits, case and diacritics folded ("Chiến" → "chien",
/// "Đà" → "da"), anything else a separator.</summary>
public static partial class SearchText
{
    /// <summary>Longest title kept.</summary>
    public const int TitleLength = 160;

    /// <summary>The words of a text with their offsets, folded.</summary>
    public static IEnumerable<(int Start, int End, string Word)> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var ch = i < text.Length ? text[i] : ' ';
            // A combining mark (decomposed text) belongs to the word it follows and folds to nothing.
            if (ch is >= '\u0300' and <= '\u036F' && start >= 0) continue;
            var c = Tokenization.TextFolding.Fold(ch);
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0) start = i;
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (start < 0) continue;
            yield return (start, i, sb.ToString());
            sb.Clear();
            start = -1;
        }
    }

    /// <summary>The folded words of a text joined by spaces: what the index is given.</summary>
    public static string Fold(string? text) => string.IsNullOrEmpty(text) ? "" : string.Join(' ', Words(text).Select(w => w.Word));

    /// <summary>The document's first non-empty line, without a leading <c>date …</c> header, cut to <see cref="TitleLength"/>.</summary>
    public static string Title(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var raw in text.Split('\n'))
        {
            var line = HeaderDate().Replace(raw.Trim(), "").Trim();
            if (line.Length == 0) continue;
            return line.Length <= TitleLength ? line : line[..TitleLength].TrimEnd() + "…";
        }
        return "";
    }

    [GeneratedRegex(@"^date\s+\d{4}(-\d{2}){0,2}\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderDate();

    /// <summary>Parses a query: <c>"…"</c> is a phrase, a trailing <c>*</c> a prefix, a word that folds into several
    /// ("Vietnam-Japon") a phrase of them; every clause must match.</summary>
    public static IReadOnlyList<SearchClause> Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var clauses = new List<SearchClause>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }
            string part;
            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                part = close < 0 ? query[(i + 1)..] : query[(i + 1)..close];
                i = close < 0 ? query.Length : close + 1;
            }
            else
            {
                var end = i;
                while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] != '"') end++;
                part = query[i..end];
                i = end;
            }
            var prefix = i < query.Length && query[i] == '*' || part.EndsWith('*');
            if (i < query.Length && query[i] == '*') i++;
            var words = Words(part).Select(w => w.Word).ToList();
            if (words.Count > 0) clauses.Add(new SearchClause(words, prefix));
        }
        return clauses;
    }

    /// <summary>The query in SQLite FTS5 syntax: each clause a quoted phrase, a prefix one followed by <c>*</c>.</summary>
    public static string ToFts5(IReadOnlyList<SearchClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        // Folded words hold only letters and digits, so quoting them is enough to make any query valid FTS5.
        return string.Join(' ', clauses.Select(c => "\"" + string.Join(' ', c.Words) + "\"" + (c.Prefix ? "*" : "")));
    }

    /// <summary>A clause in PostgreSQL <c>to_tsquery</c> syntax: the words of a phrase joined by <c>&lt;-&gt;</c>, a prefix
    /// marked <c>:*</c>.</summary>
    public static string ToTsQuery(SearchClause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var words = clause.Words.Select(w => "'" + w + "'").ToList();
        if (clause.Prefix) words[^1] += ":*";
        return string.Join(" <-> ", words);
    }

    /// <summary>True when every clause occurs in the text (as the index would find it, without stemming).</summary>
    public static bool Matches(string text, IReadOnlyList<SearchClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var words = Words(text ?? "").Select(w => w.Word).ToList();
        return clauses.All(c => Enumerable.Range(0, words.Count).Any(i => At(words, i, c, stem: false)));
    }

    /// <summary>The passage of about <paramref name="width"/> characters with the most matched words, cut at word ends.</summary>
    public static SearchSnippet Snippet(string text, IReadOnlyList<SearchClause> clauses, int width = 240)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(clauses);
        var words = Words(text).ToList();
        var folded = words.Select(w => w.Word).ToList();
        var hits = Find(words, folded, clauses, stem: false);
        // The stores stem French and English words (PostgreSQL): a document found only so gets its near forms marked.
        if (hits.Count == 0) hits = Find(words, folded, clauses, stem: true);
        var start = 0;
        if (hits.Count > 0)
        {
            var best = 0;
            var bestCount = -1;
            for (var k = 0; k < hits.Count; k++)
            {
                var count = hits.Count(h => h.Start >= hits[k].Start && h.End <= hits[k].Start + width);
                if (count > bestCount)
                {
                    best = k;
                    bestCount = count;
                }
            }
            // Some words of context before the first match.
            start = Math.Max(0, hits[best].Start - width / 5);
            var previous = words.FindLastIndex(w => w.Start <= start);
            start = previous < 0 ? 0 : words[previous].Start;
        }
        var end = Math.Min(text.Length, start + width);
        var last = words.FindLastIndex(w => w.End <= end);
        if (end < text.Length && last >= 0 && words[last].End > start) end = words[last].End;
        var marks = hits.Where(h => h.Start >= start && h.End <= end).Select(h => new TextSpan(h.Start - start, h.End - start)).ToList();
        return new SearchSnippet(start, end, text[start..end], marks);
    }

    private static List<(int Start, int End)> Find(List<(int Start, int End, string Word)> words, List<string> folded, IReadOnlyList<SearchClause> clauses, bool stem)
    {
        var hits = new List<(int Start, int End)>();
        for (var i = 0; i < folded.Count; i++)
            foreach (var c in clauses)
                if (At(folded, i, c, stem))
                {
                    hits.Add((words[i].Start, words[i + c.Words.Count - 1].End));
                    break;
                }
        return hits;
    }

    private static bool At(List<string> words, int i, SearchClause clause, bool stem)
    {
        if (i + clause.Words.Count > words.Count) return false;
        for (var k = 0; k < clause.Words.Count; k++)
        {
            var (word, want) = (words[i + k], clause.Words[k]);
            var lastPrefix = clause.Prefix && k == clause.Words.Count - 1;
            if (word == want || (lastPrefix && word.StartsWith(want, StringComparison.Ordinal))) continue;
            if (stem && Stem(word) == Stem(want)) continue;
            return false;
        }
        return true;
    }

    /// <summary>A crude stem for marking: plural and common French and English endings off.</summary>
    private static string Stem(string word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ations", "ation", "ements", "ement", "ing", "es", "s", "e"])
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)) return word[..^ending.Length];
        return word;
    }
}
