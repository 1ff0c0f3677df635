namespace Attache.Recognition;

/// <summary>The first words of a recognizer's phrases, used to try its anchored pattern only where a match can begin.</summary>
/// <remarks>
/// Trying one large pattern at every position is slow; a match can only start at a word that begins with a digit or is
/// the first word of some data form, so the scan looks words up in a hash set (no allocation) and runs the pattern there.
/// </remarks>
internal sealed class WordStarts
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Collects the first word of each folded form.</summary>
    public WordStarts(IEnumerable<string> foldedForms)
    {
        foreach (var form in foldedForms)
        {
            var span = form.AsSpan();
            var i = 0;
            while (i < span.Length && !char.IsLetterOrDigit(span[i])) i++;
            var j = i;
            while (j < span.Length && char.IsLetterOrDigit(span[j])) j++;
            if (j > i) _words.Add(span[i..j].ToString());
        }
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the word starting at <paramref name="i"/> is one of the collected first words.</summary>
    public bool StartsAt(string folded, int i)
    {
        var j = i;
        while (j < folded.Length && char.IsLetterOrDigit(folded[j])) j++;
        return j > i && _lookup.Contains(folded.AsSpan(i, j - i));
    }

    /// <summary>True when a digit or a collected word starts within <paramref name="length"/> characters after <paramref name="from"/>.</summary>
    public bool AnyWithin(string folded, int from, int length)
    {
        var end = Math.Min(folded.Length, from + length);
        var i = from;
        while (i < end && char.IsLetterOrDigit(folded[i])) i++;
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(folded[i])) i++;
            if (i >= end) break;
            if (char.IsAsciiDigit(folded[i]) || StartsAt(folded, i)) return true;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
        }
        return false;
    }

    /// <summary>The start of the next word at or after <paramref name="from"/> where a match may begin, or -1.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="from">Where to look from.</param>
    /// <param name="upperRoman">When not empty, the original text aligned with <paramref name="folded"/>: words that start
    /// with an upper-case Roman digit are accepted too.</param>
    public int Next(string folded, int from, ReadOnlySpan<char> upperRoman = default)
    {
        var i = from;
        if (i > 0 && i < folded.Length && char.IsLetterOrDigit(folded[i - 1]))
            while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
        while (i < folded.Length)
        {
            while (i < folded.Length && !char.IsLetterOrDigit(folded[i])) i++;
            if (i >= folded.Length) break;
            var j = i;
            while (j < folded.Length && char.IsLetterOrDigit(folded[j])) j++;
            if (char.IsAsciiDigit(folded[i]) || _lookup.Contains(folded.AsSpan(i, j - i)) || (!upperRoman.IsEmpty && upperRoman[i] is 'I' or 'V' or 'X' or 'L' or 'C'))
                return i;
            i = j;
        }
        return -1;
    }
}
