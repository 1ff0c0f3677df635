using Attache.Bench;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

if (args.Contains("--quick")) return QuickRun.Run(Console.Out);
if (args.Contains("--sizes")) return QuickRun.Sizes(Console.Out);
if (args.Contains("--stages")) return StageProfile.Run(Console.Out);
if (args is ["--write-corpus", var path]) return Corpus.Write(path);
if (args is ["--docs", var count]) return QuickRun.Docs(Console.Out, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));

var docs = PipelineBenchmarks.SharedCorpus.Value;
var bytesPerDocument = Corpus.Bytes(docs) / (double)docs.Count;
// In-process: no generated project to rebuild under this repository's warnings-as-errors settings.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
    .AddColumn(new ThroughputColumn(megabytes: false, bytesPerDocument), new ThroughputColumn(megabytes: true, bytesPerDocument));
BenchmarkSwitcher.FromTypes([typeof(PipelineBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
return 0;
