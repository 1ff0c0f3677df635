using System.Reflection;
using System.Text.RegularExpressions;
using Attache.Events.Arguments;
using Attache.Events.Filters;
using Attache.Events.Passes;
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

    [Fact]
    public void EveryAssemblyRule_RunsInItsChain_AndHasAUnitTestNamingIt()
    {
        var types = typeof(Event).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        var filters = types.Where(typeof(ITriggerFilter).IsAssignableFrom).ToList();
        var arguments = types.Where(typeof(IArgumentRule).IsAssignableFrom).ToList();
        var passes = types.Where(typeof(IDocumentPass).IsAssignableFrom).ToList();
        Assert.True(filters.Count >= 10 && arguments.Count >= 6 && passes.Count >= 5, $"{filters.Count} filters, {arguments.Count} argument rules, {passes.Count} passes");
        // A rule that is written but not in its ordered list never runs.
        Assert.Equal(filters.Select(t => t.Name).Order(StringComparer.Ordinal), FilterChain.Ordered.Select(f => f.GetType().Name).Order(StringComparer.Ordinal));
        Assert.Equal(arguments.Select(t => t.Name).Order(StringComparer.Ordinal), ArgumentRules.Ordered.Select(f => f.GetType().Name).Order(StringComparer.Ordinal));
        Assert.Equal(passes.Select(t => t.Name).Order(StringComparer.Ordinal), DocumentPasses.Ordered.Select(f => f.GetType().Name).Order(StringComparer.Ordinal));
        foreach (var f in FilterChain.Ordered) Assert.Equal(f.GetType().Name, f.Name);
        foreach (var f in ArgumentRules.Ordered) Assert.Equal(f.GetType().Name, f.Name);
        foreach (var f in DocumentPasses.Ordered) Assert.Equal(f.GetType().Name, f.Name);

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Attache.slnx"))) root = root.Parent;
        Assert.NotNull(root);
        var sep = Path.DirectorySeparatorChar;
        var tests = Directory.GetFiles(Path.Combine(root.FullName, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && Path.GetFileName(f) != nameof(ConventionTests) + ".cs")
            .Select(File.ReadAllText).ToList();
        var rules = filters.Concat(arguments).Concat(passes).Select(t => t.Name).Append(nameof(AreasRule)).Append(nameof(Attache.Events.Triggers.DefiniteNoun));
        var untested = rules.Where(name => !tests.Any(t => Regex.IsMatch(t, $@"\b{name}\b"))).ToList();
        Assert.True(untested.Count == 0, "rules no test names: " + string.Join(", ", untested));
    }
}
