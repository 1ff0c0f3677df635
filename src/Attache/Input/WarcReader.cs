using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Attache.Input;

/// <summary>One WARC record: its headers and, when not over the size limit, its content block.</summary>
/// <param name="Type">The <c>WARC-Type</c> (<c>response</c>, <c>request</c>, <c>metadata</c>…).</param>
/// <param name="TargetUri">The <c>WARC-Target-URI</c>, when given.</param>
/// <param name="Date">The <c>WARC-Date</c> (when the page was fetched), when given and valid.</param>
/// <param name="ContentType">The record's <c>Content-Type</c> (<c>application/http; msgtype=response</c> for a response).</param>
/// <param name="ContentLength">The content block's length in bytes.</param>
/// <param name="Content">The content block, or null when it was over the limit (then skipped unread).</param>
/// <param name="Offset">Where the record starts in the (decompressed) stream, for messages.</param>
public sealed record WarcRecord(string Type, string? TargetUri, DateTimeOffset? Date, string? ContentType, long ContentLength, byte[]? Content, long Offset);

/// <summary>Reads WARC/1.0 and WARC/1.1 records one at a time from a plain or gzip-compressed stream (one gzip member per record, or the whole file).</summary>
/// <remarks>Streams: only the current record's content is held, and a record over the limit is skipped without being
/// held. A malformed or truncated record throws <see cref="InvalidDataException"/> naming its offset; the records before it
/// have been returned. Not thread-safe.</remarks>
public sealed class WarcReader : IDisposable
{
    private const int MaxHeaderLine = 64 * 1024;
    private readonly Stream _stream;
    private readonly long _maxContentBytes;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _pos;
    private int _len;
    private long _consumed;

    /// <summary>Reads from <paramref name="stream"/>, decompressing it when it starts with the gzip magic bytes.</summary>
    /// <param name="stream">The WARC file, read to its end but not disposed.</param>
    /// <param name="maxContentBytes">Content blocks over this size are skipped (their <see cref="WarcRecord.Content"/> is null).</param>
    public WarcReader(Stream stream, long maxContentBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _maxContentBytes = maxContentBytes;
        _stream = stream;
        if (Fill() && _len >= 2 && _buffer[0] == 0x1F && _buffer[1] == 0x8B)
        {
            // GZipStream reads every member of a multi-member file (one per record, as crawlers write them) in turn.
            var head = _buffer.AsSpan(0, _len).ToArray();
            _stream = new GZipStream(new PrefixedStream(head, stream), CompressionMode.Decompress, leaveOpen: true);
            _pos = _len = 0;
            IsCompressed = true;
        }
    }

    /// <summary>Releases the decompressor (the stream given is left open).</summary>
    public void Dispose()
    {
        if (IsCompressed) _stream.Dispose();
    }

    /// <summary>True when the stream is gzip-compressed.</summary>
    public bool IsCompressed { get; }

    /// <summary>True when <paramref name="path"/> names a WARC file by its extension (<c>.warc</c>, <c>.warc.gz</c>).</summary>
    public static bool IsWarcPath(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The next record, or null at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">The record is malformed or cut short.</exception>
    public WarcRecord? Next()
    {
        string? line;
        // Records are separated by two CRLFs; tolerate any number of blank lines.
        do
        {
            line = ReadLine();
            if (line is null) return null;
        }
        while (line.Length == 0);
        var offset = _consumed - Encoding.ASCII.GetByteCount(line) - 2;
        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            throw new InvalidDataException($"record at byte {Math.Max(offset, 0).ToString(CultureInfo.InvariantCulture)}: not a WARC record (starts with \"{Cut(line)}\")");
        string? type = null, target = null, contentType = null;
        DateTimeOffset? date = null;
        long length = -1;
        while (true)
        {
            var header = ReadLine() ?? throw Truncated(offset, "in its headers");
            if (header.Length == 0) break;
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var name = header[..colon].Trim();
            var value = header[(colon + 1)..].Trim();
            if (name.Equals("WARC-Type", StringComparison.OrdinalIgnoreCase)) type = value;
            else if (name.Equals("WARC-Target-URI", StringComparison.OrdinalIgnoreCase)) target = value.Trim('<', '>');
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType = value;
            else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) length = n;
            else if (name.Equals("WARC-Date", StringComparison.OrdinalIgnoreCase)
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)) date = d;
        }
        if (length < 0) throw new InvalidDataException($"record at byte {offset.ToString(CultureInfo.InvariantCulture)}: no valid Content-Length");
        byte[]? content = null;
        if (length <= _maxContentBytes)
        {
            content = new byte[length];
            var got = ReadInto(content);
            if (got < length) throw Truncated(offset, $"({got.ToString(CultureInfo.InvariantCulture)} of {length.ToString(CultureInfo.InvariantCulture)} content bytes)");
        }
        else
        {
            var skipped = Skip(length);
            if (skipped < length) throw Truncated(offset, $"({skipped.ToString(CultureInfo.InvariantCulture)} of {length.ToString(CultureInfo.InvariantCulture)} content bytes)");
        }
        return new WarcRecord(type ?? "", target, date, contentType, length, content, offset);
    }

    private static InvalidDataException Truncated(long offset, string where) =>
        new($"record at byte {offset.ToString(CultureInfo.InvariantCulture)} is truncated {where}");

    private static string Cut(string s) => Printable.Escape(s.Length <= 40 ? s : s[..37] + "...");

    private bool Fill()
    {
        _pos = 0;
        _len = _stream.Read(_buffer, 0, _buffer.Length);
        return _len > 0;
    }

    /// <summary>A header line without its CRLF (or LF), or null at the end of the stream.</summary>
    private string? ReadLine()
    {
        var line = new StringBuilder();
        var any = false;
        while (true)
        {
            if (_pos == _len && !Fill()) return any ? line.ToString().TrimEnd('\r') : null;
            any = true;
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var nl = span.IndexOf((byte)'\n');
            var take = nl < 0 ? span : span[..nl];
            // Header values are UTF-8 in WARC/1.1 (and ASCII in 1.0, which UTF-8 reads the same).
            line.Append(Encoding.UTF8.GetString(take));
            _pos += take.Length + (nl < 0 ? 0 : 1);
            _consumed += take.Length + (nl < 0 ? 0 : 1);
            if (line.Length > MaxHeaderLine) throw new InvalidDataException($"a header line at byte {_consumed.ToString(CultureInfo.InvariantCulture)} is over {MaxHeaderLine} bytes");
            if (nl >= 0) return line.ToString().TrimEnd('\r');
        }
    }

    private long ReadInto(byte[] target)
    {
        long done = 0;
        while (done < target.Length)
        {
            if (_pos == _len && !Fill()) break;
            var n = (int)Math.Min(_len - _pos, target.Length - done);
            _buffer.AsSpan(_pos, n).CopyTo(target.AsSpan((int)done));
            _pos += n;
            done += n;
        }
        _consumed += done;
        return done;
    }

    private long Skip(long count)
    {
        long done = 0;
        while (done < count)
        {
            if (_pos == _len && !Fill()) break;
            var n = (int)Math.Min(_len - _pos, count - done);
            _pos += n;
            done += n;
        }
        _consumed += done;
        return done;
    }

    /// <summary>Replays the bytes sniffed from a non-seekable stream before reading on from it.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner) : Stream
    {
        private int _at;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_at < prefix.Length)
            {
                var n = Math.Min(count, prefix.Length - _at);
                prefix.AsSpan(_at, n).CopyTo(buffer.AsSpan(offset));
                _at += n;
                return n;
            }
            return inner.Read(buffer, offset, count);
        }
    }
}

/// <summary>An HTTP response as a WARC <c>response</c> record holds it: status, headers and body.</summary>
/// <param name="Status">The status code (200, 301…), or 0 when the status line is unreadable.</param>
/// <param name="ContentType">The <c>Content-Type</c> header, when given.</param>
/// <param name="Body">The body as sent (still encoded with any <c>Content-Encoding</c>).</param>
/// <param name="ContentEncoding">The <c>Content-Encoding</c> header, when given.</param>
public sealed record HttpPayload(int Status, string? ContentType, ReadOnlyMemory<byte> Body, string? ContentEncoding)
{
    /// <summary>Splits a response record's content block into status, headers and body; null when it is not an HTTP response.</summary>
    public static HttpPayload? Parse(ReadOnlyMemory<byte> block)
    {
        var span = block.Span;
        var end = span.IndexOf("\r\n\r\n"u8);
        var sep = 4;
        if (end < 0)
        {
            end = span.IndexOf("\n\n"u8);
            sep = 2;
        }
        if (end < 0 || !span.StartsWith("HTTP/"u8)) return null;
        var head = Encoding.Latin1.GetString(span[..end]).Split('\n');
        var parts = head[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var status = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? contentType = null, contentEncoding = null;
        foreach (var raw in head.Skip(1))
        {
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var name = raw[..colon].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType = raw[(colon + 1)..].Trim();
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)) contentEncoding = raw[(colon + 1)..].Trim();
        }
        return new HttpPayload(status, contentType, block[(end + sep)..], contentEncoding);
    }

    /// <summary>True when the content type is HTML (or XHTML), or absent and the body starts like a page.</summary>
    public bool IsHtml
    {
        get
        {
            if (ContentType is { } t)
                return t.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || t.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
            var start = Encoding.ASCII.GetString(Body.Span[..Math.Min(Body.Length, 512)]).TrimStart();
            return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
        }
    }
}
