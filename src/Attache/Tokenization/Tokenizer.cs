using System.Collections.Concurrent;

namespace Attache.Tokenization;

/// <summary>Splits text into word, number and punctuation tokens; the same splitting is used for data-file phrases.</summary>
/// <remarks>Apostrophes and hyphens are tokens of their own, so "l'amiral" and "état-major" match phrases written either way.</remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                var start = i;
                var letters = 0;
                var upper = 0;
                var digits = 0;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    var w = text[i];
                    if (char.IsAsciiLetterLower(w)) letters++;
                    else if (char.IsAsciiLetterUpper(w)) { letters++; upper++; }
                    else if (char.IsDigit(w)) digits++;
                    else if (char.IsLetter(w)) { letters++; if (char.IsUpper(w)) upper++; }
                    i++;
                }
                var span = text.AsSpan(start, i - start);
                var kind = letters == 0 && digits > 0 ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(start, i, Key(span), kind, char.IsUpper(text[start]), upper >= 2 && upper == letters));
                continue;
            }
            tokens.Add(new Token(i, i + 1, Key(text.AsSpan(i, 1)), TokenKind.Punctuation, false, false));
            i++;
        }
        return tokens;
    }

    // Keys recur within and across documents ("de", "the", ",", "Vietnam"): one shared string per folded key instead of a
    // new one per token. Bounded, so that a stream of distinct words (numbers, names) cannot grow it without end; keys
    // beyond the bound or the length are made per token as before. Equal strings either way: lookups are unchanged.
    private static readonly ConcurrentDictionary<string, string> SharedKeys = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedKeyLookup = SharedKeys.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _sharedKeyCount;
    private const int MaxSharedKeys = 100_000;
    private const int MaxSharedKeyLength = 24;

    private static string Key(ReadOnlySpan<char> span)
    {
        if (span.Length > MaxSharedKeyLength || TextFolding.Expands(span)) return TextFolding.Fold(span);
        Span<char> folded = stackalloc char[span.Length];
        TextFolding.FoldInto(span, folded);
        if (SharedKeyLookup.TryGetValue(folded, out var key)) return key;
        key = new string(folded);
        if (Volatile.Read(ref _sharedKeyCount) < MaxSharedKeys && SharedKeys.TryAdd(key, key)) Interlocked.Increment(ref _sharedKeyCount);
        return key;
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > '\u007F' && (char.IsLetterOrDigit(c) || char.IsSurrogate(c)
            || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark));

    /// <summary>The folded keys of a phrase as written in a data file.</summary>
    public static string[] Keys(string phrase) => Tokenize(phrase).Select(t => t.Key).ToArray();
}
