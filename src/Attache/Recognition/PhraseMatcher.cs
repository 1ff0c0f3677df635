using Attache.Tokenization;

namespace Attache.Recognition;

/// <summary>A match of a data-file phrase over a token range <c>[Start, End)</c>.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Value">What the phrase stands for.</param>
public readonly record struct PhraseMatch<T>(int Start, int End, T Value);

/// <summary>Finds the longest data-file phrases in a token sequence, case- and diacritic-insensitively.</summary>
/// <remarks>
/// A phrase token written <c>entreten*</c> matches any token that starts with <c>entreten</c>. A phrase token written in
/// capitals (<c>PLAN</c>, <c>US</c>) is an acronym: it matches only a capitalised word ("PLAN", "Nato"), never the common
/// word it spells ("the cooperation plan", "told us"). Built once per language and shared: matching is read-only and thread-safe.
/// </remarks>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();

    /// <summary>The number of phrases added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase; a later phrase with the same tokens replaces the earlier value.</summary>
    public void Add(string phrase, T value) => Add(phrase, value, replace: true);

    /// <summary>Adds a phrase unless the same tokens already have a value (the first reading wins).</summary>
    public void TryAdd(string phrase, T value) => Add(phrase, value, replace: false);

    private void Add(string phrase, T value, bool replace)
    {
        var keys = Tokenizer.Keys(phrase);
        if (keys.Length == 0) return;
        var words = Tokenizer.Tokenize(phrase);
        var acronym = words.Count == keys.Length ? words.Select(w => w.AllCaps).ToArray() : new bool[keys.Length];
        var node = _root;
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            // The tokenizer splits "entreten*" into "entreten" and "*": fold the star back onto its word.
            if (k + 1 < keys.Length && keys[k + 1] == "*")
            {
                node.Prefixes ??= [];
                var found = node.Prefixes.FirstOrDefault(p => p.Prefix == key);
                if (found.Node is null)
                {
                    found = (key, new Node());
                    node.Prefixes.Add(found);
                }
                node = found.Node;
                k++;
                continue;
            }
            var children = acronym[k] ? node.AcronymChildren ??= new Dictionary<string, Node>(StringComparer.Ordinal)
                : node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!children.TryGetValue(key, out var next)) children[key] = next = new Node();
            node = next;
        }
        if (node.HasValue && !replace) return;
        if (!node.HasValue) Count++;
        node.HasValue = true;
        node.Value = value;
    }

    /// <summary>The longest match starting at token <paramref name="start"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int start, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (end < 0) end = tokens.Count;
        var best = default(PhraseMatch<T>?);
        Walk(_root, tokens, start, start, end, ref best);
        return best;
    }

    /// <summary>All non-overlapping longest matches in <c>[start, end)</c>, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (end < 0) end = tokens.Count;
        var result = new List<PhraseMatch<T>>();
        var i = start;
        while (i < end)
        {
            var m = MatchAt(tokens, i, end);
            if (m is { } match)
            {
                result.Add(match);
                i = match.End;
            }
            else i++;
        }
        return result;
    }

    private static void Walk(Node node, IReadOnlyList<Token> tokens, int from, int i, int end, ref PhraseMatch<T>? best)
    {
        if (node.HasValue && i > from && (best is null || i > best.Value.End)) best = new PhraseMatch<T>(from, i, node.Value!);
        if (i >= end) return;
        var key = tokens[i].Key;
        if (node.Children is not null && node.Children.TryGetValue(key, out var next)) Walk(next, tokens, from, i + 1, end, ref best);
        if (node.AcronymChildren is not null && tokens[i].Capitalized && node.AcronymChildren.TryGetValue(key, out var acronym)) Walk(acronym, tokens, from, i + 1, end, ref best);
        if (node.Prefixes is not null)
        {
            foreach (var (prefix, child) in node.Prefixes)
                if (key.Length >= prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)) Walk(child, tokens, from, i + 1, end, ref best);
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        // Words written in capitals in the data: matched by capitalised tokens only.
        public Dictionary<string, Node>? AcronymChildren;
        public List<(string Prefix, Node Node)>? Prefixes;
        public bool HasValue;
        public T? Value;
    }
}
