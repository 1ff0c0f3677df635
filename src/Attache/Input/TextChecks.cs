using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Attache.Input;

/// <summary>Checks on raw bytes before they are decoded: binary content and strict UTF-8.</summary>
internal static class TextChecks
{
    /// <summary>How many leading bytes are sniffed to decide whether a file is binary.</summary>
    public const int SniffBytes = 8192;

    /// <summary>Returns why the bytes look binary (NUL bytes, or mostly control or non-UTF-8 bytes), or null when they look like text.</summary>
    /// <param name="sample">The first bytes of the file.</param>
    /// <param name="anyNul">True when a single NUL byte makes the file binary; false for JSON Lines, where a stray NUL
    /// is reported on its own line and the other lines are kept.</param>
    public static string? BinaryReason(ReadOnlySpan<byte> sample, bool anyNul)
    {
        if (sample.Length > SniffBytes) sample = sample[..SniffBytes];
        if (sample.Length == 0) return null;
        var nuls = sample.Count((byte)0);
        if (nuls > 0 && (anyNul || nuls * 100 > sample.Length)) return "binary file (contains NUL bytes)";
        var bad = 0;
        var i = 0;
        while (i < sample.Length)
        {
            var status = Rune.DecodeFromUtf8(sample[i..], out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData) break; // a character cut by the end of the sample
            if (status != OperationStatus.Done) bad += consumed;
            else if (rune.Value < 0x20 && rune.Value is not ('\t' or '\n' or '\r' or '\f' or '\v') || rune.Value == 0x7F) bad++;
            i += Math.Max(consumed, 1);
        }
        return bad * 10 > sample.Length ? "binary file (mostly non-text bytes)" : null;
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1 when all of it is valid.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        var i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != OperationStatus.Done) return i;
            i += consumed;
        }
        return -1;
    }

    /// <summary>True when the text has nothing but white space.</summary>
    public static bool IsBlank(ReadOnlySpan<char> text) => text.IsWhiteSpace();

    /// <summary>True when the bytes are nothing but ASCII white space.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or (byte)'\v')) return false;
        return true;
    }

    /// <summary>Formats a byte count for a message: <c>20,971,520 bytes</c>.</summary>
    public static string Bytes(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
