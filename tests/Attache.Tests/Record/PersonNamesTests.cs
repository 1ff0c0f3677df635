using Attache.Record;

namespace Attache.Tests.Record;

public class PersonNamesTests
{
    [Theory]
    [InlineData("Phan Van Giang", "Giang")]
    [InlineData("Phan Van Giang", "Gen. Phan Van Giang")]
    [InlineData("Phan Van Giang", "Phan Văn Giang")]
    [InlineData("Phan Van Giang", "Général de corps d'armée Phan Van Giang")]
    [InlineData("Serizawa Kiyoshi", "Kiyoshi Serizawa")]
    [InlineData("Đỗ Minh Tuấn", "Do Minh Tuan")]
    public void Same_FormsOfOneName_AreOnePerson(string a, string b) => Assert.True(PersonNames.Same(a, b));

    [Theory]
    [InlineData("Nguyen Chi Vinh", "Nguyen Tan Dung")]
    [InlineData("Phan Van Giang", "Phan Van Khai")]
    public void Same_DifferentPeople_AreNot(string a, string b) => Assert.False(PersonNames.Same(a, b));

    [Fact]
    public void Clean_DropsLeadingTitles() => Assert.Equal("Phan Văn Giang", PersonNames.Clean("Gen. Phan Văn Giang"));

    [Fact]
    public void Tokens_KeepsSurnameLe() => Assert.Equal(["le", "duc", "anh"], PersonNames.Tokens("Le Duc Anh"));
}
