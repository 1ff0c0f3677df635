using Attache.Cleaning;
using Attache.Model;
using CsCheck;

namespace Attache.Tests.Cleaning;

public class TextCleanerTests
{
    private static readonly TextCleaner Cleaner = new();

    private static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "samples"), prefix + "_*.txt").Single());

    private static string Squash(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Noise kinds: raw text, then the cleaned text with runs of whitespace collapsed.</summary>
    public static TheoryData<string, string> NoiseCases => new()
    {
        // photo captions
        { "The minister spoke at length. (Photo: VNA)\nThe talks went well.", "The talks went well." },
        { "Two ministers shake hands in the capital. Photo : VNA\n\nThe talks went well.", "The talks went well." },
        { "Les deux ministres à la cérémonie. Photo: qdnd.vn\n\nLes entretiens ont eu lieu.", "Les entretiens ont eu lieu." },
        { "Hai bộ trưởng. Ảnh: TTXVN\n\nThe talks went well.", "The talks went well." },
        { "Ships meet at sea hinh anh 1A frigate and a destroyer sail side by side (Photo: VNA)\n\nThe ships met.", "Ships meet at sea The ships met." },
        { "A caption under the picture. — VNA/VNS Photo |\nThe visit began.", "The visit began." },
        { "At the ceremony (Photo: VNA)Hanoi (VNA) – The visit began.", "The visit began." },
        { "The minister chairs a meeting at the ministry in Riyadh. Reuters\nThe talks went well.", "The talks went well." },
        // a caption that shows a signing keeps its text, only its credit goes
        { "Les deux ministres signent un protocole d'accord. Photo: VNA\n\nLes entretiens ont eu lieu.", "Les deux ministres signent un protocole d'accord. Les entretiens ont eu lieu." },
        { "The two ministers sign a memorandum of understanding. (Photo: VNA)\nThe talks went well.", "The two ministers sign a memorandum of understanding. The talks went well." },
        // a body that opens with its dateline and runs on to a photo credit is not a caption
        { "Lima, 14/05/2024 – The navy commander receives his Chilean counterpart at the naval base. Photo: Navy Press", "The navy commander receives his Chilean counterpart at the naval base." },
        // header line
        { " date 2024-02 The visit began.", "The visit began." },
        { "date 2024-02-27\nThe visit began.", "The visit began." },
        // related links
        { ">> Another story about ships\n>>One more story\nThe visit began.", "The visit began." },
        // agency tails
        { "The visit ended on Friday. -VNA", "The visit ended on Friday." },
        { "The visit ended on Friday. – VNA", "The visit ended on Friday." },
        { "The visit ended on Friday./.", "The visit ended on Friday." },
        { "The visit ended on Friday. — VNS", "The visit ended on Friday." },
        { "The visit ended on Friday. (VNA)", "The visit ended on Friday." },
        { "The visit ended on Friday.\nVNA/VNP", "The visit ended on Friday." },
        { "The visit ended on Friday. -VNAShips meet at sea again hinh anh", "The visit ended on Friday." },
        // datelines
        { "Hanoi (VNA) - The visit began.", "The visit began." },
        { "Hanoi (VNA) – The visit began.", "The visit began." },
        { "Tokyo, 4 mars (VNA) - La visite a commencé.", "La visite a commencé." },
        { "HÀ NỘI — The visit began.", "The visit began." },
        { "VIETNAM, March 14 - The visit began.", "The visit began." },
        { "New Delhi, March 3 (PTI) - The visit began.", "The visit began." },
        { "PARIS (Reuters) - The visit began.", "The visit began." },
        // lost spaces
        { "the Ministry ofNational Defence", "the Ministry of National Defence" },
        { "a member ofthe StandingBoard", "a member ofthe Standing Board" },
        { "McDonald met MacArthur, DeSantis and LinkedIn staff with an iPhone.", "McDonald met MacArthur, DeSantis and LinkedIn staff with an iPhone." },
        { "Il a considéréque la visite était utile.", "Il a considéré que la visite était utile." },
        { "au service de la communautéde défense", "au service de la communauté de défense" },
        { "un européen et un préau", "un européen et un préau" },
        { "see https://example.org/pageOne and @SomeHandle", "see https://example.org/pageOne and @SomeHandle" },
        // characters
        { "l\u2019armée", "l'armée" },
        { "\u00ABquatre\u00A0non\u00BB et \u201Cfour\u201D", "\"quatre non\" et \"four\"" },
        { "dé\u00ADfense\u200B mi\u200Dnistry", "défense ministry" },
        { "line one\r\nline two\rline three", "line one line two line three" },
        { "en \u2013 and em \u2014 dashes stay", "en \u2013 and em \u2014 dashes stay" },
    };

    [Theory]
    [MemberData(nameof(NoiseCases))]
    public void Clean_RemovesNoise(string raw, string expected)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal(expected, Squash(cleaned.Text));
        AssertMapIsSound(cleaned);
    }

    [Theory]
    [InlineData("Hanoi (VNA) - The visit began.", "Hanoi", null)]
    [InlineData("Tokyo, 4 mars (VNA) - La visite a commencé.", "Tokyo", "4 mars")]
    [InlineData("HÀ NỘI — The visit began.", "HÀ NỘI", null)]
    [InlineData("VIETNAM, March 14 - The visit began.", "VIETNAM", "March 14")]
    [InlineData("New Delhi, March 3 (PTI) - The visit began.", "New Delhi", "March 3")]
    [InlineData("Hanoi (VNA), Dec. 9 -- The visit began.", "Hanoi", "Dec. 9")]
    [InlineData("PARIS (Reuters) - The visit began.", "PARIS", null)]
    [InlineData("Canberra, May 2 (Kyodo News)--The visit began.", "Canberra", "May 2")]
    [InlineData("(VOVworld) – The visit began.", null, null)]
    [InlineData("VIETNAM, March 14 -\n\nHÀ NỘI — The visit began.", "VIETNAM", "March 14")]
    [InlineData("Luanda, 25 octobre 2024 — La session a commencé.", "Luanda", "25 octobre 2024")]
    [InlineData("Singapore, May 31 – The talks began.", "Singapore", "May 31")]
    [InlineData("Brasília (DF), 14/05/2024 – The talks began.", "Brasília", "14/05/2024")]
    public void Clean_Dateline_RecordsPlaceDateAndSpan(string raw, string? place, string? date)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal(place, cleaned.Metadata.DatelinePlace);
        Assert.Equal(date, cleaned.Metadata.DatelineDate);
        var span = Assert.NotNull(cleaned.Metadata.DatelineSpan);
        Assert.True(string.IsNullOrWhiteSpace(cleaned.Text[span.Start..span.End]));
        var original = cleaned.ToOriginal(span);
        var was = raw[original.Start..original.End];
        if (place is not null) Assert.StartsWith(place, was, StringComparison.Ordinal);
        Assert.Matches("[-–—]$", was);
    }

    [Fact]
    public void Clean_NoDateline_NoSpan()
    {
        var cleaned = Cleaner.Clean("Vietnam - Japan relations grow. The ministers met in Hanoi.");
        Assert.Null(cleaned.Metadata.DatelineSpan);
        Assert.Null(cleaned.Metadata.DatelinePlace);
        Assert.Contains("Vietnam - Japan relations grow.", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" date 2024-02 Text.", 2024, 2, null)]
    [InlineData("date 2019-03-04\nText.", 2019, 3, 4)]
    [InlineData("Le 10e Dialogue Vietnam - Japon\n date 2024-02 Texte.", 2024, 2, null)]
    [InlineData("Site name\nA page title\ndate 2021-11-05 Text.", 2021, 11, 5)]
    public void Clean_HeaderDate(string raw, int year, int month, int? day) =>
        Assert.Equal(new PartialDate(year, month, day), Cleaner.Clean(raw).Metadata.HeaderDate);

    [Fact]
    public void Clean_HeaderOnlyAtStart()
    {
        var cleaned = Cleaner.Clean("The update date 2024-02 was late.");
        Assert.Null(cleaned.Metadata.HeaderDate);
        Assert.Equal("The update date 2024-02 was late.", cleaned.Text);
    }

    [Fact]
    public void Clean_HeaderAfterFourLines_IsBodyText()
    {
        var cleaned = Cleaner.Clean("One.\nTwo.\nThree.\nFour.\ndate 2024-02 Text.");
        Assert.Null(cleaned.Metadata.HeaderDate);
    }

    [Fact]
    public void Clean_TailWithLongTextAfter_KeepsTheText()
    {
        var body = string.Concat(Enumerable.Repeat("The ministers agreed to meet again next year. ", 20));
        var cleaned = Cleaner.Clean("First story ends here. -VNA\n" + body);
        Assert.Contains(body.Trim(), cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("VNA", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed000_MetadataCaptionAndBody()
    {
        var raw = Seed("000");
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal(new PartialDate(2024, 2, null), cleaned.Metadata.HeaderDate);
        Assert.Equal("Hanoi", cleaned.Metadata.DatelinePlace);
        Assert.Null(cleaned.Metadata.DatelineDate);
        Assert.DoesNotContain("Photo", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("VNA", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("date 2024", cleaned.Text, StringComparison.Ordinal);
        const string body = "Le général de corps d'armée Hoang Xuân Chiên, vice-ministre vietnamien de la Défense et Serizawa Kiyoshi, "
            + "vice-ministre japonais de la Défense, ont coprésidé mardi 27 février à Hanoi le 10e Dialogue sur la politique de défense Vietnam - Japon.";
        Assert.StartsWith(body, cleaned.Text.TrimStart(), StringComparison.Ordinal);
        Assert.EndsWith("à l'Académie des sciences militaires.", cleaned.Text.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(raw.Length, cleaned.Text.Length); // only same-length substitutions in this seed
        AssertMapIsSound(cleaned);
    }

    [Fact]
    public void Seed004_MetadataCaptionAndBody()
    {
        var raw = Seed("004");
        var cleaned = Cleaner.Clean(raw);
        Assert.Null(cleaned.Metadata.HeaderDate);
        Assert.Equal("Tokyo", cleaned.Metadata.DatelinePlace);
        Assert.Equal("4 mars", cleaned.Metadata.DatelineDate);
        Assert.StartsWith("Le Vietnam et le Japon promeuvent la cooperation dans la defense", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hinh anh", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(gauche)", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(VNA)", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("-VNA", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("se sont entretenus à Tokyo le 4 mars.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("la délégation a visité la base aérienne de Kisarazu", cleaned.Text, StringComparison.Ordinal);
        var span = cleaned.ToOriginal(cleaned.Metadata.DatelineSpan!.Value);
        Assert.Equal("Tokyo, 4 mars (VNA) -", raw[span.Start..span.End]);
        AssertMapIsSound(cleaned);
    }

    [Theory]
    [InlineData("000", "Serizawa Kiyoshi")]
    [InlineData("000", "Hoang Xuân Chiên")]
    [InlineData("004", "Kisarazu")]
    [InlineData("004", "Takeshi Iwaya")]
    public void ToOriginal_MapsAWordBackToItself(string seed, string word)
    {
        var raw = Seed(seed);
        var cleaned = Cleaner.Clean(raw);
        var at = cleaned.Text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var span = cleaned.ToOriginal(new TextSpan(at, at + word.Length));
        Assert.Equal(word, raw[span.Start..span.End]);
    }

    [Fact]
    public void ToOriginal_ThroughInsertionsAndDeletions()
    {
        const string raw = "\u200BThe Ministry ofNational Defence\r\nmet l\u2019amiral.";
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal("The Ministry of National Defence\nmet l'amiral.", cleaned.Text);
        foreach (var word in new[] { "The", "Ministry", "of", "National", "Defence", "met" })
        {
            var at = cleaned.Text.IndexOf(word, StringComparison.Ordinal);
            var span = cleaned.ToOriginal(new TextSpan(at, at + word.Length));
            Assert.Equal(word, raw[span.Start..span.End]);
        }
        var whole = cleaned.ToOriginal(new TextSpan(0, cleaned.Text.Length));
        Assert.Equal(new TextSpan(1, raw.Length), whole);
        var inserted = cleaned.Text.IndexOf("of N", StringComparison.Ordinal) + 2;
        Assert.Equal(new TextSpan(cleaned.ToOriginal(inserted), cleaned.ToOriginal(inserted)), cleaned.ToOriginal(new TextSpan(inserted, inserted + 1)));
        Assert.Equal(raw.Length, cleaned.ToOriginal(cleaned.Text.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\r")]
    [InlineData("\uD800")]
    [InlineData("\uDC00abc\uD83D")]
    [InlineData("-VNA")]
    [InlineData("date 2024-13-45")]
    [InlineData("(VNA) -")]
    [InlineData("Photo: ")]
    public void Clean_EdgeCases_DoNotThrow(string raw)
    {
        var cleaned = Cleaner.Clean(raw);
        AssertMapIsSound(cleaned);
    }

    [Fact]
    public void Clean_Null_IsEmpty() => Assert.Equal("", Cleaner.Clean(null!).Text);

    private static readonly string[] Fragments =
    [
        "Photo: VNA", "(Photo: VNA)", "Photo : qdnd.vn", "hinh anh 1", "ảnh 2", "Ảnh: X", " date 2024-02 ", "date 2019-03-04", ">>", "\n>> ",
        "-VNA", "– VNA", "/.", "— VNS", "(VNA)", "VNA/VNP", "Hanoi (VNA) -", "Tokyo, 4 mars (VNA) -", "HÀ NỘI —", "VIETNAM, March 14 -",
        "ofNational", "considéréque", "McDonald", "\r\n", "\r", "\n\n", "\u00A0", "\u202F", "\u200B", "\u00AD", "\u2019", "«", "»", "\u201C",
        "\uD800", "\uDC00", "\uD83D\uDE00", "\0", "|", " ", "Le", "the", "é", "ÀB", "aB", "|VNA", "(Reuters) -", "\t",
    ];

    private static readonly Gen<string> NoisyText = Gen.OneOf(
            Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]),
            Gen.String[Gen.Char, 0, 8],
            Gen.String[Gen.Char.AlphaNumeric, 1, 8])
        .Array[0, 40]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Clean_AnyText_MapIsSound() =>
        NoisyText.Sample(raw => AssertMapIsSound(Cleaner.Clean(raw)), iter: 3000);

    [Fact]
    public void Clean_AnyText_SpansMapInsideOriginal() =>
        Gen.Select(NoisyText, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((raw, a, b) =>
        {
            var cleaned = Cleaner.Clean(raw);
            var n = cleaned.Text.Length;
            var (s, e) = (Math.Min(a, b) % (n + 1), Math.Max(a, b) % (n + 1));
            if (s > e) (s, e) = (e, s);
            var span = cleaned.ToOriginal(new TextSpan(s, e));
            Assert.InRange(span.Start, 0, raw.Length);
            Assert.InRange(span.End, span.Start, raw.Length);
        }, iter: 2000);

    /// <summary>Map from cleaned to original: inside bounds, monotonic, letters come from the same letter (or its pre-normalisation form).</summary>
    private static void AssertMapIsSound(CleanedText cleaned)
    {
        var original = cleaned.Original;
        var text = cleaned.Text;
        Assert.Equal(0 == text.Length ? original.Length : cleaned.ToOriginal(text.Length), original.Length);
        var previous = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var o = cleaned.ToOriginal(i);
            Assert.InRange(o, 0, original.Length);
            Assert.True(o >= previous, $"map not monotonic at {i}");
            previous = o;
            if (i < text.Length && char.IsLetter(text[i]))
            {
                Assert.True(o < original.Length, $"letter at {i} maps past the end");
                var from = original[o];
                Assert.True(from == text[i] || CleaningRules.Default.CharMap.TryGetValue(from, out var to) && to == text[i],
                    $"cleaned '{text[i]}' at {i} came from '{from}'");
            }
        }
    }
}
