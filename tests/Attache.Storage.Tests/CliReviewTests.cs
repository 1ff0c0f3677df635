using System.Text.Json;

namespace Attache.Storage.Tests;

/// <summary><c>attache review</c>, <c>merge</c>, <c>reextract</c>, <c>export --reviewed-only/--format gold</c> and
/// <c>eval</c> through the built program, on every provider.</summary>
public class CliReviewTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var r = await AttacheProcess.RunAsync(args);
        return (r.Code, r.Out, r.Err);
    }

    private static async Task<List<JsonElement>> EventsAsync(string db)
    {
        var (code, output, err) = await RunAsync("events", "--json", "--db", db);
        Assert.True(code == 0, err);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
    }

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    [Theory, MemberData(nameof(Providers))]
    public async Task Review_Export_Gold_Eval(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        Assert.Equal(0, (await RunAsync("ingest", CliErrorTests.Samples(), "--db", db.Db)).Code);
        var events = await EventsAsync(db.Db);
        var dialogue = Id(events.Single(e => e.GetProperty("type").GetString() == "dialogue"));
        var visit = Id(events.Single(e => e.GetProperty("type").GetString() == "visit"));
        var meetings = events.Where(e => e.GetProperty("type").GetString() == "meeting").Select(Id).ToList();

        var (code, output, err) = await RunAsync("review", dialogue, "--set", "location.city=Haiphong", "--why", "release", "--reviewer", "ana", "--json", "--db", db.Db);
        Assert.True(code == 0, err);
        var shown = JsonDocument.Parse(output).RootElement;
        Assert.Equal("edited", shown.GetProperty("review").GetString());
        Assert.Equal("ana", shown.GetProperty("corrections")[0].GetProperty("reviewer").GetString());
        var etag = shown.GetProperty("etag").GetString()!;

        Assert.Equal(2, (await RunAsync("review", dialogue, "--set", "colour=blue", "--db", db.Db)).Code);
        Assert.Equal(2, (await RunAsync("review", dialogue, "--reject", "boring", "--db", db.Db)).Code);
        Assert.Equal(4, (await RunAsync("review", "ev-none", "--confirm", "--db", db.Db)).Code);
        Assert.Equal(0, (await RunAsync("review", dialogue, "--confirm", "--if-match", etag, "--db", db.Db)).Code);
        (code, _, err) = await RunAsync("review", dialogue, "--confirm", "--if-match", etag, "--db", db.Db);
        Assert.Equal(1, code);
        Assert.Contains("changed since", err, StringComparison.Ordinal);

        // The correction is in the exports; --reviewed-only keeps the one reviewed event.
        (_, output, _) = await RunAsync("export", "--format", "jsonl", "--db", db.Db);
        Assert.Contains("\"city\":\"Haiphong\"", output, StringComparison.Ordinal);
        (_, output, _) = await RunAsync("export", "--format", "jsonl", "--reviewed-only", "--db", db.Db);
        Assert.Equal(dialogue, JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement.GetProperty("id").GetString());

        // Gold: only documents whose events were all reviewed; the rejected visit is left out.
        (_, output, _) = await RunAsync("export", "--format", "gold", "--db", db.Db);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, (await RunAsync("review", visit, "--reject", "out_of_scope", "--db", db.Db)).Code);
        foreach (var m in meetings) Assert.Equal(0, (await RunAsync("review", m, "--confirm", "--db", db.Db)).Code);
        var gold = Path.Combine(Path.GetTempPath(), $"attache-gold-{Guid.NewGuid():N}.jsonl");
        try
        {
            Assert.Equal(0, (await RunAsync("export", "--format", "gold", "-o", gold, "--db", db.Db)).Code);
            var lines = File.ReadAllLines(gold).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Equal(3, lines.Sum(l => l.GetProperty("events").GetArrayLength()));
            Assert.DoesNotContain(lines.SelectMany(l => l.GetProperty("events").EnumerateArray()), e => e.GetProperty("type").GetString() == "visit");

            // The engine against the team's gold: the visit is a false event, the dialogue's city is wrong.
            (code, output, err) = await RunAsync("eval", gold, "--docs", CliErrorTests.Samples(), "--json");
            Assert.True(code == 0, err);
            var score = JsonDocument.Parse(output).RootElement;
            Assert.Equal(3, score.GetProperty("gold_events").GetInt32());
            Assert.Equal(4, score.GetProperty("pred_events").GetInt32());
            Assert.Equal(3, score.GetProperty("matched").GetInt32());
            Assert.Equal(2.0 / 3, score.GetProperty("location_accuracy").GetDouble(), 6);
            Assert.Equal(2, (await RunAsync("eval", gold)).Code);
            Assert.Equal(2, (await RunAsync("eval", gold + ".missing", "--docs", CliErrorTests.Samples())).Code);
        }
        finally
        {
            File.Delete(gold);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Merge_SurvivesReextract_AndHistoryNamesIt(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        Assert.Equal(0, (await RunAsync("ingest", CliErrorTests.Samples(), "--db", db.Db)).Code);
        var meetings = (await EventsAsync(db.Db)).Where(e => e.GetProperty("type").GetString() == "meeting").Select(Id).ToList();
        Assert.Equal(2, meetings.Count);

        var (code, _, err) = await RunAsync("merge", meetings[0], meetings[1], "--why", "one talk", "--reviewer", "bao", "--db", db.Db);
        Assert.True(code == 0, err);
        Assert.Equal(3, (await EventsAsync(db.Db)).Count);
        Assert.Equal(2, (await RunAsync("merge", meetings[0], meetings[0], "--db", db.Db)).Code);
        Assert.Equal(2, (await RunAsync("split", meetings[0], "--sources", "nowhere", "--db", db.Db)).Code);

        (code, var output, err) = await RunAsync("reextract", "--db", db.Db);
        Assert.True(code == 0, err);
        var after = await EventsAsync(db.Db);
        Assert.Equal(3, after.Count);
        var merged = after.Single(e => e.GetProperty("type").GetString() == "meeting");
        (_, output, _) = await RunAsync("sources", Id(merged), "--json", "--db", db.Db);
        Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetProperty("sources").GetArrayLength());
        (_, output, _) = await RunAsync("review", Id(merged), "--history", "--db", db.Db);
        Assert.Contains("bao", output, StringComparison.Ordinal);
        Assert.Contains("one talk", output, StringComparison.Ordinal);
    }
}
