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

    [Theory]
    [InlineData("Le ministre s'est entretenu avec le chef du PLAN, puis a visité le ministère de la Défense.")]
    [InlineData("entretenu avec, PLA Navy, plan; Plan review entreten")]
    [InlineData("nothing here starts a phrase at all")]
    [InlineData("")]
    public void FindAll_WithNumberedWords_FindsWhatTheWordByWordWalkFinds(string text)
    {
        // The numbered path passes over tokens that start no phrase; it must find exactly what the walk from every token finds,
        // with a root prefix ("entreten*"), an acronym and words numbered by another matcher after this one was built.
        var vocabulary = new PhraseVocabulary();
        var m = new PhraseMatcher<string>(vocabulary);
        m.Add("PLAN", "navy");
        m.Add("PLA Navy", "navy");
        m.Add("ministère de la Défense", "ministry");
        m.Add("entreten* avec", "talks");
        var other = new PhraseMatcher<string>(vocabulary);
        other.Add("chef du", "title");
        other.Add("visité", "visit");
        var tokens = Tokenizer.Tokenize(text);
        var numbered = m.FindAll(tokens, vocabulary.Number(tokens));
        Assert.Equal(m.FindAll(tokens), numbered);
        Assert.Equal(other.FindAll(tokens), other.FindAll(tokens, vocabulary.Number(tokens)));
    }

    [Fact]
    public void FindAll_WithNumberedWords_SkipsNoPhraseStart()
    {
        var vocabulary = new PhraseVocabulary();
        var m = new PhraseMatcher<string>(vocabulary);
        m.Add("joint exercise", "exercise");
        m.Add("entreten*", "talks");
        var tokens = Tokenizer.Tokenize("a joint naval joint exercise after he entretenait");
        var found = m.FindAll(tokens, vocabulary.Number(tokens));
        Assert.Equal([(3, 5, "exercise"), (7, 8, "talks")], found.Select(f => (f.Start, f.End, f.Value)));
    }
}
