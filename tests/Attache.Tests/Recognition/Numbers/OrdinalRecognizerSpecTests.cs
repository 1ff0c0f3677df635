using System.Text.Json;
using Attache.Languages;
using Attache.Recognition.Numbers;
using Attache.Tests.Specs;

namespace Attache.Tests.Recognition.Numbers;

/// <summary>Runs <c>specs/numbers/&lt;lang&gt;/OrdinalRecognizer.json</c>.</summary>
/// <remarks>Each result is <c>{"Text", "Value"}</c>, plus <c>"DayOfMonth": true</c> when a month follows.</remarks>
public class OrdinalRecognizerSpecTests
{
    private static readonly Dictionary<string, OrdinalRecognizer> Recognizers = new()
    {
        ["fr"] = new OrdinalRecognizer(LanguageData.For("fr")),
        ["en"] = new OrdinalRecognizer(LanguageData.For("en")),
    };

    [Theory]
    [SpecData("numbers", "fr", "OrdinalRecognizer")]
    public void French(string input, string spec) => Run("fr", input, spec);

    [Theory]
    [SpecData("numbers", "en", "OrdinalRecognizer")]
    public void English(string input, string spec) => Run("en", input, spec);

    private static void Run(string language, string input, string spec)
    {
        using var doc = JsonDocument.Parse(spec);
        var expected = doc.RootElement.GetProperty("Results").EnumerateArray()
            .Select(r => (r.GetProperty("Text").GetString(), r.GetProperty("Value").GetInt32(),
                r.TryGetProperty("DayOfMonth", out var d) && d.GetBoolean()))
            .ToList();
        var actual = Recognizers[language].Recognize(input)
            .Select(m => ((string?)input[m.Span.Start..m.Span.End], m.Value, m.IsDayOfMonth))
            .ToList();
        Assert.Equal(expected, actual);
    }
}
