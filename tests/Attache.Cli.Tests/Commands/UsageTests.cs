namespace Attache.Cli.Tests.Commands;

/// <summary>Usage errors on every command: one line each, exit code 2, "did you mean" for a mistyped command or option.</summary>
public class UsageTests
{
    [Theory]
    [InlineData("extract samples --fromat table", "unknown option '--fromat'; did you mean '--format'?")]
    [InlineData("extract --fromat table", "unknown option '--fromat'; did you mean '--format'?")]
    [InlineData("ingest in.jsonl --bd x.db", "unknown option '--bd'; did you mean '--db'?")]
    [InlineData("events --jsno", "unknown option '--jsno'; did you mean '--json'?")]
    [InlineData("events --contry VNM", "unknown option '--contry'; did you mean '--country'?")]
    [InlineData("timeline VNM JPN --jsn", "unknown option '--jsn'; did you mean '--json'?")]
    [InlineData("mechanisms --piar VNM-JPN", "unknown option '--piar'; did you mean '--pair'?")]
    [InlineData("people Giang --dbb x.db", "unknown option '--dbb'; did you mean '--db'?")]
    [InlineData("sources ID --josn", "unknown option '--josn'; did you mean '--json'?")]
    [InlineData("export --fromat csv", "unknown option '--fromat'; did you mean '--format'?")]
    [InlineData("serve --url http://127.0.0.1:1", "unknown option '--url'; did you mean '--urls'?")]
    [InlineData("evnts", "unknown command 'evnts'; did you mean 'events'?")]
    [InlineData("extract --format xml", "--format: 'xml' is not one of 'jsonl', 'table'")]
    [InlineData("extract --threads x", "--threads: 'x' is not a whole number")]
    [InlineData("extract --jobs x", "--threads: 'x' is not a whole number")] // the old name of the option
    [InlineData("timeline VNM", "'timeline' needs A B")]
    [InlineData("timeline VNM JPN extra", "unexpected argument 'extra'")]
    public void MistypedCommandLine_IsUsageError_WithSuggestion(string line, string expected)
    {
        var run = AttacheCli.Parse(line.Split(' '));
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Equal("attache: " + expected, run.ErrLines[0]);
        Assert.StartsWith("attache: see 'attache ", run.ErrLines[^1], StringComparison.Ordinal);
        Assert.Equal(2, run.ErrLines.Length);
        Assert.Equal("", run.Out);
    }

    /// <summary>Plain text piped to <c>extract -</c>: one hint that standard input is JSON Lines, not an error per line.</summary>
    [Theory]
    [InlineData("-")]
    [InlineData(null)]
    public void Extract_PlainTextOnStdin_OneHint(string? dash)
    {
        var run = CliHarness.Extract(dash is null ? [] : [dash], "HANOI, 5 March - The defence ministers met.\nThey agreed to cooperate.\n\nA third paragraph.\n");
        Assert.Equal(ExitCodes.ItemsFailed, run.Code);
        var line = Assert.Single(run.ErrLines);
        Assert.Contains("standard input is read as JSON Lines", line, StringComparison.Ordinal);
        Assert.Contains("save it to a .txt file", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Extract_JsonLinesOnStdin_StillRead()
    {
        var run = CliHarness.Extract(["-"], "\n{\"id\":\"a\",\"text\":\"The defence ministers met in Hanoi.\"}\nnot json\n");
        Assert.Equal(ExitCodes.ItemsFailed, run.Code);
        Assert.Single(run.OutLines);
        Assert.Contains("invalid JSON", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheOneExitCodeTable()
    {
        var run = AttacheCli.Parse("--help");
        Assert.Equal(ExitCodes.Ok, run.Code);
        foreach (var line in new[] { "0    done", "1    some input items were bad", "2    usage error", "3    the database could not be used", "4    not found", "130  interrupted" })
            Assert.Contains(line, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCommandsHelp_SpeaksToUsers_NotToTheProjectsBuilders()
    {
        // Users have their own gold file, not the project's scoring script or its evaluation splits.
        var names = Program.Commands.Select(create => create()).Concat(Attache.Cli.Commands.RecordCommands.All()).Select(c => c.Name).ToList();
        Assert.Contains("eval", names);
        foreach (var name in names)
        {
            var run = AttacheCli.Parse(name, "--help");
            Assert.Equal(ExitCodes.Ok, run.Code);
            foreach (var word in new[] { "score.py", "shared", "this engine", "dev2", "dev set", "spec-only", "seeds" })
                Assert.False(run.Out.Contains(word, StringComparison.OrdinalIgnoreCase), $"attache {name} --help says \"{word}\":\n{run.Out}");
        }
        Assert.Contains("your own gold", AttacheCli.Parse("eval", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_ShowsTheCommands_AsUsageError()
    {
        var run = AttacheCli.Parse();
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains("timeline", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fromat", "--format")]
    [InlineData("--fomrat", "--format")]
    [InlineData("--max-doc", "--max-doc-bytes")]
    [InlineData("--xyz", null)]
    public void Closest_FindsNearOptionsOnly(string token, string? expected) =>
        Assert.Equal(expected, UsageErrors.Closest(token, ["--format", "--output", "-o", "--max-doc-bytes", "--jobs", "--help"]));
}
