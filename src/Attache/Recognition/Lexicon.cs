using System.Text;
using System.Text.RegularExpressions;

namespace Attache.Recognition;

/// <summary>A set of data-file forms mapped to values, with the regex alternation that matches them in folded text.</summary>
/// <typeparam name="T">The value a form stands for.</typeparam>
internal sealed class Lexicon<T>
{
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Builds the lexicon from (forms cell, value) pairs; forms are split on <c>|</c> and folded.</summary>
    public Lexicon(IEnumerable<(string Forms, T Value)> entries)
    {
        foreach (var (forms, value) in entries)
            foreach (var form in Languages.LanguageData.Alternatives(forms))
                _values.TryAdd(TextFolder.FoldKey(form), value);
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
        Pattern = ToAlternation(_values.Keys);
    }

    /// <summary>A non-capturing alternation of the forms, longest first; <c>(?!)</c> when empty.</summary>
    public string Pattern { get; }

    /// <summary>True when there is no form.</summary>
    public bool IsEmpty => _values.Count == 0;

    /// <summary>All folded forms with their values.</summary>
    public IEnumerable<KeyValuePair<string, T>> Entries => _values;

    /// <summary>Looks up matched folded text, tolerating any spacing.</summary>
    public bool TryGet(ReadOnlySpan<char> folded, out T value)
    {
        if (_lookup.TryGetValue(folded, out value!)) return true;
        Span<char> buffer = folded.Length <= 128 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = TextFolder.NormalizeSpacing(folded, buffer);
        return _lookup.TryGetValue(buffer[..n], out value!);
    }

    /// <summary>Turns folded forms into a regex alternation: spaces match any white space, apostrophes and hyphens may be followed by some.</summary>
    public static string ToAlternation(IEnumerable<string> forms)
    {
        var list = forms.Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return "(?!)";
        var sb = new StringBuilder("(?:");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append('|');
            foreach (var c in list[i])
            {
                sb.Append(c switch
                {
                    ' ' => @"\s+",
                    '\'' => @"'\s*",
                    '-' => @"-\s*",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }
        return sb.Append(')').ToString();
    }
}
