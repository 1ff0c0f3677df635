using System.CommandLine;
using System.Text;
using Attache.Cli.Output;
using Attache.Extraction;
using Attache.Input;
using Attache.Model;
using Attache.Serialization;

namespace Attache.Cli.Commands;

/// <summary><c>attache extract</c>: reads documents and writes the events of each, one JSON line (or one table) per document.</summary>
public static class ExtractCommand
{
    private const string Help = """
        Extract defense-diplomacy events from news dispatches.

        INPUT is a JSON Lines file ({"id", "text", "url"?, "published"?: "YYYY-MM-DD"} per line), a .txt file
        (one document, id = file name), a directory (its .jsonl and .txt files, recursively), or - for standard
        input; with no INPUT, JSON Lines are read from standard input. Writes one line {"id", "events"} per document;
        with --explain also "trace" (every trigger candidate: trigger, span, decision, rule, reason, event) and,
        per event, "sources" (the rule and span that gave each field).
        Bad items are reported on standard error as "attache: FILE:LINE: message" and skipped.

        Exit codes: 0 every document processed; 1 some items failed (output written for the others);
        2 usage error (bad option, missing input); 5 the run stopped (output not writable, internal error),
        nothing left at -o FILE; 130 interrupted.
        """;

    /// <summary>Builds the command, reading standard input from the console and extracting with <see cref="Extractor"/>.</summary>
    public static Command Create() => Create(Console.OpenStandardInput, static () => new Extractor());

    /// <summary>Builds the command with a given standard input and extractor, for tests.</summary>
    internal static Command Create(Func<Stream> openStdin, Func<IExtractor> createExtractor)
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Files, directories, or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (atomically: a temporary file renamed at the end) instead of standard output.", HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = "jsonl (one JSON line per document) or table (readable tables).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var maxDocBytes = new Option<long>("--max-doc-bytes") { Description = "Skip documents whose text is over N bytes of UTF-8.", HelpName = "N", DefaultValueFactory = _ => DocumentSource.DefaultMaxDocumentBytes };
        maxDocBytes.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && long.TryParse(t.Value, out var n) && n <= 0) r.AddError("--max-doc-bytes must be a positive number of bytes.");
        });
        // --jobs and -j: the option's name before --threads.
        var threads = new Option<int>("--threads", "-j", "--jobs") { Description = "Extract on N threads (default: one per core); the output keeps input order and is the same as with one.", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        threads.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && int.TryParse(t.Value, out var n) && n is < 1 or > 1024) r.AddError("--threads must be between 1 and 1024.");
        });

        var explain = new Option<bool>("--explain") { Description = "Add to each record a \"trace\" of every trigger candidate (kept, dropped or joined, by which rule, why) and to each event the \"sources\" of its fields." };

        var command = new Command("extract", Help) { inputs, output, format, maxDocBytes, threads, explain };
        command.SetAction((parsed, cancel) =>
        {
            var run = new ExtractRun(
                parsed.GetValue(inputs) ?? [],
                parsed.GetValue(output),
                parsed.GetValue(format) == "table",
                parsed.GetValue(maxDocBytes),
                parsed.GetValue(threads),
                parsed.GetValue(explain),
                openStdin,
                createExtractor,
                parsed.InvocationConfiguration.Output,
                parsed.InvocationConfiguration.Error);
            return Task.FromResult(run.Execute(cancel));
        });
        return command;
    }

    private sealed record Outcome(Attache.Input.InputItem Item, ExtractionResult? Result, string? Line, string? Error);

    private sealed class ExtractRun(
        string[] inputs,
        string? output,
        bool table,
        long maxDocBytes,
        int threads,
        bool explain,
        Func<Stream> openStdin,
        Func<IExtractor> createExtractor,
        TextWriter stdout,
        TextWriter stderr)
    {
        private static readonly UTF8Encoding Utf8NoBom = new(false);
        private IExtractor _extractor = null!;
        private DocumentProgress? _progress;

        public int Execute(CancellationToken cancel)
        {
            foreach (var input in inputs)
            {
                if (!DocumentSource.Exists(input)) return Usage($"{input}: no such file or directory");
            }
            string? target = null;
            if (output is not null)
            {
                target = Path.GetFullPath(output);
                if (Directory.Exists(target)) return Usage($"{output}: is a directory");
                if (!Directory.Exists(Path.GetDirectoryName(target))) return Usage($"{output}: its folder does not exist");
            }

            string? temp = null;
            try
            {
                _extractor = createExtractor();
                TextWriter writer;
                if (target is not null)
                {
                    temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                    writer = new StreamWriter(new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Utf8NoBom, 1 << 16);
                }
                else if (ReferenceEquals(stdout, Console.Out))
                {
                    writer = new StreamWriter(Console.OpenStandardOutput(), Utf8NoBom, 1 << 16);
                }
                else
                {
                    writer = stdout;
                }

                int failures;
                try
                {
                    var toTerminal = target is null && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
                    var render = table ? new EventTable(writer, toTerminal) : null;
                    // A bar on standard error only when the events do not go to the same terminal, and over more than one document.
                    var terminal = toTerminal ? null : DocumentProgress.Terminal(stderr);
                    var total = terminal is null ? null : DocumentProgress.EstimateDocuments(inputs);
                    if (total <= 1) terminal = null;
                    failures = DocumentProgress.Run(terminal, "documents", total, progress =>
                    {
                        _progress = progress;
                        try
                        {
                            return Write(writer, render, cancel);
                        }
                        finally
                        {
                            _progress = null;
                        }
                    });
                }
                finally
                {
                    if (!ReferenceEquals(writer, stdout)) writer.Dispose(); else writer.Flush();
                }
                if (temp is not null)
                {
                    File.Move(temp, target!, overwrite: true);
                    temp = null;
                }
                return failures == 0 ? ExitCodes.Ok : ExitCodes.ItemsFailed;
            }
            catch (OperationCanceledException)
            {
                Report("interrupted" + (target is null ? "" : $"; {output} not written"));
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Report($"{output ?? "standard output"}: cannot write: {OneLine(e.Message)}" + (target is null ? "" : $"; {output} not written"));
                return ExitCodes.Fatal;
            }
            catch (Exception e)
            {
                Report($"internal error: {e.GetType().Name}: {OneLine(e.Message)}" + (target is null ? "" : $"; {output} not written"));
                return ExitCodes.Fatal;
            }
            finally
            {
                if (temp is not null) TryDelete(temp);
            }
        }

        private int Write(TextWriter writer, EventTable? render, CancellationToken cancel)
        {
            var items = new DocumentSource(maxDocBytes, HtmlArticle.Read).Read(inputs, openStdin);
            // Streamed: documents are read as they are extracted, a few per thread ahead, so memory does not grow with the input.
            var outcomes = OrderedParallel.Map(items, item => Process(item, render is null), threads, cancel);
            var failures = 0;
            foreach (var outcome in outcomes)
            {
                _progress?.Advance();
                if (outcome.Error is not null)
                {
                    failures++;
                    Report($"{outcome.Item.Location}: {outcome.Error}");
                    continue;
                }
                if (render is not null) render.Write(outcome.Result!);
                else writer.WriteLine(outcome.Line);
            }
            return failures;
        }

        /// <summary>Extracts one item; every exception is turned into an error for that item alone.</summary>
        private Outcome Process(Attache.Input.InputItem item, bool json)
        {
            if (item.Error is not null) return new Outcome(item, null, null, item.Error.Message);
            var document = item.Document!;
            try
            {
                var result = explain ? _extractor.Explain(document) : _extractor.Extract(document);
                return new Outcome(item, result, json ? EventJson.ToJsonLine(result) : null, null);
            }
            catch (Exception e)
            {
                var id = document.Id.Length <= 60 ? document.Id : document.Id[..57] + "...";
                return new Outcome(item, null, null, $"document \"{OneLine(id)}\": extraction failed: {e.GetType().Name}: {OneLine(e.Message)}");
            }
        }

        private int Usage(string message)
        {
            Report(message);
            return ExitCodes.Usage;
        }

        private void Report(string message)
        {
            if (_progress is { Shown: true } progress) progress.Report("attache: " + message);
            else stderr.WriteLine("attache: " + message);
        }

        private static string OneLine(string s) => s.ReplaceLineEndings(" ");

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temporary file's name starts with a dot and ends in .tmp.
            }
        }
    }
}
