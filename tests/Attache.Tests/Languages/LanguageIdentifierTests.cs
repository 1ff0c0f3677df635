using Attache.Languages;
using CsCheck;

namespace Attache.Tests.Languages;

public class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = new();

    [Theory]
    [InlineData("Le ministre de la Défense a reçu son homologue japonais à Hanoi mardi.", "fr")]
    [InlineData("Le ministre de la Defense a recu son homologue japonais a Hanoi mardi.", "fr")]
    [InlineData("Les deux parties ont également discuté de la situation régionale.", "fr")]
    [InlineData("Les deux parties ont egalement discute de la situation regionale.", "fr")]
    [InlineData("LE MINISTRE A ÉTÉ REÇU PAR SON HOMOLOGUE", "fr")]
    [InlineData("The Minister of National Defence received his Japanese counterpart in Hanoi on Tuesday.", "en")]
    [InlineData("Both sides also discussed the regional situation and agreed to strengthen ties.", "en")]
    [InlineData("THE TWO SIDES HELD TALKS IN TOKYO", "en")]
    [InlineData("Le ministre", "fr")]
    [InlineData("The minister", "en")]
    [InlineData("selon lui", "fr")]
    [InlineData("according to him", "en")]
    [InlineData("Sáng nay, Bộ trưởng Bộ Quốc phòng đã tiếp Đại sứ Nhật Bản tại Hà Nội và hai bên đã trao đổi về hợp tác.", "vi")]
    [InlineData("Sang nay, Bo truong Bo Quoc phong da tiep Dai su Nhat Ban tai Ha Noi va hai ben da trao doi ve hop tac.", "vi")]
    [InlineData("Hai bên nhất trí tiếp tục thúc đẩy quan hệ giữa hai nước.", "vi")]
    [InlineData("Hai ben nhat tri tiep tuc thuc day quan he giua hai nuoc.", "vi")]
    [InlineData("Le ministre Phan Van Giang a reçu Tran Quoc Viet à Hanoi.", "fr")]
    [InlineData("Minister Phan Van Giang received Nguyen Van Nam in Hanoi.", "en")]
    public void Identify_OwnSentences(string text, string expected) => Assert.Equal(expected, Identifier.Identify(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345 !!!")]
    [InlineData("Hoang Xuan Chien Serizawa Kiyoshi")]
    public void Identify_NothingKnown_DefaultsToEnglish(string text) => Assert.Equal(LanguageIdentifier.DefaultLanguage, Identifier.Identify(text));

    [Fact]
    public void Identify_AnyText_ReturnsAnAvailableLanguage() =>
        Gen.String.Sample(text => Assert.Contains(Identifier.Identify(text), LanguageData.Available.Append(LanguageIdentifier.DefaultLanguage)));

    [Fact]
    public void Fold_StripsDiacriticsAndCase()
    {
        Assert.Equal("defense", Attache.Tokenization.TextFolding.Fold("Défense"));
        Assert.Equal("ha noi", Attache.Tokenization.TextFolding.Fold("HÀ NỘI"));
        Assert.Equal("hoang xuan chien", Attache.Tokenization.TextFolding.Fold("Hoàng Xuân Chiến"));
        Assert.Equal("coeur", Attache.Tokenization.TextFolding.Fold("cœur"));
        Assert.Equal("da nang", Attache.Tokenization.TextFolding.Fold("Đà Nẵng"));
    }
}
