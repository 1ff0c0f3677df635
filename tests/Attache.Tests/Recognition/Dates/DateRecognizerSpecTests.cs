using System.Text.Json;
using Attache.Languages;
using Attache.Model;
using Attache.Recognition.Dates;
using Attache.Tests.Specs;

namespace Attache.Tests.Recognition.Dates;

/// <summary>Runs <c>specs/dates/&lt;lang&gt;/DateRecognizer.json</c>: recognition, then resolution in the case's context.</summary>
/// <remarks>
/// Mentions are resolved in order; "Previous" starts as the case's <c>Context.Previous</c> and becomes each resolved
/// mention in turn, as the event assembler does. A case marked <c>"NotSupported": true</c> documents a known gap and must
/// still fail, so that whoever fixes it also flips the flag.
/// </remarks>
public class DateRecognizerSpecTests
{
    private static readonly Dictionary<string, DateRecognizer> Recognizers = new()
    {
        ["fr"] = new DateRecognizer(LanguageData.For("fr")),
        ["en"] = new DateRecognizer(LanguageData.For("en")),
    };

    [Theory]
    [SpecData("dates", "fr", "DateRecognizer")]
    public void French(string input, string spec) => Run("fr", input, spec);

    [Theory]
    [SpecData("dates", "en", "DateRecognizer")]
    public void English(string input, string spec) => Run("en", input, spec);

    private static void Run(string language, string input, string spec)
    {
        using var doc = JsonDocument.Parse(spec);
        var root = doc.RootElement;
        var context = root.TryGetProperty("Context", out var c) ? c : default;
        var reference = DateOf(context, "ReferenceDate");
        var previous = DateOf(context, "Previous");
        var expected = root.GetProperty("Results").EnumerateArray()
            .Select(r => (r.GetProperty("Text").GetString(), r.GetProperty("Value").GetString()))
            .ToList();

        var actual = new List<(string?, string?)>();
        foreach (var mention in Recognizers[language].Recognize(input))
        {
            var value = DateResolver.Resolve(mention.Expression, new DateContext(reference, previous));
            if (value is not null) previous = value;
            actual.Add((input[mention.Span.Start..mention.Span.End], value?.ToString()));
        }

        var notSupported = root.TryGetProperty("NotSupported", out var ns) && ns.GetBoolean();
        if (notSupported) Assert.NotEqual(expected, actual);
        else Assert.Equal(expected, actual);
    }

    private static PartialDate? DateOf(JsonElement context, string name)
    {
        if (context.ValueKind != JsonValueKind.Object || !context.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
            return null;
        Assert.True(PartialDate.TryParse(e.GetString(), out var date), $"bad {name} in spec: {e.GetString()}");
        return date;
    }
}
