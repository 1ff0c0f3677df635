using System.Globalization;

namespace Attache.Bench.Storage;

/// <summary>Command-line settings of the storage benchmark.</summary>
internal sealed record Options
{
    public int Documents { get; init; } = 5_000;
    public int Events { get; init; } = 1_000_000;
    public bool Ingest { get; init; } = true;
    public bool Timeline { get; init; } = true;
    public bool SqliteOnly { get; init; }
    public string? Keep { get; init; }
    public int? Batch { get; init; }

    public static Options? Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--docs" when i + 1 < args.Length: o = o with { Documents = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--events" when i + 1 < args.Length: o = o with { Events = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--skip-ingest": o = o with { Ingest = false }; break;
                case "--skip-timeline": o = o with { Timeline = false }; break;
                case "--sqlite-only": o = o with { SqliteOnly = true }; break;
                case "--keep" when i + 1 < args.Length: o = o with { Keep = args[++i] }; break;
                case "--batch" when i + 1 < args.Length: o = o with { Batch = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--quick": break;
                default: return null;
            }
        }
        return o;
    }
}
