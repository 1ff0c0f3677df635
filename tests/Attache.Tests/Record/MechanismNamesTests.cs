using Attache.Model;
using Attache.Record;

namespace Attache.Tests.Record;

public class MechanismNamesTests
{
    [Theory]
    [InlineData("Dialogue sur la politique de défense Vietnam-Japon")]
    [InlineData("Vietnam-Japan Defence Policy Dialogue")]
    [InlineData("defense policy dialogue")]
    [InlineData("10e Dialogue sur la politique de défense")]
    public void Concept_FrenchAndEnglishNames_OneSeries(string name) => Assert.Equal("defence-policy-dialogue", MechanismNames.Concept(name).Concept);

    [Fact]
    public void Concept_StrategicDialogue_IsAnotherSeries()
    {
        Assert.Equal("defence-strategic-dialogue", MechanismNames.Concept("dialogue stratégique de la défense").Concept);
        Assert.Equal("defence-strategic-dialogue", MechanismNames.Concept("Defence Strategic Dialogue").Concept);
    }

    [Fact]
    public void Concept_UnknownName_FallsBackToFoldedWords() => Assert.Equal("cobra-gold", MechanismNames.Concept("Cobra Gold").Concept);

    [Fact]
    public void SeriesKey_IncludesSortedCountries() =>
        Assert.Equal("defence-policy-dialogue:JPN-VNM", MechanismNames.SeriesKey(Fx.Ev(EventType.Dialogue, null, ["VNM", "JPN"], mechanism: new Mechanism("Defence Policy Dialogue", 3))));
}
