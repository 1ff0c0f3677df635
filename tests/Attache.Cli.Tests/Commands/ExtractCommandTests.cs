using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Attache.Extraction;
using Attache.Model;

namespace Attache.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    private const string Text = "Le ministre de la Défense a reçu son homologue japonais à Hanoi le 27 février.";

    private static string Doc(string id, string text = Text, string? published = null) =>
        published is null ? JsonSerializer.Serialize(new { id, text }) : JsonSerializer.Serialize(new { id, text, published });

    private static string Jsonl(params string[] lines) => string.Join("\n", lines) + "\n";

    private static string[] Ids(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)];

    private static void AssertNoStackTrace(CliHarness.Run run)
    {
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GoodJsonl_OneLinePerDocumentInOrder_ExitsZero()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("a"), Doc("b", published: "2024-02-27"), "", Doc("c")));
        var run = CliHarness.Extract([input]);
        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.Equal(["a", "b", "c"], Ids(run.Out));
        foreach (var line in run.OutLines)
            Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(line).RootElement.GetProperty("events").ValueKind);
    }

    [Fact]
    public void Extract_TxtFile_IdIsFileName()
    {
        using var dir = new TempDir();
        var input = dir.File("dispatch-42.txt", Text);
        var run = CliHarness.Extract([input]);
        Assert.Equal(0, run.Code);
        Assert.Equal(["dispatch-42"], Ids(run.Out));
    }

    [Fact]
    public void Extract_Directory_ReadsJsonlAndTxtRecursivelyInOrdinalOrder()
    {
        using var dir = new TempDir();
        dir.File("b/z.txt", Text);
        dir.File("a.jsonl", Jsonl(Doc("a1"), Doc("a2")));
        dir.File("B.txt", Text);
        dir.File("notes.md", "ignored");
        var run = CliHarness.Extract([dir.Path]);
        Assert.Equal(0, run.Code);
        Assert.Equal(["B", "a1", "a2", "z"], Ids(run.Out));
    }

    [Fact]
    public void Extract_Samples_BothSeedDispatches()
    {
        var run = CliHarness.Extract([Path.Combine(AppContext.BaseDirectory, "TestData", "samples")]);
        Assert.Equal(0, run.Code);
        Assert.Equal(["000_b932cada2e88634b", "004_b8dcbb8302c59515"], Ids(run.Out));
    }

    [Theory]
    [InlineData("")] // no INPUT at all
    [InlineData("-")]
    public void Extract_Stdin_ReadsJsonLines(string arg)
    {
        var run = CliHarness.Extract(arg.Length == 0 ? [] : [arg], Jsonl(Doc("s1"), Doc("s2")));
        Assert.Equal(0, run.Code);
        Assert.Equal(["s1", "s2"], Ids(run.Out));
    }

    [Fact]
    public void Extract_StdinError_NamedStdinWithLine()
    {
        var run = CliHarness.Extract(["-"], Jsonl(Doc("s1"), "{oops", Doc("s3")));
        Assert.Equal(1, run.Code);
        Assert.Equal(["s1", "s3"], Ids(run.Out));
        Assert.StartsWith("attache: <stdin>:2: invalid JSON", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadLines => new()
    {
        { "empty text", Encoding.UTF8.GetBytes(Doc("x", "  \n ")), "empty text" },
        { "missing text", Encoding.UTF8.GetBytes("""{"id": "x"}"""), "missing \"text\"" },
        { "invalid UTF-8", [.. Encoding.UTF8.GetBytes("""{"id": "x", "text": "caf"""), 0xC3, 0x28, .. "\"}"u8.ToArray()], "invalid UTF-8" },
        { "invalid JSON", Encoding.UTF8.GetBytes("""{"id": "x", "text": "unterminated"""), "invalid JSON" },
        { "trailing garbage", Encoding.UTF8.GetBytes("""{"id": "x", "text": "t"} extra"""), "invalid JSON" },
        { "not an object", Encoding.UTF8.GetBytes("""["x", "text"]"""), "expected a JSON object, found an array" },
        { "a string", Encoding.UTF8.GetBytes("\"just text\""), "expected a JSON object, found a string" },
        { "missing id", Encoding.UTF8.GetBytes("""{"text": "t"}"""), "missing \"id\"" },
        { "empty id", Encoding.UTF8.GetBytes("""{"id": " ", "text": "t"}"""), "empty \"id\"" },
        { "id not a string", Encoding.UTF8.GetBytes("""{"id": {"a": 1}, "text": "t"}"""), "\"id\" must be a string" },
        { "published not a date", Encoding.UTF8.GetBytes(Doc("x", published: "27/02/2024")), "\"published\" is not a date" },
        { "published impossible date", Encoding.UTF8.GetBytes(Doc("x", published: "2024-02-30")), "\"published\" is not a date" },
        { "NUL byte", [.. "{\"id\": \"x\", \"text\": \"a"u8.ToArray(), 0, .. "b\"}"u8.ToArray()], "NUL byte" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Extract_BadLine_OneErrorNamingFileAndLine_OthersWritten_ExitsOne(string kind, byte[] bad, string expected)
    {
        using var dir = new TempDir();
        byte[] content = [.. Encoding.UTF8.GetBytes(Doc("first") + "\n"), .. bad, (byte)'\n', .. Encoding.UTF8.GetBytes(Doc("last") + "\n")];
        var input = dir.File("in.jsonl", content);
        var run = CliHarness.Extract([input]);
        Assert.True(run.Code == 1, kind);
        Assert.Equal(["first", "last"], Ids(run.Out));
        var error = Assert.Single(run.ErrLines);
        Assert.StartsWith($"attache: {input}:2: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void Extract_TwentyMegabyteLine_RejectedWithoutStoppingTheOthers()
    {
        using var dir = new TempDir();
        var huge = Doc("huge", new string('a', 20 * 1024 * 1024));
        var input = dir.File("in.jsonl", Jsonl(Doc("first"), huge, Doc("last")));
        var run = CliHarness.Extract([input]);
        Assert.Equal(1, run.Code);
        Assert.Equal(["first", "last"], Ids(run.Out));
        var error = Assert.Single(run.ErrLines);
        Assert.StartsWith($"attache: {input}:2: ", error, StringComparison.Ordinal);
        Assert.Contains("skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DocumentOverLimitButLineBuffered_ReportsSize()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("small", "short text"), Doc("big", new string('b', 5000))));
        var run = CliHarness.Extract([input, "--max-doc-bytes", "1000"]);
        Assert.Equal(1, run.Code);
        Assert.Equal(["small"], Ids(run.Out));
        Assert.Equal($"attache: {input}:2: document \"big\": text is 5,000 bytes, over the limit of 1,000 bytes ({Attache.Input.DocumentSource.DefaultLimitHint}); skipped", Assert.Single(run.ErrLines));
        // The message says how to raise the limit and what a larger document costs.
        Assert.Contains("--max-doc-bytes N", run.Err, StringComparison.Ordinal);
        Assert.Contains("1.6 GB of memory", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TwentyMegabyteTxt_Rejected_OtherFilesWritten()
    {
        using var dir = new TempDir();
        dir.File("a.txt", Text);
        var big = dir.File("b.txt", new string('x', 20 * 1024 * 1024));
        dir.File("c.txt", Text);
        var run = CliHarness.Extract([dir.Path]);
        Assert.Equal(1, run.Code);
        Assert.Equal(["a", "c"], Ids(run.Out));
        Assert.StartsWith($"attache: {big}: file is 20,971,520 bytes, over the limit", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_InvalidUtf8Txt_NamesFileAndLine()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.txt", [.. "line one\nline two caf"u8.ToArray(), 0xE9, .. " ok\n"u8.ToArray()]);
        dir.File("good.txt", Text);
        var run = CliHarness.Extract([dir.Path]);
        Assert.Equal(1, run.Code);
        Assert.Equal(["good"], Ids(run.Out));
        Assert.Equal($"attache: {bad}:2: invalid UTF-8 at byte 13 of the line; skipped", Assert.Single(run.ErrLines));
    }

    [Fact]
    public void Extract_BinaryFiles_ReportedOnce_OthersWritten()
    {
        using var dir = new TempDir();
        var random = new Random(7);
        var bytes = new byte[50_000];
        random.NextBytes(bytes);
        bytes[10] = 0;
        var binJsonl = dir.File("a.jsonl", bytes);
        var binTxt = dir.File("b.txt", [0x89, .. "PNG\r\n"u8.ToArray(), 0x1A, 0, 0, 0, 0x0D, .. "IHDR"u8.ToArray()]);
        var noNul = dir.File("c.txt", [.. Enumerable.Range(0, 4000).Select(i => (byte)(i % 31 == 0 ? 'a' : 1 + (i % 8)))]);
        dir.File("d.txt", Text);
        var run = CliHarness.Extract([dir.Path]);
        Assert.Equal(1, run.Code);
        Assert.Equal(["d"], Ids(run.Out));
        Assert.Equal(
            [$"attache: {binJsonl}: binary file (mostly non-text bytes); skipped", $"attache: {binTxt}: binary file (contains NUL bytes); skipped", $"attache: {noNul}: binary file (mostly non-text bytes); skipped"],
            run.ErrLines);
    }

    [Fact]
    public void Extract_EmptyTxt_Reported()
    {
        using var dir = new TempDir();
        var empty = dir.File("empty.txt", " \n\t\n");
        var run = CliHarness.Extract([empty]);
        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal($"attache: {empty}: empty text; skipped", Assert.Single(run.ErrLines));
    }

    [Fact]
    public void Extract_ExtractorThrows_ReportedPerDocument_NoStackTrace()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("a"), Doc("boom"), Doc("c")));
        var run = CliHarness.Extract([input], extractor: () => new ThrowingExtractor("boom"));
        Assert.Equal(1, run.Code);
        Assert.Equal(["a", "c"], Ids(run.Out));
        Assert.Equal($"attache: {input}:2: document \"boom\": extraction failed: InvalidOperationException: engine failed on boom", Assert.Single(run.ErrLines));
        AssertNoStackTrace(run);
    }

    [Fact]
    public void Extract_OutputFile_WrittenWholeAndNoTemporaryLeft()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("a"), "not json", Doc("c")));
        var output = Path.Combine(dir.Path, "out", "events.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var run = CliHarness.Extract([input, "-o", output]);
        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal(["a", "c"], Ids(File.ReadAllText(output)));
        Assert.Equal([output], Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Extract_Interrupted_ExistingOutputUntouched_NoTemporaryLeft()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("a"), Doc("b"), Doc("c")));
        var output = dir.File("out/events.jsonl", "previous run\n");
        using var cancel = new CancellationTokenSource();
        var run = CliHarness.Extract([input, "-o", output], extractor: () => new CancellingExtractor(cancel), cancel: cancel.Token);
        Assert.Equal(ExitCodes.Cancelled, run.Code);
        Assert.Equal("previous run\n", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(Path.GetDirectoryName(output)!));
        AssertNoStackTrace(run);
    }

    [Fact]
    public void Extract_UnknownInput_ExitsTwo_OutputUntouched()
    {
        using var dir = new TempDir();
        var output = dir.File("out.jsonl", "keep\n");
        var missing = Path.Combine(dir.Path, "missing.jsonl");
        var run = CliHarness.Extract([missing, "-o", output]);
        Assert.Equal(2, run.Code);
        Assert.Equal($"attache: {missing}: no such file or directory", Assert.Single(run.ErrLines));
        Assert.Equal("keep\n", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--max-doc-bytes", "0")]
    [InlineData("--jobs", "0")]
    [InlineData("--threads", "0")]
    [InlineData("--threads", "1025")]
    [InlineData("--max-doc-bytes", "lots")]
    public void Extract_BadOption_ExitsTwo(string option, string value)
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("a")));
        var run = CliHarness.Extract([input, option, value]);
        Assert.Equal(2, run.Code);
        Assert.DoesNotContain(run.OutLines, l => l.StartsWith("{\"id\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OutputFolderMissing_ExitsTwo()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("a")));
        var run = CliHarness.Extract([input, "-o", Path.Combine(dir.Path, "no", "such", "out.jsonl")]);
        Assert.Equal(2, run.Code);
        Assert.Contains("its folder does not exist", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Jobs_KeepsInputOrder()
    {
        using var dir = new TempDir();
        var ids = Enumerable.Range(0, 300).Select(i => $"d{i:D3}").ToArray();
        var input = dir.File("in.jsonl", Jsonl([.. ids.Select(id => Doc(id))]));
        var run = CliHarness.Extract([input, "--jobs", "4"], extractor: () => new JitteryExtractor());
        Assert.Equal(0, run.Code);
        Assert.Equal(ids, Ids(run.Out));
    }

    [Fact]
    public void Extract_Threads_SameBytesAsOneThread()
    {
        // The seeds, then sentences of our own repeated with small changes, so that many documents are in flight at once.
        using var dir = new TempDir();
        string[] sentences =
        [
            "Le ministre de la Défense a reçu son homologue japonais à Hanoi le 27 février.",
            "Le vice-ministre de la Défense Nguyen Van Minh a coprésidé le 5e Dialogue sur la politique de défense Vietnam - Inde à New Delhi le 3 mars.",
            "Defence Minister Rajesh Kumar held talks with his Vietnamese counterpart in Hanoi on March 12, 2024.",
            "The Indonesian Navy frigate paid a port call to Da Nang from June 4 to 7 as part of naval exchanges.",
            "Les deux parties ont signé un mémorandum d'entente sur la coopération dans le maintien de la paix.",
        ];
        var docs = Enumerable.Range(0, 120).Select(i => Doc($"d{i:D3}", string.Join(i % 3 == 0 ? "\n\n" : " ",
            Enumerable.Range(0, 1 + i % 7).Select(k => sentences[(i + k) % sentences.Length]))));
        var input = dir.File("in.jsonl", Jsonl([.. docs]));
        var samples = Path.Combine(AppContext.BaseDirectory, "TestData", "samples");
        var one = CliHarness.Extract([samples, input, "--threads", "1"]);
        Assert.Equal(0, one.Code);
        Assert.Equal(122, one.OutLines.Length);
        foreach (var threads in new[] { "2", "3", "8" })
        {
            var many = CliHarness.Extract([samples, input, "--threads", threads]);
            Assert.Equal(0, many.Code);
            Assert.Equal(one.Out, many.Out);
        }
    }

    [Fact]
    public void Extract_Threads_BadItemReported_OthersInOrder()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("a"), "{not json", Doc("b"), Doc("c")));
        var run = CliHarness.Extract([input, "--threads", "4"], extractor: () => new JitteryExtractor());
        Assert.Equal(1, run.Code);
        Assert.Equal(["a", "b", "c"], Ids(run.Out));
        Assert.Contains("in.jsonl:2:", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Table_ShowsEventFields()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("dispatch-1"), Doc("dispatch-2")));
        var run = CliHarness.Extract([input, "--format", "table"], extractor: () => new OneEventExtractor());
        Assert.Equal(0, run.Code);
        foreach (var expected in new[] { "dispatch-1", "dispatch-2", "dialogue", "reported", "2024-02-27", "Hanoi, VNM", "JPN, VNM", "Serizawa Kiyoshi (JPN)", "Defence Policy Dialogue (edition 10)", "war_legacy" })
            Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SavedPage_ReadsTheArticleText()
    {
        using var dir = new TempDir();
        var page = "<html><head><title>Talks in Hanoi</title><script>var x = 1;</script></head><body><nav>Home | World</nav>"
            + "<article><h1>Talks in Hanoi</h1><p>" + Text + "</p><p>Les deux parties ont discuté de la formation et du maintien de la paix.</p></article></body></html>";
        var input = dir.File("page-7.html", page);
        var run = CliHarness.Extract([input]);
        Assert.Equal(0, run.Code);
        Assert.Equal(["page-7"], Ids(run.Out));
        using var line = JsonDocument.Parse(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
        Assert.Contains(line.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "meeting");
        Assert.DoesNotContain("var x", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Table_NoEvents()
    {
        var run = CliHarness.Extract(["--format", "table"], Jsonl(Doc("quiet", "Il a fait beau toute la semaine sur la côte atlantique.")));
        Assert.Equal(0, run.Code);
        Assert.Contains("quiet", run.Out, StringComparison.Ordinal);
        Assert.Contains("no events", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Help_ListsExitCodes()
    {
        var run = CliHarness.Extract(["--help"]);
        Assert.Equal(0, run.Code);
        Assert.Contains("Exit codes: 0", run.Out, StringComparison.Ordinal);
    }

    /// <summary>The built program, as a user runs it: catches load failures that in-process runs cannot see.</summary>
    [Fact]
    public async Task Executable_ExtractToFile_ExitsZero()
    {
        using var dir = new TempDir();
        var input = dir.File("IN.jsonl", Jsonl(Doc("a"), Doc("b")));
        var output = Path.Combine(dir.Path, "OUT.jsonl");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "attache.dll"), "extract", input, "-o", output }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal("", await stderr);
        Assert.Equal("", stdout);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(["a", "b"], Ids(File.ReadAllText(output)));
    }

    private sealed class ThrowingExtractor(string failOn) : IExtractor
    {
        public ExtractionResult Extract(Document document) =>
            document.Id == failOn ? throw new InvalidOperationException($"engine failed\non {failOn}") : new ExtractionResult(document.Id, []);
    }

    private sealed class CancellingExtractor(CancellationTokenSource cancel) : IExtractor
    {
        public ExtractionResult Extract(Document document)
        {
            if (document.Id == "b") cancel.Cancel();
            return new ExtractionResult(document.Id, []);
        }
    }

    private sealed class JitteryExtractor : IExtractor
    {
        public ExtractionResult Extract(Document document)
        {
            Thread.Sleep(document.Id.GetHashCode(StringComparison.Ordinal) & 3);
            return new ExtractionResult(document.Id, []);
        }
    }

    private sealed class OneEventExtractor : IExtractor
    {
        public ExtractionResult Extract(Document document) => new(document.Id,
        [
            new Event(EventType.Dialogue, EventStatus.Reported, new PartialDate(2024, 2, 27), new Location("Hanoi", "VNM"), ["JPN", "VNM"],
                [new Participant("Hoang Xuan Chien", "VNM", "Deputy Minister of National Defence"), new Participant("Serizawa Kiyoshi", "JPN", null)],
                new Mechanism("Defence Policy Dialogue", 10), [CooperationArea.Training, CooperationArea.WarLegacy], [new TextSpan(0, 10)]),
        ]);
    }

    private const string Planned = "Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3. "
        + "At the talks, the two ministers agreed to deepen defence cooperation. General Tran Van Long will visit Japan next month.";

    [Fact]
    public void Extract_Explain_AddsATracePerCandidate_AndSourcesPerEvent()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Jsonl(Doc("a", Planned, "2025-03-04")));
        var run = CliHarness.Extract([input, "--explain"]);
        Assert.Equal(0, run.Code);
        var root = JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement;
        var trace = root.GetProperty("trace").EnumerateArray().ToList();
        Assert.All(trace, t =>
        {
            var span = t.GetProperty("span");
            Assert.Equal(Planned[span[0].GetInt32()..span[1].GetInt32()], t.GetProperty("trigger").GetString());
            Assert.Contains(t.GetProperty("decision").GetString(), new[] { "kept", "dropped", "joined" });
            Assert.False(string.IsNullOrEmpty(t.GetProperty("rule").GetString()));
            Assert.True(t.TryGetProperty("reason", out _) && t.TryGetProperty("event", out _));
        });
        var visit = trace.Single(t => t.GetProperty("trigger").GetString() == "visit");
        Assert.Equal(("dropped", "FutureOrProposed", JsonValueKind.Null), (visit.GetProperty("decision").GetString(), visit.GetProperty("rule").GetString(), visit.GetProperty("event").ValueKind));
        var joined = trace.Single(t => t.GetProperty("trigger").GetString() == "talks");
        Assert.Equal(("joined", 0), (joined.GetProperty("decision").GetString(), joined.GetProperty("event").GetInt32()));
        var sources = Assert.Single(root.GetProperty("events").EnumerateArray()).GetProperty("sources");
        foreach (var field in new[] { "type", "date", "location", "countries", "participants", "mechanism", "areas", "status" })
            Assert.False(string.IsNullOrEmpty(sources.GetProperty(field).GetProperty("rule").GetString()), field);
    }

    [Fact]
    public void Extract_WithoutExplain_WritesNoTrace()
    {
        var run = CliHarness.Extract([], Jsonl(Doc("a", Planned, "2025-03-04")));
        var root = JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement;
        Assert.False(root.TryGetProperty("trace", out _));
        Assert.False(root.GetProperty("events")[0].TryGetProperty("sources", out _));
    }
}
