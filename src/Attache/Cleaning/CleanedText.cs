using Attache.Model;

namespace Attache.Cleaning;

/// <summary>A cleaned text together with a map from each of its positions back to the original text.</summary>
public sealed class CleanedText
{
    private readonly int[] _map;
    private readonly bool[] _inserted;
    // Per cleaned character, the original characters it stands for beyond the first (a letter composed with its marks); null when none.
    private readonly int[]? _absorbed;

    internal CleanedText(string original, string text, int[] map, bool[] inserted, int[]? absorbed, DocumentMetadata metadata)
    {
        _absorbed = absorbed;
        Original = original;
        Text = text;
        _map = map;
        _inserted = inserted;
        Metadata = metadata;
    }

    /// <summary>The text as given to the cleaner.</summary>
    public string Original { get; }

    /// <summary>The cleaned text.</summary>
    public string Text { get; }

    /// <summary>What the cleaner learned from the header and the dateline.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>
    /// The position in <see cref="Original"/> of the cleaned character at <paramref name="cleanedIndex"/>
    /// (<c>Text.Length</c> maps to <c>Original.Length</c>); monotonic non-decreasing. Out-of-range indexes are clamped.
    /// An inserted character maps to the original position of the character after it.
    /// </summary>
    public int ToOriginal(int cleanedIndex) => _map[Math.Clamp(cleanedIndex, 0, Text.Length)];

    /// <summary>The span of <see cref="Original"/> that a span of <see cref="Text"/> came from; inserted characters at its edges are ignored.</summary>
    public TextSpan ToOriginal(TextSpan cleaned)
    {
        var start = Math.Clamp(cleaned.Start, 0, Text.Length);
        var end = Math.Clamp(cleaned.End, 0, Text.Length);
        var origStart = _map[start];
        var last = end - 1;
        while (last >= start && _inserted[last]) last--;
        if (last < start) return new TextSpan(origStart, origStart);
        return new TextSpan(origStart, Math.Max(origStart, _map[last] + 1 + (_absorbed is null ? 0 : _absorbed[last])));
    }
}
