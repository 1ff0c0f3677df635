using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Attache.Bench;

/// <summary>A summary column giving documents per second or megabytes per second from the mean time per document.</summary>
internal sealed class ThroughputColumn(bool megabytes, double bytesPerDocument) : IColumn
{
    public string Id => megabytes ? "MBps" : "DocsPerSec";

    public string ColumnName => megabytes ? "MB/s" : "Docs/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => megabytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => megabytes ? "Megabytes (10^6 bytes of UTF-8 text) processed per second on one thread" : "Documents processed per second on one thread";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var nanosPerDoc = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (nanosPerDoc is not double ns || ns <= 0) return "-";
        var docsPerSecond = 1e9 / ns;
        return megabytes
            ? (docsPerSecond * bytesPerDocument / 1e6).ToString("N1", CultureInfo.InvariantCulture)
            : docsPerSecond.ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
