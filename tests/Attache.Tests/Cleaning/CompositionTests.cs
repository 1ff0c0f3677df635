using Attache.Cleaning;
using Attache.Extraction;
using Attache.Model;
using Attache.Record;

namespace Attache.Tests.Cleaning;

/// <summary>Text typed decomposed (a letter, then its combining marks) reads as composed text, spans included.</summary>
public class CompositionTests
{
    private const string Composed = "Sáng 12/3, tại Hà Nội, Thượng tướng Trần Văn Khải, Thứ trưởng Bộ Quốc phòng Việt Nam, đã tiếp Đại sứ Nhật Bản tại Việt Nam Tanaka Hiroshi.";

    // What string.Normalize(FormD) gives, written out: invariant globalization cannot decompose either.
    private static string Decompose(string text)
    {
        var rows = Attache.Languages.LanguageData.Common.Table("compose").Where(r => r.Length >= 3)
            .ToDictionary(r => r[0][0], r => r[1] + string.Concat(Attache.Languages.LanguageData.Alternatives(r[2]).Select(m => (char)Convert.ToInt32(m[2..], 16))));
        string Full(char c) => rows.TryGetValue(c, out var d) ? Full(d[0]) + d[1..] : c.ToString();
        return string.Concat(text.Select(Full));
    }

    [Fact]
    public void Clean_DecomposedText_GivesTheComposedText()
    {
        var decomposed = Decompose(Composed);
        Assert.NotEqual(Composed.Length, decomposed.Length);
        var cleaned = new TextCleaner().Clean(decomposed);
        Assert.Equal(Composed, cleaned.Text);
        // A span of the cleaned text maps back over the base letters and their marks.
        var khai = Composed.IndexOf("Khải", StringComparison.Ordinal);
        var span = cleaned.ToOriginal(new TextSpan(khai, khai + 4));
        Assert.Equal(Decompose("Khải"), decomposed[span.Start..span.End]);
    }

    [Fact]
    public void Clean_MarksInAnotherOrder_StillCompose() =>
        Assert.Equal("Việt", new TextCleaner().Clean("Vie\u0302\u0323t").Text);

    [Fact]
    public void Extract_DecomposedAndComposed_GiveTheSameEvents()
    {
        var extractor = new Extractor();
        var a = extractor.Extract(new Document("a", Composed, Language: "vi")).Events;
        var decomposed = Decompose(Composed);
        var b = extractor.Extract(new Document("b", decomposed, Language: "vi")).Events;
        Assert.Single(a);
        Assert.Equal(a[0].Type, b[0].Type);
        Assert.Equal(a[0].Participants.Select(p => p.Name), b[0].Participants.Select(p => p.Name));
        Assert.All(b[0].Evidence, s => Assert.InRange(s.End, s.Start, decomposed.Length));
    }

    [Fact]
    public void PersonNames_WithAndWithoutDiacritics_AreOnePerson()
    {
        Assert.Equal(PersonNames.Key("Trần Văn Khải"), PersonNames.Key("Tran Van Khai"));
        Assert.Equal(3, PersonNames.Match("Trần Văn Khải", "TRAN VAN KHAI"));
        Assert.Equal(PersonNames.Key("Đặng Đức Hạnh"), PersonNames.Key("Dang Duc Hanh"));
    }
}
