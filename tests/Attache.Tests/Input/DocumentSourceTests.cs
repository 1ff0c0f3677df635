using System.Text;
using Attache.Input;

namespace Attache.Tests.Input;

public sealed class DocumentSourceTests
{
    private static List<InputItem> Read(string jsonl, long max = DocumentSource.DefaultMaxDocumentBytes) =>
        [.. new DocumentSource(max).ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "t.jsonl")];

    /// <summary>Ids are 1 to 512 characters, with no control or text-direction character; the error shows the id escaped.</summary>
    [Theory]
    [InlineData("""{"id": "a\u0000b", "text": "t"}""", "\"id\" \"a\\x00b\" contains a control or text-direction character")]
    [InlineData("""{"id": "\u001b[2J\u001b]0;pwned\u0007", "text": "t"}""", "\"id\" \"\\x1B[2J\\x1B]0;pwned\\x07\" contains a control")]
    [InlineData("""{"id": "abc\u202Etxt.exe", "text": "t"}""", "\"id\" \"abc\\u202Etxt.exe\" contains a control or text-direction character")]
    [InlineData("""{"id": "line\nbreak", "text": "t"}""", "contains a control or text-direction character")]
    [InlineData("""{"id": "\ud800x", "text": "t"}""", "invalid string")]
    public void ReadJsonLines_IdWithControlCharacters_IsAnError(string line, string expected)
    {
        var item = Assert.Single(Read(line));
        Assert.Null(item.Document);
        Assert.Contains(expected, item.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(item.Error.Message, c => c < ' ');
    }

    [Fact]
    public void ReadJsonLines_IdLengthIsLimited()
    {
        Assert.Equal(DocumentIds.MaxLength, Assert.Single(Read($$"""{"id": "{{new string('a', DocumentIds.MaxLength)}}", "text": "t"}""")).Document!.Id.Length);
        var huge = Assert.Single(Read($$"""{"id": "{{new string('a', 5 * 1024 * 1024)}}", "text": "t"}"""));
        Assert.Null(huge.Document);
        Assert.Contains("\"id\" is 5,242,880 characters long, over the limit of 512", huge.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPath_FileNameWithControlCharacter_IsAnError()
    {
        var dir = Directory.CreateTempSubdirectory("attache-ids-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad\u001bname.txt"), "Talks in Hanoi.");
            var item = Assert.Single(new DocumentSource().ReadPath(dir.FullName));
            Assert.Contains("\"bad\\x1Bname\" contains a control", item.Error!.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("plain id / with spaces é 😀", "plain id / with spaces é 😀")]
    [InlineData("a\u001b[31mred", "a\\x1B[31mred")]
    [InlineData("tab\there", "tab\\x09here")]
    [InlineData("c1\u009bx", "c1\\x9Bx")]
    [InlineData("rtl\u2067x", "rtl\\u2067x")]
    public void Printable_Escape_ShowsControlsAsEscapes(string text, string expected) => Assert.Equal(expected, Printable.Escape(text));

    [Fact]
    public void ReadJsonLines_MetadataAndIgnoredFields()
    {
        var item = Assert.Single(Read("""{"id": "a", "text": "Bonjour", "url": "https://x.test/a", "published": "2024-02-27", "lang": "fr", "extra": {"n": [1, 2]}}"""));
        var doc = item.Document!;
        Assert.Equal(("a", "Bonjour", "https://x.test/a", new DateOnly(2024, 2, 27), "fr"), (doc.Id, doc.Text, doc.Url, doc.Published, doc.Language));
        Assert.Equal(1, item.Line);
    }

    [Fact]
    public void ReadJsonLines_BomCrlfBlankLines_LineNumbersCountEveryLine()
    {
        var items = Read("\uFEFF{\"id\": \"a\", \"text\": \"t\"}\r\n\r\n   \n{\"id\": 7, \"text\": \"t\"}");
        Assert.Equal([("a", 1), ("7", 4)], items.Select(i => (i.Document!.Id, i.Line!.Value)));
    }

    [Theory]
    [InlineData("2024-02-27T08:30:00Z", 2024, 2, 27)] // a timestamp keeps its date
    [InlineData(null, 0, 0, 0)]
    public void ReadJsonLines_Published(string? published, int y, int m, int d)
    {
        var json = published is null ? """{"id": "a", "text": "t", "published": null}""" : $$"""{"id": "a", "text": "t", "published": "{{published}}"}""";
        var doc = Assert.Single(Read(json)).Document!;
        Assert.Equal(published is null ? null : new DateOnly(y, m, d), doc.Published);
    }

    [Fact]
    public void ReadJsonLines_TextKeptExactly_EscapesDecoded()
    {
        var doc = Assert.Single(Read("""{"id": "a", "text": "  Hanoï\n\t\u00e9 \ud83d\ude00 "}""")).Document!;
        Assert.Equal("  Hanoï\n\té 😀 ", doc.Text);
    }

    [Fact]
    public void ReadJsonLines_LoneSurrogate_Error()
    {
        var item = Assert.Single(Read("""{"id": "a", "text": "x\ud800y"}"""));
        Assert.NotNull(item.Error);
    }

    [Fact]
    public void ReadJsonLines_SizeLimitCountsUtf8Bytes()
    {
        // Five characters, ten bytes of UTF-8.
        Assert.NotNull(Assert.Single(Read("""{"id": "a", "text": "ééééé"}""", max: 9)).Error);
        Assert.NotNull(Assert.Single(Read("""{"id": "a", "text": "ééééé"}""", max: 10)).Document);
    }

    [Fact]
    public void ReadJsonLines_HugeLine_SkippedWithBoundedMemory()
    {
        var huge = "{\"id\": \"big\", \"text\": \"" + new string('a', 30_000_000) + "\"}\n{\"id\": \"b\", \"text\": \"t\"}\n";
        var bytes = Encoding.ASCII.GetBytes(huge);
        huge = null;
        var before = GC.GetAllocatedBytesForCurrentThread();
        List<InputItem> items = [.. new DocumentSource(1_000_000).ReadJsonLines(new MemoryStream(bytes), "t.jsonl")];
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal($"line is 30,000,025 bytes, too long for a document of at most 1,000,000 bytes ({DocumentSource.DefaultLimitHint}); skipped", items[0].Error!.Message);
        Assert.Equal("b", items[1].Document!.Id);
        Assert.True(allocated < 20_000_000, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void InputError_ToString_FileAndLine() =>
        Assert.Equal("in.jsonl:3: missing \"id\"", new InputError("in.jsonl", 3, "missing \"id\"").ToString());
}
