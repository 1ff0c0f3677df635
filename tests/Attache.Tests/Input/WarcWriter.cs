using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Attache.Tests.Input;

/// <summary>Writes WARC records for tests: each record plain, or as its own gzip member as crawlers write them.</summary>
internal sealed class WarcWriter(Stream output, bool gzip, string version = "WARC/1.1")
{
    private int _n;

    public void Record(string type, string? uri, byte[] block, string contentType, string date = "2024-02-28T03:15:00Z", int? truncateTo = null)
    {
        var head = new StringBuilder();
        head.Append(version).Append("\r\n");
        head.Append("WARC-Type: ").Append(type).Append("\r\n");
        head.Append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").Append((++_n).ToString("D12", CultureInfo.InvariantCulture)).Append(">\r\n");
        head.Append("WARC-Date: ").Append(date).Append("\r\n");
        if (uri is not null) head.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        head.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        var bytes = Encoding.UTF8.GetBytes(head.ToString()).Concat(block).Concat("\r\n\r\n"u8.ToArray()).ToArray();
        if (truncateTo is int cut) bytes = bytes[..cut];
        if (!gzip)
        {
            output.Write(bytes);
            return;
        }
        using var member = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        member.Write(bytes);
    }

    public void Response(string uri, byte[] body, string contentType, int status = 200, string? extraHeaders = null, string date = "2024-02-28T03:15:00Z", int? truncateTo = null)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n{extraHeaders}\r\n");
        Record("response", uri, [.. http, .. body], "application/http; msgtype=response", date, truncateTo);
    }

    public void Request(string uri) =>
        Record("request", uri, Encoding.ASCII.GetBytes($"GET {new Uri(uri).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"), "application/http; msgtype=request");
}
