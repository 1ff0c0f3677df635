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
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark || char.IsSurrogate(text[i])))
                {
                    if (char.IsDigit(text[i])) digits++;
                    else if (char.IsLetter(text[i])) { letters++; if (char.IsUpper(text[i])) upper++; }
                    i++;
                }
                var span = text.AsSpan(start, i - start);
                var kind = letters == 0 && digits > 0 ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(start, i, TextFolding.Fold(span), kind, char.IsUpper(text[start]), upper >= 2 && upper == letters));
                continue;
            }
            tokens.Add(new Token(i, i + 1, TextFolding.Fold(text.AsSpan(i, 1)), TokenKind.Punctuation, false, false));
            i++;
        }
        return tokens;
    }

    /// <summary>The folded keys of a phrase as written in a data file.</summary>
    public static string[] Keys(string phrase) => Tokenize(phrase).Select(t => t.Key).ToArray();
}
