using Attache.Record;

namespace Attache.Tests.Record;

public class SearchTextTests
{
    [Theory]
    [InlineData("Hoang Xuân Chiến", "hoang xuan chien")]
    [InlineData("Đà Nẵng, l'Armée", "da nang l armee")]
    [InlineData("Chie\u0302\u0301n", "chien")] // decomposed marks belong to their word
    public void Fold_FoldsCaseAndDiacritics(string text, string folded) => Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Parse_PhrasesPrefixesAndCompounds()
    {
        var clauses = SearchText.Parse("défense \"Xuân Chiến\" marit* Vietnam-Japon \"hoang xu\"*");
        Assert.Equal(["defense|False", "xuan chien|False", "marit|True", "vietnam japon|False", "hoang xu|True"],
            clauses.Select(c => string.Join(' ', c.Words) + "|" + c.Prefix));
        Assert.Equal("\"defense\" \"xuan chien\" \"marit\"* \"vietnam japon\" \"hoang xu\"*", SearchText.ToFts5(clauses));
        Assert.Equal("'xuan' <-> 'chien'", SearchText.ToTsQuery(clauses[1]));
        Assert.Equal("'marit':*", SearchText.ToTsQuery(clauses[2]));
        Assert.Empty(SearchText.Parse("!! ' \"\""));
    }

    [Fact]
    public void Snippet_IsASpanOfTheText_WithTheMatchesMarked()
    {
        var text = new string('x', 50) + " " + string.Join(' ', Enumerable.Repeat("filler", 80)) + " Le général Chiến a reçu la délégation. " + string.Join(' ', Enumerable.Repeat("tail", 80));
        var snippet = SearchText.Snippet(text, SearchText.Parse("chien delegation"));
        Assert.Equal(text[snippet.Start..snippet.End], snippet.Text);
        Assert.Equal(["Chiến", "délégation"], snippet.Highlights.Select(h => snippet.Text[h.Start..h.End]));
        Assert.True(snippet.Start > 0);
        Assert.True(SearchText.Matches(text, SearchText.Parse("\"general chien\"")));
        Assert.False(SearchText.Matches(text, SearchText.Parse("\"chien general\"")));
    }

    [Fact]
    public void Title_IsTheFirstLineWithoutTheDateHeader() =>
        Assert.Equal("Le 10e Dialogue", SearchText.Title("\n date 2024-02 Le 10e Dialogue\nHanoi (VNA) - …"));
}
