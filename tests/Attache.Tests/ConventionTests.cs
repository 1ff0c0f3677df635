using System.Reflection;
using Attache.Languages;
using Attache.Model;

namespace Attache.Tests;

/// <summary>Checks the rules the project keeps by convention, so that breaking one fails a test.</summary>
public class ConventionTests
{
    [Fact]
    public void LanguageFolders_HoldTheSameFiles()
    {
        // A new language is a new folder with the same files: a file only one language has is a gap in the other.
        var names = LanguageData.Available.ToDictionary(l => l, l => LanguageData.For(l).TableNames().Order(StringComparer.Ordinal).ToArray());
        Assert.True(names.Count >= 2, "expected at least two languages");
        var reference = names.First();
        foreach (var (language, files) in names.Skip(1))
            Assert.True(reference.Value.SequenceEqual(files),
                $"{reference.Key} has [{string.Join(", ", reference.Value.Except(files))}] that {language} lacks; {language} has [{string.Join(", ", files.Except(reference.Value))}] that {reference.Key} lacks");
    }

    [Fact]
    public void EveryDataFile_ParsesAndIsNotEmptyOfMeaning()
    {
        foreach (var language in LanguageData.Available.Append("common"))
        {
            var data = LanguageData.For(language);
            foreach (var name in data.TableNames())
                foreach (var row in data.Table(name))
                    Assert.False(row.All(string.IsNullOrEmpty), $"{language}/{name}.tsv has a row of empty cells");
        }
    }

    [Fact]
    public void LanguageResources_BuildForEveryLanguage()
    {
        foreach (var language in LanguageData.Available)
        {
            var r = LanguageResources.For(language);
            Assert.True(r.Countries.Count > 200, $"{language}: {r.Countries.Count} country forms");
            Assert.True(r.Triggers.Count > 20, $"{language}: {r.Triggers.Count} triggers");
            Assert.NotEmpty(r.Abbreviations);
        }
    }

    [Fact]
    public void ModelTypes_AreImmutable()
    {
        var types = typeof(Event).Assembly.GetExportedTypes().Where(t => t.Namespace == "Attache.Model" && t.IsClass);
        foreach (var type in types)
        {
            Assert.True(type.IsSealed, $"{type.Name} should be sealed");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                Assert.True(property.SetMethod is null || property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"),
                    $"{type.Name}.{property.Name} has a public setter");
        }
    }
}
