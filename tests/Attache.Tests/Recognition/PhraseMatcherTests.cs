using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Tests.Recognition;

public class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher()
    {
        var m = new PhraseMatcher<string>();
        m.Add("PLAN", "navy");
        m.Add("PLA Navy", "navy");
        m.Add("ministère de la Défense", "ministry");
        return m;
    }

    [Theory]
    [InlineData("the PLAN frigate", "PLAN")]
    [InlineData("a Nato-style Plan review", "Plan")]
    [InlineData("the PLA Navy fleet", "PLA Navy")]
    [InlineData("le Ministère de la defense", "Ministère de la defense")]
    public void Finds(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var match = Assert.Single(Matcher().FindAll(tokens));
        Assert.Equal(expected, text[tokens[match.Start].Start..tokens[match.End - 1].End]);
    }

    [Theory]
    [InlineData("the cooperation plan for 2023-25")]
    [InlineData("the pla navy")]
    public void AcronymsDoNotMatchTheCommonWordTheySpell(string text) =>
        Assert.Empty(Matcher().FindAll(Tokenizer.Tokenize(text)));
}
