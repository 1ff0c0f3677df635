namespace Attache.Tokenization;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with digits.</summary>
    Word,
    /// <summary>Digits only.</summary>
    Number,
    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}

/// <summary>A token of the cleaned text: its span, its folded form for lookups, and its shape.</summary>
/// <param name="Start">Offset of the first character in the cleaned text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Key">Folded form (lower case, no diacritics) used for every lookup.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Capitalized">True when the first character is an upper-case letter.</param>
/// <param name="AllCaps">True when every letter is upper case and there are at least two.</param>
public readonly record struct Token(int Start, int End, string Key, TokenKind Kind, bool Capitalized, bool AllCaps)
{
    /// <summary>True for a word token.</summary>
    public bool IsWord => Kind == TokenKind.Word;
}
