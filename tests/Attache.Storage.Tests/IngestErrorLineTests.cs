namespace Attache.Storage.Tests;

/// <summary>
/// <c>attache ingest</c> reports each bad item on one line of standard error. On a terminal the lines go through the
/// progress bar (written above it, not through it); with output redirected, as here, there is no bar and the lines
/// must still all be there: one per bad item, in input order, and nothing else.
/// </summary>
public class IngestErrorLineTests
{
    [Fact]
    public async Task Ingest_RedirectedOutput_OneErrorLinePerBadItem()
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        var input = Path.Combine(Path.GetDirectoryName(db.Db)!, "mixed.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            "{\"id\":\"good-1\",\"text\":\"The defence ministers of Vietnam and Japan held talks in Hanoi on March 3, 2024.\"}",
            "not json at all",
            "{\"id\":\"no-text\"}",
            "{\"id\":\"good-2\",\"text\":\"Le ministre vietnamien de la Défense a reçu son homologue indien à Hanoi le 4 mars 2024.\"}",
            "{\"id\":\"bad\\u001bid\",\"text\":\"An id with an escape character in it.\"}",
        ]);
        var run = await AttacheProcess.RunAsync(["ingest", input, "--db", db.Db]);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 3, $"expected 3 error lines, got:\n{run.Err}");
        Assert.All(lines, l => Assert.StartsWith("attache: ", l, StringComparison.Ordinal));
        Assert.Contains("mixed.jsonl:2", lines[0], StringComparison.Ordinal);
        Assert.Contains("mixed.jsonl:3", lines[1], StringComparison.Ordinal);
        Assert.Contains("mixed.jsonl:5", lines[2], StringComparison.Ordinal);
        Assert.Equal(1, run.Code); // some items bad, the rest done
        Assert.Contains("documents: 2 new, 0 unchanged, 3 failed", run.Out, StringComparison.Ordinal);
    }
}
