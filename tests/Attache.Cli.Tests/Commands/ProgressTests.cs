using System.Text.Json;
using Attache.Cli.Output;
using Spectre.Console;

namespace Attache.Cli.Tests.Commands;

/// <summary>
/// Progress bars of extract, ingest and export: drawn with the count, documents/s and the time left on a terminal, and
/// nothing of them when standard error is redirected.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Many documents, invented: the demo set's texts under new ids.</summary>
    private string ManyDocuments(int count)
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "demo"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var lines = Enumerable.Range(0, count).Select(i => JsonSerializer.Serialize(new { id = $"doc-{i}", text = texts[i % texts.Count] + $"\n\n(copy {i})" }));
        return _dir.File("many.jsonl", string.Join('\n', lines) + "\n");
    }

    [Fact]
    public async Task Redirected_ExtractIngestExport_NoProgressNoise()
    {
        var input = ManyDocuments(200);
        var output = Path.Combine(_dir.Path, "out.jsonl");
        var extract = await CliProcess.RunAsync(["extract", input, "-o", output]);
        Assert.Equal((0, "", ""), (extract.Code, extract.Out, extract.Err));
        Assert.Equal(200, File.ReadLines(output).Count());

        var piped = await CliProcess.RunAsync(["extract", input]);
        Assert.Equal(0, piped.Code);
        Assert.Equal("", piped.Err);
        Assert.All(piped.OutLines, line => Assert.StartsWith("{\"id\":", line, StringComparison.Ordinal));

        var db = Path.Combine(_dir.Path, "many.db");
        var ingest = await CliProcess.RunAsync(["ingest", input, "--db", db]);
        Assert.Equal(0, ingest.Code);
        Assert.Equal("", ingest.Err);
        Assert.StartsWith("documents: 200 new", Assert.Single(ingest.OutLines), StringComparison.Ordinal);

        var csv = Path.Combine(_dir.Path, "events.csv");
        var export = await CliProcess.RunAsync(["export", "--db", db, "-o", csv]);
        Assert.Equal(0, export.Code);
        Assert.Equal("", export.Out);
        Assert.Matches(@"^attache: \d+ events written to .*events\.csv \(csv\)$", Assert.Single(export.ErrLines));
    }

    [Fact]
    public void OnTerminal_CountRateAndTimeLeft()
    {
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });
        var done = DocumentProgress.Run(console, "documents", 50, progress =>
        {
            Assert.True(progress.Shown);
            for (var i = 0; i < 50; i++)
            {
                progress.Advance();
                if (i == 10) progress.Report("attache: doc-10: a bad item");
                Thread.Sleep(4);
            }
            return 50;
        });
        Assert.Equal(50, done);
        var text = screen.ToString();
        Assert.Contains("/50", text, StringComparison.Ordinal);
        Assert.Contains("documents/s", text, StringComparison.Ordinal);
        Assert.Contains("attache: doc-10: a bad item", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoConsole_NoBar_ReportsToStandardError()
    {
        Assert.False(DocumentProgress.Run(null, "documents", 5, progress => progress.Shown));
    }

    [Fact]
    public void EstimateDocuments_CountsFilesAndLines_UnknownForStandardInput()
    {
        _dir.File("in/a.txt", "one");
        _dir.File("in/sub/b.txt", "two");
        _dir.File("in/c.jsonl", "{}\n{}\n{}");
        _dir.File("in/notes.md", "not a document");
        Assert.Equal(5, DocumentProgress.EstimateDocuments([Path.Combine(_dir.Path, "in")]));
        Assert.Equal(4, DocumentProgress.EstimateDocuments([Path.Combine(_dir.Path, "in", "c.jsonl"), Path.Combine(_dir.Path, "in", "a.txt")]));
        Assert.Null(DocumentProgress.EstimateDocuments(["-"]));
        Assert.Null(DocumentProgress.EstimateDocuments([]));
    }
}
