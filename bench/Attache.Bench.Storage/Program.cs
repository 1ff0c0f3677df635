using System.Globalization;
using Attache.Bench.Storage;

// Storage benchmarks: documents ingested per second (SQLite, and PostgreSQL when ATTACHE_TEST_POSTGRES is set), and the
// timeline query on a bulk-generated store of a million events. See bench/README.md.
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Attache.Bench.Storage [--docs N] [--events N] [--skip-ingest] [--skip-timeline] [--sqlite-only] [--keep DIR]");
    return 1;
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
return await StorageRun.RunAsync(options, Console.Out).ConfigureAwait(false);
