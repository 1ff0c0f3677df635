using System.Runtime.InteropServices;
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
    private readonly PhraseVocabulary _vocabulary;

    /// <summary>An empty matcher with words of its own.</summary>
    public PhraseMatcher() : this(new PhraseVocabulary()) { }

    /// <summary>An empty matcher numbering its words in <paramref name="vocabulary"/>, which a language's matchers share so that
    /// a document's tokens are looked up once for all of them (<see cref="FindAll(List{Token}, int[])"/>).</summary>
    internal PhraseMatcher(PhraseVocabulary vocabulary) => _vocabulary = vocabulary;

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
            var children = acronym[k] ? node.AcronymChildren ??= [] : node.Children ??= [];
            var id = _vocabulary.Add(key);
            if (node == _root) MarkStart(id);
            if (!children.TryGetValue(id, out var next)) children[id] = next = new Node();
            node = next;
        }
        if (node.HasValue && !replace) return;
        if (!node.HasValue) Count++;
        node.HasValue = true;
        node.Value = value;
    }

    // Per word number: whether a phrase starts with that word. Most tokens start no phrase of a given list; with the
    // numbers already known they are passed over without a walk (and its dictionary lookups) from the root.
    private bool[] _starts = [];

    private void MarkStart(int id)
    {
        if (id >= _starts.Length) Array.Resize(ref _starts, Math.Max(id + 1, _starts.Length * 2));
        _starts[id] = true;
    }

    /// <summary>The longest match starting at token <paramref name="start"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int start, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (end < 0) end = tokens.Count;
        var best = default(PhraseMatch<T>?);
        Walk(_root, AsSpan(tokens), [], start, start, end, ref best);
        return best;
    }

    /// <summary>All non-overlapping longest matches in <c>[start, end)</c>, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return FindAll(AsSpan(tokens), [], start, end < 0 ? tokens.Count : end);
    }

    /// <summary>All non-overlapping longest matches in <paramref name="tokens"/>, whose words <paramref name="ids"/> numbers in
    /// this matcher's vocabulary (<see cref="PhraseVocabulary.Number"/>).</summary>
    internal List<PhraseMatch<T>> FindAll(List<Token> tokens, int[] ids) =>
        FindAll(CollectionsMarshal.AsSpan(tokens), ids, 0, tokens.Count);

    private List<PhraseMatch<T>> FindAll(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, int start, int end)
    {
        var result = new List<PhraseMatch<T>>();
        var i = start;
        // A walk from the root can only match through a start word or a prefix the token's word starts with.
        var skip = !ids.IsEmpty;
        var starts = _starts;
        var prefixes = _root.Prefixes;
        while (i < end)
        {
            if (skip && ((uint)ids[i] >= (uint)starts.Length || !starts[ids[i]]) && (prefixes is null || !StartsWithAny(tokens[i].Key, prefixes))) { i++; continue; }
            var best = default(PhraseMatch<T>?);
            Walk(_root, tokens, ids, i, i, end, ref best);
            if (best is { } match)
            {
                result.Add(match);
                i = match.End;
            }
            else i++;
        }
        return result;
    }

    private static bool StartsWithAny(string key, List<(string Prefix, Node Node)> prefixes)
    {
        foreach (var (prefix, _) in prefixes)
            if (key.Length >= prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) =>
        tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : tokens as Token[] ?? [.. tokens];

    // ids: the tokens' word numbers, or empty to look each word up as it is reached.
    private void Walk(Node node, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, int from, int i, int end, ref PhraseMatch<T>? best)
    {
        if (node.HasValue && i > from && (best is null || i > best.Value.End)) best = new PhraseMatch<T>(from, i, node.Value!);
        if (i >= end) return;
        ref readonly var token = ref tokens[i];
        if (node.Children is not null || node.AcronymChildren is not null)
        {
            var id = ids.IsEmpty ? _vocabulary.Find(token.Key) : ids[i];
            if (node.Children is not null && node.Children.TryGetValue(id, out var next)) Walk(next, tokens, ids, from, i + 1, end, ref best);
            if (node.AcronymChildren is not null && token.Capitalized && node.AcronymChildren.TryGetValue(id, out var acronym)) Walk(acronym, tokens, ids, from, i + 1, end, ref best);
        }
        if (node.Prefixes is not null)
        {
            var key = token.Key;
            foreach (var (prefix, child) in node.Prefixes)
                if (key.Length >= prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)) Walk(child, tokens, ids, from, i + 1, end, ref best);
        }
    }

    private sealed class Node
    {
        // Keyed by the word's number in the vocabulary.
        public Dictionary<int, Node>? Children;
        // Words written in capitals in the data: matched by capitalised tokens only.
        public Dictionary<int, Node>? AcronymChildren;
        public List<(string Prefix, Node Node)>? Prefixes;
        public bool HasValue;
        public T? Value;
    }
}

/// <summary>Numbers the words of a language's phrases; built with its matchers, then read-only (and thread-safe).</summary>
internal sealed class PhraseVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Add(string word)
    {
        if (!_ids.TryGetValue(word, out var id)) _ids[word] = id = _ids.Count;
        return id;
    }

    /// <summary>The word's number, or -1 when no phrase uses it.</summary>
    public int Find(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The numbers of the tokens' words, for <see cref="PhraseMatcher{T}.FindAll(List{Token}, int[])"/>.</summary>
    public int[] Number(List<Token> tokens)
    {
        var ids = new int[tokens.Count];
        for (var k = 0; k < ids.Length; k++) ids[k] = Find(tokens[k].Key);
        return ids;
    }
}
