using System.Reflection;
using System.Text.Json;
using Xunit.Sdk;

namespace Attache.Tests.Specs;

/// <summary>Feeds a theory with the cases of <c>specs/&lt;stage&gt;/&lt;lang&gt;/&lt;component&gt;.json</c>, one row per case.</summary>
/// <remarks>Each row is (input, case as JSON text), so a failure names the input and a new case needs no C# change.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SpecDataAttribute(string stage, string language, string component) : DataAttribute
{
    public static string PathOf(string stage, string language, string component) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", "specs", stage, language, component + ".json");

    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf(stage, language, component)));
        foreach (var c in doc.RootElement.EnumerateArray())
            yield return [c.GetProperty("Input").GetString()!, c.GetRawText()];
    }
}
