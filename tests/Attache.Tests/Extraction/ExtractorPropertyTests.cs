using System.Text;
using System.Text.Json;
using Attache.Extraction;
using Attache.Model;
using Attache.Serialization;
using CsCheck;

namespace Attache.Tests.Extraction;

/// <summary>
/// Odd text never breaks the extractor: random strings and random mixes of defense-sentence fragments, punctuation,
/// digits, diacritics, lone surrogates, control characters and very long tokens extract without exception, every
/// evidence span lies inside the text, and the output serializes to a JSON line that parses.
/// </summary>
public class ExtractorPropertyTests
{
    private static readonly Extractor Engine = new();

    /// <summary>Sentences and pieces written for this test (invented names), in both languages.</summary>
    private static readonly string[] Fragments =
    [
        "Hanoi (VNA) - ", "Tokyo, 4 mars (VNA) - ", "HÀ NỘI — ", "VIETNAM, March 14 - ", "date 2024-02 ", "Photo: VNA", "hinh anh 1", " -VNA", "/.", " — VNS", ">> Lire aussi",
        "Le général de corps d'armée Nguyen Van Tam, vice-ministre vietnamien de la Défense, a reçu mardi 12 mars à Hanoi l'amiral Pierre Dubreuil, chef d'état-major de la Marine française.",
        "Les deux parties ont coprésidé le 5e Dialogue sur la politique de défense Vietnam - France.",
        "Ils ont convenu de renforcer la coopération en matière de formation, de maintien de la paix et de médecine militaire.",
        "La délégation a visité la base navale de Cam Ranh.",
        "Le ministre se rendra au Japon le mois prochain.",
        "Les deux pays ont signé un protocole d'accord sur la coopération en matière de défense.",
        "Un exercice conjoint de recherche et de sauvetage s'est déroulé hier au large de Da Nang.",
        "Deputy Minister of National Defence Sen. Lt. Gen. Tran Quoc Bao held talks with Indian Defence Secretary Vikram Rao in New Delhi on Monday.",
        "The two sides co-chaired the ninth Vietnam - India Security Dialogue on September 3, 2023.",
        "The delegation paid an official visit to Australia from 10 to 14 June.",
        "Two Vietnamese frigates made a port call at Sihanoukville on Tuesday.",
        "They agreed to step up cooperation in cybersecurity, counter-terrorism and information sharing.",
        "Minister Lam held a phone call with his Japanese counterpart last week.",
        "The ministers did not sign any agreement.",
        "le 10e", "10ème", "dixième", "the 10th", "tenth", "premier", "first", "Dr.", "M.", "Mme", "Gén.", "Lt. Gen.", "St.",
        "« quatre non »", "“two plus two”", "l’ASEAN", "ADMM+", "FRA", "l'ONU", "the UN", "J.-P. Martin", "A. B. C.",
    ];

    private static readonly string Punctuation = ".,;:!?()[]{}«»“”‘’\"'-–—/\\…•·|@#%&*_+=<>~^`";
    private static readonly string Diacritics = "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ";
    private static readonly char[] Controls = ['\0', '\u0001', '\u0007', '\b', '\t', '\n', '\v', '\f', '\r', '\u001B', '\u007F', '\u0085', '\u00A0', '\u00AD', '\u200B', '\u200E', '\u2028', '\u2029', '\u202F', '\uFEFF', '\uFFFD', '\uFFFE', '\uFFFF'];
    private static readonly char[] Surrogates = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

    private static Gen<string> FromChars(string chars, int min, int max) => Gen.Char[chars].Array[min, max].Select(a => new string(a));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i])),
        (2, FromChars(Punctuation, 1, 4)),
        (2, Gen.Int[0, 99999].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, FromChars(Diacritics, 1, 8)),
        (1, Gen.Char[new string(Surrogates)].Select(c => c.ToString())),
        (1, Gen.Char[new string(Controls)].Select(c => c.ToString())),
        (1, Gen.Char.Array[1, 20].Select(a => new string(a))),
        (1, Gen.Int[1000, 20000].SelectMany(n => Gen.Char["aZé-'’0"].Select(c => new string(c, n)))),
        (1, Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i].ToUpperInvariant())),
        (1, Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i].Replace(" ", "", StringComparison.Ordinal))));

    private static readonly Gen<string> Separator = Gen.OneOf<string>([" ", "", "\n", "\n\n", "\r\n", " \u00A0", "\t", ". "]);

    /// <summary>A random mix of pieces joined by random separators.</summary>
    private static readonly Gen<string> Mixed =
        Gen.Select(Piece, Separator).Array[0, 40].Select(parts =>
        {
            var sb = new StringBuilder();
            foreach (var (p, s) in parts) sb.Append(p).Append(s);
            return sb.ToString();
        });

    private static readonly Gen<string> AnyText = Gen.Frequency(
        (1, Gen.String),
        (1, Gen.Char.Array[0, 300].Select(a => new string(a))),
        (4, Mixed));

    private static readonly Gen<Document> AnyDocument =
        from text in AnyText
        from language in Gen.Int[0, 4].Select(i => new string?[] { null, "fr", "en", "es", "" }[i])
        from published in Gen.Int[0, 3000].Select(i => i == 0 ? (DateOnly?)null : new DateOnly(2000, 1, 1).AddDays(i * 3))
        select new Document("prop", text, Published: published, Language: language);

    private static void Check(Document doc)
    {
        var result = Engine.Extract(doc);
        Assert.Equal(doc.Id, result.DocumentId);
        foreach (var e in result.Events)
            foreach (var s in e.Evidence)
                Assert.True(s.Start >= 0 && s.Start <= s.End && s.End <= doc.Text.Length,
                    $"evidence [{s.Start}, {s.End}) outside [0, {doc.Text.Length}) for a {EventJson.Name(e.Type)}");
        var line = EventJson.ToJsonLine(result);
        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        Assert.Equal(result.Events.Count, json.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Extract_AnyText_NeverThrows_EvidenceInside_JsonParses() =>
        AnyDocument.Sample(Check, iter: 2000);

    [Fact]
    public void Extract_MixedDefenseFragments_NeverThrows_EvidenceInside_JsonParses() =>
        Mixed.Select(t => new Document("mix", t)).Sample(Check, iter: 2000);

    [Theory]
    [InlineData("\uD800")]
    [InlineData("\uDC00 Hanoi (VNA) - \uD800")]
    [InlineData("Le général Nguyen Van T\uD800am, vice-ministre vietnamien de la Défense, a reçu mardi à Hanoi l'amiral Pierre Dub\uDC00reuil.")]
    [InlineData("\0\0\0")]
    [InlineData("\uFEFFdate 2024-02\r\rHanoi (VNA) -\u0085")]
    [InlineData("Deputy Minister Sen. Lt. Gen. Tran Quoc Bao held talks with Vikram Rao\u0000 in New Delhi on Monday.")]
    public void Extract_HandPickedOddText_Holds(string text) => Check(new Document("odd", text));

    [Fact]
    public void Extract_VeryLongToken_Holds() => Check(new Document("long", "Hanoi (VNA) - " + new string('x', 1_000_000) + " a reçu le ministre."));

    [Fact]
    public void Extract_TwoMegabyteDocument_Completes()
    {
        var sentences = Fragments.Where(f => f.Length > 40).ToArray();
        var sb = new StringBuilder(2_100_000);
        for (var i = 0; sb.Length < 2 * 1024 * 1024; i++) sb.Append(sentences[i % sentences.Length]).Append(i % 7 == 0 ? "\n\n" : " ");
        Check(new Document("big", sb.ToString()));
    }
}
