using System.Globalization;
using Attache.Input;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Attache.Cli.Output;

/// <summary>
/// The progress bar of runs over many documents (<c>extract</c>, <c>ingest</c>, <c>export</c>): drawn on standard error
/// with the count done, the rate and the time left, and only when standard error is a terminal. Without a terminal the
/// work runs with no display at all, so redirected output carries no progress noise.
/// </summary>
internal sealed class DocumentProgress
{
    private readonly IAnsiConsole? _console;
    private readonly ProgressTask? _task;
    private readonly TextWriter _error;

    private DocumentProgress(IAnsiConsole? console, ProgressTask? task, TextWriter error)
    {
        _console = console;
        _task = task;
        _error = error;
    }

    /// <summary>What the bar counts: items (documents, events) with a rate per second, or bytes read of a streamed input.</summary>
    public enum Unit
    {
        /// <summary>Items counted one by one; the rate column says "<c>N documents/s</c>" (the label's noun).</summary>
        Items,

        /// <summary>Bytes of a streamed input; the columns show bytes read and bytes per second.</summary>
        Bytes,
    }

    /// <summary>Whether a bar is drawn.</summary>
    public bool Shown => _task is not null;

    /// <summary>
    /// The console to draw on: standard error when it is a terminal and <paramref name="error"/> (the command's error
    /// writer) is the console's own; null otherwise (redirected, or a test's writer).
    /// </summary>
    public static IAnsiConsole? Terminal(TextWriter? error = null)
    {
        if (Console.IsErrorRedirected || (error is not null && !ReferenceEquals(error, Console.Error))) return null;
        return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    }

    /// <summary>Runs <paramref name="work"/> under a bar on <paramref name="console"/>, or with no bar when it is null.</summary>
    /// <param name="console">From <see cref="Terminal"/>, or null.</param>
    /// <param name="noun">What is counted, plural ("documents", "events"): the bar's label and the rate's unit.</param>
    /// <param name="total">How many there are, or null when not known (the bar is then indeterminate).</param>
    /// <param name="work">The work; it calls <see cref="Advance"/> as it goes.</param>
    /// <param name="unit">What the bar counts.</param>
    public static T Run<T>(IAnsiConsole? console, string noun, long? total, Func<DocumentProgress, T> work, Unit unit = Unit.Items)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (console is null) return work(new DocumentProgress(null, null, Console.Error));
        return Display(console, noun, unit).Start(ctx => work(Start(console, ctx, noun, total)));
    }

    /// <summary>As <see cref="Run{T}"/>, for asynchronous work.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole? console, string noun, long? total, Func<DocumentProgress, Task<T>> work, Unit unit = Unit.Items)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (console is null) return work(new DocumentProgress(null, null, Console.Error));
        return Display(console, noun, unit).StartAsync(ctx => work(Start(console, ctx, noun, total)));
    }

    /// <summary>As <see cref="RunAsync{T}"/>, for work with no result.</summary>
    public static Task RunAsync(IAnsiConsole? console, string noun, long? total, Func<DocumentProgress, Task> work, Unit unit = Unit.Items)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync<bool>(console, noun, total, async p =>
        {
            await work(p).ConfigureAwait(false);
            return true;
        }, unit);
    }

    /// <summary>Counts <paramref name="count"/> more done.</summary>
    public void Advance(long count = 1) => _task?.Increment(count);

    /// <summary>Sets how far the work has gone (bytes read, for <see cref="Unit.Bytes"/>).</summary>
    public void SetValue(double value)
    {
        if (_task is not null) _task.Value = Math.Min(value, _task.MaxValue);
    }

    /// <summary>Replaces the bar's label.</summary>
    public void Describe(string text)
    {
        if (_task is not null) _task.Description = Markup.Escape(text);
    }

    /// <summary>Writes one line of standard error: above the bar when one is drawn, so the bar is not broken.</summary>
    public void Report(string line)
    {
        if (_console is not null) _console.Write(new Text(line + "\n"));
        else _error.WriteLine(line);
    }

    /// <summary>
    /// How many documents the inputs hold, cheaply, for the bar's total: one per text or HTML file, one per line of a
    /// JSON Lines file; null when it cannot be known before reading (standard input, WARC archives).
    /// </summary>
    public static long? EstimateDocuments(IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0) return null;
        long total = 0;
        try
        {
            foreach (var input in inputs)
            {
                if (input == "-" || WarcReader.IsWarcPath(input)) return null;
                var files = Directory.Exists(input)
                    ? Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    : [input];
                foreach (var file in files)
                {
                    var extension = Path.GetExtension(file).ToLowerInvariant();
                    if (extension is ".txt" or ".html" or ".htm") total++;
                    else if (extension == ".jsonl" || !Directory.Exists(input)) total += CountLines(file);
                    else if (WarcReader.IsWarcPath(file)) return null;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return total;
    }

    private static long CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        long lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }
        return last == '\n' ? lines : lines + 1;
    }

    private static Progress Display(IAnsiConsole console, string noun, Unit unit) => console.Progress().AutoClear(true).HideCompleted(true).Columns(unit == Unit.Bytes
        ? [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn()]
        : [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new RateColumn(noun), new RemainingTimeColumn()]);

    private static DocumentProgress Start(IAnsiConsole console, ProgressContext ctx, string noun, long? total)
    {
        var task = ctx.AddTask(Markup.Escape(noun), maxValue: Math.Max(total ?? 1, 1));
        task.IsIndeterminate = total is null;
        return new DocumentProgress(console, task, Console.Error);
    }

    /// <summary>"<c>1,234/10,000</c>", or the count alone when the total is not known.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) => new Text(task.IsIndeterminate
            ? task.Value.ToString("N0", CultureInfo.InvariantCulture)
            : $"{task.Value.ToString("N0", CultureInfo.InvariantCulture)}/{task.MaxValue.ToString("N0", CultureInfo.InvariantCulture)}");
    }

    /// <summary>"<c>812 documents/s</c>".</summary>
    private sealed class RateColumn(string noun) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is double speed ? $"{speed.ToString("N0", CultureInfo.InvariantCulture)} {noun}/s" : $"- {noun}/s", new Style(Color.Grey));
    }
}
