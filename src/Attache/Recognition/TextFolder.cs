namespace Attache.Recognition;

/// <summary>Folds text to lower case without diacritics, one code unit for one, so offsets are kept.</summary>
/// <remarks>Recognizers match their data-built patterns against the folded text and report offsets into the original.</remarks>
internal static class TextFolder
{
    /// <summary>Folds one character.</summary>
    public static char Fold(char c) => Tokenization.TextFolding.Fold(c);

    public static string Fold(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++) dest[i] = Fold(src[i]);
        });

    /// <summary>Folds a data-file form and collapses its inner spacing the way lookups do.</summary>
    public static string FoldKey(string form)
    {
        Span<char> buffer = stackalloc char[form.Length];
        var folded = Fold(form.AsSpan());
        return new string(buffer[..NormalizeSpacing(folded, buffer)]);
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> with runs of white space collapsed to one space
    /// and no space after an apostrophe or a hyphen; returns the length written.</summary>
    public static int NormalizeSpacing(ReadOnlySpan<char> source, Span<char> destination)
    {
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                if (n == 0 || destination[n - 1] is ' ' or '\'' or '-') continue;
                destination[n++] = ' ';
            }
            else destination[n++] = c;
        }
        while (n > 0 && destination[n - 1] == ' ') n--;
        return n;
    }
}
