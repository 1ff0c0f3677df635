using System.Globalization;
using Attache.Languages;

namespace Attache.Cleaning;

/// <summary>Canonical composition of a letter and the combining marks after it, from <c>data/lang/common/compose.tsv</c>.</summary>
/// <remarks>
/// Under invariant globalization <see cref="string.Normalize()"/> leaves text unchanged, so text typed decomposed ("e" then
/// U+0302 U+0301) would never match a lexicon written composed. Marks are compared as a set, so the order they were typed
/// in does not matter. Built once; read-only and thread-safe.
/// </remarks>
internal sealed class Composition
{
    private static readonly Lazy<Composition> Lazy = new(() => new Composition(LanguageData.Common.Table("compose")));

    private readonly Dictionary<string, char> _composed = new(StringComparer.Ordinal);
    private readonly Dictionary<char, string> _decomposed = [];

    private Composition(IReadOnlyList<string[]> rows)
    {
        foreach (var row in rows)
        {
            if (row.Length < 3 || row[0].Length != 1 || row[1].Length != 1) continue;
            var marks = LanguageData.Alternatives(row[2]).Select(m => (char)int.Parse(m.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            var key = Key(row[1][0], marks);
            _composed.TryAdd(key, row[0][0]);
            _decomposed.TryAdd(row[0][0], key);
        }
    }

    /// <summary>The table of the embedded data file.</summary>
    public static Composition Default => Lazy.Value;

    /// <summary>True for a combining diacritical mark (U+0300 to U+036F), the only marks composition handles.</summary>
    public static bool IsMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>The letter <paramref name="letter"/> followed by <paramref name="mark"/> is, when Unicode has one, a single letter.</summary>
    public bool TryCompose(char letter, char mark, out char composed)
    {
        composed = letter;
        if (_composed.Count == 0) return false;
        var key = _decomposed.TryGetValue(letter, out var k) ? k : letter.ToString();
        Span<char> marks = stackalloc char[key.Length];
        key.AsSpan(1).CopyTo(marks);
        marks[^1] = mark;
        return _composed.TryGetValue(Key(key[0], marks), out composed);
    }

    private static string Key(char letter, ReadOnlySpan<char> marks)
    {
        Span<char> sorted = stackalloc char[marks.Length + 1];
        sorted[0] = letter;
        marks.CopyTo(sorted[1..]);
        sorted[1..].Sort();
        return new string(sorted);
    }
}
