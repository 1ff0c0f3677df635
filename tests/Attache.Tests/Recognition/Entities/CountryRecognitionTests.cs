using Attache.Languages;
using Attache.Recognition;

namespace Attache.Tests.Recognition.Entities;

/// <summary>Every country name of a language's gazetteer is read as its country in running text.</summary>
public sealed class CountryRecognitionTests
{
    // A neutral frame per language: the name stands where a party does, after a preposition and before a verb.
    private static readonly Dictionary<string, (string Before, string After)> Frames = new(StringComparer.Ordinal)
    {
        ["en"] = ("The defence minister of ", " met his counterpart on Monday."),
        ["fr"] = ("Le ministre de la Défense de ", " a reçu son homologue lundi."),
    };

    public static TheoryData<string> LanguageNames() => new(Frames.Keys);

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void Every_country_name_is_read_as_its_country_or_sovereign(string language)
    {
        var resources = LanguageResources.For(language);
        var (before, after) = Frames[language];
        var missed = new List<string>();
        foreach (var row in LanguageData.For(language).Table("countries"))
        {
            if (row.Length < 2) continue;
            var expected = resources.Sovereigns.GetValueOrDefault(row[0], row[0]);
            foreach (var name in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var text = before + name + after;
                var analyzed = new AnalyzedText(text, resources);
                var at = analyzed.Tokens.FindIndex(t => t.Start == before.Length);
                if (at < 0 || analyzed.CountryAt[at] != expected) missed.Add($"{row[0]} '{name}' read as {(at < 0 ? "?" : analyzed.CountryAt[at] ?? "nothing")}");
            }
        }
        Assert.True(missed.Count == 0, $"{missed.Count} names not read as their country:\n" + string.Join("\n", missed));
    }
}
