namespace Attache.Input;

/// <summary>How far reading has gone through large inputs (WARC files), and what was skipped: read by a progress display and the summary.</summary>
/// <remarks>Written by the reading thread only; a display on another thread may see values a moment old.</remarks>
public sealed class ReadProgress
{
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);

    /// <summary>Bytes read so far from the files being streamed (compressed bytes for a compressed file).</summary>
    public long BytesRead { get; internal set; }

    /// <summary>WARC records read so far.</summary>
    public long Records { get; internal set; }

    /// <summary>Records skipped, by reason (<c>request</c>, <c>not HTML</c>, <c>status 301</c>…).</summary>
    public IReadOnlyDictionary<string, int> Skipped => _skipped;

    internal void Skip(string reason) => _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;
}
