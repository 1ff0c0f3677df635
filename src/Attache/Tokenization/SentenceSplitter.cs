using Attache.Languages;

namespace Attache.Tokenization;

/// <summary>A sentence as a token range <c>[Start, End)</c> and the character span it covers.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="CharStart">Offset of the first character.</param>
/// <param name="CharEnd">Offset one past the last character.</param>
public readonly record struct Sentence(int Start, int End, int CharStart, int CharEnd);

/// <summary>Splits tokens into sentences at end punctuation and line breaks, not after abbreviations or initials.</summary>
public static class SentenceSplitter
{
    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> using the language's abbreviations.</summary>
    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens, LanguageResources language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(language);
        var sentences = new List<Sentence>(tokens.Count / 16 + 4); // about one sentence in 25-30 tokens: rarely grown
        var hardWrapped = IsHardWrapped(text, tokens);
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            var boundary = last;
            if (!last)
            {
                if (HasLineBreak(text, tokens[i].End, tokens[i + 1].Start) && !IsWrappedLine(text, tokens, i)
                    && !(hardWrapped && ContinuesAfterBreak(text, tokens, i))) boundary = true;
                else if (IsEnd(tokens[i]) && EndsSentence(tokens, i, language) && !IsWrappedLine(text, tokens, i)) boundary = true;
            }
            if (boundary)
            {
                sentences.Add(new Sentence(start, i + 1, tokens[start].Start, tokens[i].End));
                start = i + 1;
            }
        }
        return sentences;
    }

    private static bool IsEnd(Token t) => t.Kind == TokenKind.Punctuation && t.Key is "." or "!" or "?" or ";";

    private static bool EndsSentence(IReadOnlyList<Token> tokens, int i, LanguageResources language)
    {
        var next = tokens[i + 1];
        if (tokens[i].Key == ";") return false;
        // "Gen. Phan", "M. Dupont", "J. Smith": a period after an abbreviation or an initial does not end the sentence.
        if (tokens[i].Key == "." && i > 0 && tokens[i - 1].End == tokens[i].Start)
        {
            var prev = tokens[i - 1];
            if (prev.IsWord && (language.Abbreviations.Contains(prev.Key) || (prev.End - prev.Start == 1 && prev.Capitalized))) return false;
        }
        if (next.Capitalized || next.Kind == TokenKind.Number || next.Key is "\"" or "'" or "(" or "-") return true;
        return false;
    }

    /// <summary>
    /// A hard-wrapped line ("le général\nde corps d'armée"): one line break, no end punctuation before it and a lower-case
    /// word or a comma-led continuation after it.
    /// </summary>
    private static bool IsWrappedLine(string text, IReadOnlyList<Token> tokens, int i)
    {
        var breaks = 0;
        for (var k = tokens[i].End; k < tokens[i + 1].Start; k++)
            if (text[k] == '\n') breaks++;
        if (breaks != 1) return false;
        var next = tokens[i + 1];
        return !IsEnd(tokens[i]) && next.IsWord && !next.Capitalized && !next.AllCaps;
    }

    /// <summary>
    /// A text wrapped at a fixed width (a mail, a PDF, a blog's copy): at least three of its single line breaks, and a
    /// third of them, fall between a word and a lower-case word. There a line break alone ends nothing, so a name or a
    /// title wrapped onto the next line ("Hideshi\nTokuchi", "l'amiral\nKatsutoshi") stays in its sentence.
    /// </summary>
    private static bool IsHardWrapped(string text, IReadOnlyList<Token> tokens)
    {
        var (single, lower) = (0, 0);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!ContinuesAfterBreak(text, tokens, i)) continue;
            single++;
            if (IsWrappedLine(text, tokens, i)) lower++;
        }
        return lower >= 3 && lower * 3 >= single;
    }

    /// <summary>One line break after a word or comma, before a word or number: what a wrapped line looks like.</summary>
    private static bool ContinuesAfterBreak(string text, IReadOnlyList<Token> tokens, int i)
    {
        var breaks = 0;
        for (var k = tokens[i].End; k < tokens[i + 1].Start; k++)
            if (text[k] == '\n') breaks++;
        var (prev, next) = (tokens[i], tokens[i + 1]);
        return breaks == 1 && (prev.IsWord || prev.Key == ",") && (next.IsWord || next.Kind == TokenKind.Number);
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (text[k] == '\n') return true;
        return false;
    }
}
