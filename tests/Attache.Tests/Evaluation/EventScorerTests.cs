using Attache.Evaluation;

namespace Attache.Tests.Evaluation;

public class EventScorerTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "TestData", "eval");

    private static JsonlRecords Load(string name)
    {
        using var reader = File.OpenText(Path.Combine(Dir, name));
        return JsonlRecords.Read(reader);
    }

    private static string Expected(string name) => File.ReadAllText(Path.Combine(Dir, name)).ReplaceLineEndings("\n");

    [Theory]
    [InlineData("reported", null, true, true, "score-reported.json")]
    [InlineData("all", null, false, true, "score-all.txt")]
    [InlineData("reported", "en", true, false, "score-en.json")]
    [InlineData("background", null, false, false, "score-background.txt")]
    public void Score_SameFixtures_PrintsWhatScorePyPrints(string status, string? lang, bool json, bool byDoc, string expected)
    {
        var result = EventScorer.Score(Load("gold.jsonl"), Load("pred.jsonl"), status, lang);

        Assert.Equal(Expected(expected), json ? result.ToJson(byDoc) : result.ToText(byDoc));
    }

    [Fact]
    public void Score_PerfectPrediction_IsOneEverywhereItApplies()
    {
        var gold = Load("gold.jsonl");

        var result = EventScorer.Score(gold, gold, "all");

        Assert.Equal(1.0, result["event_f1"]);
        Assert.Equal(1.0, result["strict_f1"]);
        Assert.Equal(0, result["false_alarm_docs"]);
        Assert.All(result.Documents, d => Assert.True(d.Matched == d.Gold && d.Gold == d.Predicted));
    }

    [Fact]
    public void Read_BadLines_AreReportedAndSkipped()
    {
        var records = JsonlRecords.Read(new StringReader("{\"id\": \"x\", \"events\": []}\nnot json\n\n[1]\n{\"id\": \"x\", \"events\": [{}]}\n"));

        Assert.Equal(["x"], records.Records.Keys);
        Assert.Single(records.Records["x"]["events"]!.AsArray());
        Assert.Equal(2, records.Errors.Count);
        Assert.StartsWith("2: not JSON", records.Errors[0], StringComparison.Ordinal);
        Assert.Equal("4: not a JSON object", records.Errors[1]);
    }

    [Theory]
    [InlineData("Hà Nội", new[] { "ha", "noi" })]
    [InlineData("Đà Nẵng-city", new[] { "da", "nang", "city" })]
    [InlineData("  O'Brien  ", new[] { "o", "brien" })]
    public void Fold_AsTheScriptFolds(string text, string[] expected) => Assert.Equal(expected, EventScorer.Fold(text));

    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.7142857142857143, "0.7142857142857143")]
    [InlineData(0.00001, "1e-05")]
    public void PythonFloat_WritesAsPythonRepr(double value, string expected) => Assert.Equal(expected, EvaluationResult.PythonFloat(value));
}
