namespace Attache.Recognition;

/// <summary>Folds text to lower case without diacritics, one code unit for one, so offsets are kept.</summary>
/// <remarks>Recognizers match their data-built patterns against the folded text and report offsets into the original.</remarks>
internal static class TextFolder
{
    private static readonly char[] Map = BuildMap();

    /// <summary>Folds one character.</summary>
    public static char Fold(char c)
    {
        if (c < Map.Length) return Map[c];
        return c switch
        {
            >= '\u1EA0' and <= '\u1EF9' => FoldVietnamese(c),
            '\u1D49' => 'e', // superscript e of "10ᵉ"
            '\u02B3' => 'r',
            '\u2018' or '\u2019' or '\u02BC' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
            '\u202F' or '\u2009' or '\u2007' => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Folds a span of text into a new string of the same length.</summary>
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

    private static char[] BuildMap()
    {
        var map = new char[0x250];
        for (var i = 0; i < map.Length; i++) map[i] = char.ToLowerInvariant((char)i);
        (string From, char To)[] groups =
        [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", 'a'), ("çćĉċčÇĆĈĊČ", 'c'), ("ďđĎĐ", 'd'), ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", 'e'),
            ("ĝğġģĜĞĠĢ", 'g'), ("ĥħĤĦ", 'h'), ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", 'i'), ("ĵĴ", 'j'), ("ķĶ", 'k'),
            ("ĺļľŀłĹĻĽĿŁ", 'l'), ("ñńņňÑŃŅŇ", 'n'), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", 'o'), ("ŕŗřŔŖŘ", 'r'),
            ("śŝşšŚŜŞŠ", 's'), ("ţťŧŢŤŦ", 't'), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", 'u'), ("ŵŴ", 'w'), ("ýÿŷÝŸŶ", 'y'),
            ("źżžŹŻŽ", 'z'), ("ơƠ", 'o'), ("ưƯ", 'u'),
        ];
        foreach (var (from, to) in groups)
            foreach (var c in from) map[c] = to;
        map['\u00A0'] = ' ';
        return map;
    }

    private static char FoldVietnamese(char c)
    {
        // U+1EA0–U+1EF9: the base letter of each code point, in order.
        const string bases = "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";
        var i = c - '\u1EA0';
        return i < bases.Length ? bases[i] : char.ToLowerInvariant(c);
    }
}
