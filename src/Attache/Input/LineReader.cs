namespace Attache.Input;

/// <summary>Reads a stream as lines of raw bytes, keeping at most a bounded number of bytes of any one line.</summary>
/// <remarks>A line longer than the bound is still consumed to its end (so the next line reads normally) but its
/// bytes are dropped and <see cref="Oversized"/> is set: memory stays bounded whatever the input.</remarks>
internal sealed class LineReader(Stream stream, int maxLineBytes)
{
    private const int ChunkSize = 64 * 1024;
    private readonly byte[] _chunk = new byte[ChunkSize];
    private int _pos;
    private int _len;
    private bool _eof;
    private byte[] _line = new byte[4096];

    /// <summary>The current line's bytes, without the newline; empty when <see cref="Oversized"/>.</summary>
    public ReadOnlySpan<byte> Line => _line.AsSpan(0, LineLength);

    /// <summary>Number of bytes kept for the current line.</summary>
    public int LineLength { get; private set; }

    /// <summary>The current line's full length in bytes, including any dropped bytes.</summary>
    public long TotalLength { get; private set; }

    /// <summary>True when the current line was longer than the bound and its bytes were dropped.</summary>
    public bool Oversized { get; private set; }

    /// <summary>True once <see cref="Next"/> has found the end of the stream.</summary>
    public bool AtEnd { get; private set; }

    /// <summary>Reads the first chunk without consuming it, for sniffing binary content.</summary>
    public ReadOnlySpan<byte> Peek()
    {
        if (_len == 0 && !_eof) Fill();
        return _chunk.AsSpan(_pos, _len - _pos);
    }

    /// <summary>Advances to the next line; false at end of stream.</summary>
    public bool Next()
    {
        LineLength = 0;
        TotalLength = 0;
        Oversized = false;
        var any = false;
        while (true)
        {
            if (_pos == _len && (_eof || !Fill()))
            {
                AtEnd = !any;
                return any;
            }
            var span = _chunk.AsSpan(_pos, _len - _pos);
            var nl = span.IndexOf((byte)'\n');
            var take = nl < 0 ? span : span[..nl];
            Append(take);
            any = true;
            _pos += take.Length;
            if (nl >= 0)
            {
                _pos++;
                return true;
            }
        }
    }

    private bool Fill()
    {
        _pos = 0;
        _len = stream.Read(_chunk, 0, _chunk.Length);
        if (_len > 0) return true;
        _eof = true;
        return false;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        TotalLength += bytes.Length;
        if (Oversized) return;
        if (TotalLength > maxLineBytes)
        {
            Oversized = true;
            LineLength = 0;
            if (_line.Length > 1024 * 1024) _line = new byte[4096];
            return;
        }
        if (LineLength + bytes.Length > _line.Length)
        {
            var grown = new byte[Math.Min(maxLineBytes, Math.Max(_line.Length * 2, LineLength + bytes.Length))];
            _line.AsSpan(0, LineLength).CopyTo(grown);
            _line = grown;
        }
        bytes.CopyTo(_line.AsSpan(LineLength));
        LineLength += bytes.Length;
    }
}
