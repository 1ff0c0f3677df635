using Attache.Cli.Commands;

namespace Attache.Cli.Tests.Commands;

/// <summary>What record commands print from the store is escaped: a stored id or name cannot drive the terminal.</summary>
public class RecordOutputTests
{
    [Fact]
    public void WriteTable_EscapesControlAndDirectionCharacters()
    {
        var output = new StringWriter { NewLine = "\n" };
        StoreCommand.WriteTable(output, ["ID", "SOURCES"], [["ev\u001b[2J1", "doc\u0000\u202E"]]);
        var text = output.ToString();
        Assert.Contains("ev\\x1B[2J1", text, StringComparison.Ordinal);
        Assert.Contains("doc\\x00\\u202E", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is '\u001b' or '\0' or '\u202E');
    }
}
