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

    [Theory]
    [InlineData("Dialogue des politiques de défense Vietnam - Japon")]
    [InlineData("dialogue sur les politiques de défense")]
    [InlineData("Defense Policy Dialogue")]
    [InlineData("Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 10")]
    [InlineData("doi thoai chinh sach quoc phong")]
    public void Concept_InflectedWordings_MeetThroughWordConcepts(string name) => Assert.Equal("defence-policy-dialogue", MechanismNames.Concept(name).Concept);

    [Fact]
    public void Concept_UnknownMechanism_FrenchAndEnglishShareOneKey()
    {
        var en = MechanismNames.Concept("Joint Committee on Defence Cooperation").Concept;
        Assert.Equal(en, MechanismNames.Concept("Comité mixte de coopération en matière de défense").Concept);
        Assert.Equal(en, MechanismNames.Concept("3rd Thai-Malaysian Joint Committee on Defence Cooperation").Concept);
        Assert.Equal(en, MechanismNames.Concept("Ủy ban hỗn hợp về hợp tác quốc phòng").Concept);
    }

    [Theory]
    [InlineData("dialogue", true)]
    [InlineData("la 3e session", true)]
    [InlineData("the annual bilateral talks", true)]
    [InlineData("Defence Policy Dialogue", false)]
    [InlineData("Joint Border Committee", false)]
    public void IsGeneric_OnlyWordsThatNameNoParticularMechanism(string name, bool generic) => Assert.Equal(generic, MechanismNames.IsGeneric(name));
}
