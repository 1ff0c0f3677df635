using System.Globalization;
using System.Text;
using Attache.Model;

namespace Attache.Bench.Fuzz;

/// <summary>
/// Generates fuzz inputs by mutating dispatch-like text written for this campaign (invented names, en/fr/vi): each
/// input is a function of (run seed, input number) alone, so any one input can be regenerated and replayed alone.
/// </summary>
/// <remarks>Shared by the 1,000,000-input campaign (bench/Attache.Bench.Fuzz) and the seeded xUnit run.</remarks>
public sealed class DispatchFuzzer
{
    private readonly string[] _bases;

    /// <summary>A fuzzer over the built-in dispatches plus <paramref name="extraBases"/> (e.g. the seeds and the demo set).</summary>
    public DispatchFuzzer(IEnumerable<string>? extraBases = null) => _bases = [.. BuiltInDispatches, .. extraBases ?? []];

    /// <summary>The number of base texts mutated.</summary>
    public int BaseCount => _bases.Length;

    /// <summary>Dispatches written for the campaign, in the shapes the wire sends: header line, dateline, captions, agency tails.</summary>
    public static readonly string[] BuiltInDispatches =
    [
        "date 2024-03 Le ministre vietnamien de la Défense reçoit son homologue français\n\nHanoi, 12 mars (VNA) - Le général Nguyen Van Tam, ministre vietnamien de la Défense, a reçu mardi 12 mars à Hanoi l'amiral Pierre Dubreuil, chef d'état-major de la Marine française.\n\nLes deux parties ont coprésidé le 5e Dialogue sur la politique de défense Vietnam - France et ont convenu de renforcer la coopération en matière de formation, de maintien de la paix et de médecine militaire.\n\nPhoto: VNA\n\nLe même jour, la délégation a visité la base navale de Cam Ranh. Le ministre se rendra au Japon le mois prochain./.",
        "date 2023-09 Vietnam, India hold ninth security dialogue\n\nNEW DELHI, September 3 (VNS) - Deputy Minister of National Defence Sen. Lt. Gen. Tran Quoc Bao held talks with Indian Defence Secretary Vikram Rao in New Delhi on Monday.\n\nThe two sides co-chaired the ninth Vietnam - India Security Dialogue and agreed to step up cooperation in cybersecurity, counter-terrorism and information sharing. They signed a memorandum of understanding on search and rescue.\n\nThe ministers did not sign any agreement on defence industry. — VNS",
        "HÀ NỘI — Ngày 9/4, Đại tướng Lê Minh Quang, Bộ trưởng Bộ Quốc phòng Việt Nam, đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Sato Kenji tại Hà Nội.\n\nHai bên nhất trí tăng cường hợp tác trong lĩnh vực đào tạo, gìn giữ hòa bình và khắc phục hậu quả chiến tranh.",
        "Tokyo, 4 mars (VNA) - Deux frégates vietnamiennes ont fait escale mercredi à Yokosuka. Un exercice conjoint de recherche et de sauvetage s'est déroulé hier au large de Da Nang avec la marine japonaise.\n>> Lire aussi : Vietnam - Japon\nhinh anh 1\nLe 10e Dialogue sur la politique de défense se tiendra l'an prochain à Tokyo. -VNA",
        "CANBERRA, June 14 - The delegation paid an official visit to Australia from 10 to 14 June. Minister Helen Whitmore received General Agus Pranoto of Indonesia and the two signed a joint statement on maritime security.\n\nMinister Lam held a phone call with his Japanese counterpart last week. Two Vietnamese frigates made a port call at Sihanoukville on Tuesday.",
        "<html><head><title>Visite</title></head><body><p>PARIS, le 2 février 2024 &mdash; La ministre Claire Fontanel a rencontré à Paris son homologue indien Arjun Mehta.</p><p>Les deux pays ont signé un protocole d'accord sur la coopération en matière de défense.</p><script>var x = '<p>';</script></body></html>",
        "The Philippine and US navies began Exercise Coral Tide 2024 off Zambales on Monday, the 12th edition of the annual drill. The Australian Defence Force handed over two patrol boats to the Philippine Coast Guard in Manila on 3 May 2024, and 40 Vietnamese officers completed a peacekeeping course in Canberra.",
    ];

    private static readonly string[] Fragments =
    [
        "Hanoi (VNA) - ", "Tokyo, 4 mars (VNA) - ", "HÀ NỘI — ", "VIETNAM, March 14 - ", "date 2024-02 ", "Photo: VNA", "hinh anh 1", " -VNA", "/.", " — VNS", ">> Lire aussi",
        "a reçu mardi 12 mars à Hanoi l'amiral Pierre Dubreuil", "held talks with", "co-chaired the 10th", "ont coprésidé le 5e Dialogue", "signed a memorandum of understanding",
        "ont signé un protocole d'accord", "paid a courtesy call on", "a effectué une visite officielle au Japon", "made a port call at Cam Ranh", "a joint exercise", "s'est entretenu par téléphone avec",
        "handed over", "a training course for", "Bộ trưởng Quốc phòng", "đã hội đàm với", "Đối thoại Chính sách Quốc phòng lần thứ 5", "ký biên bản ghi nhớ",
        "the same day", "le même jour", "hier", "yesterday", "last week", "la semaine dernière", "next month", "le mois prochain", "hôm qua", "ngày 9/4",
        "le 10e", "10ème", "dixième", "the 10th", "tenth", "lần thứ 10", "premier", "first", "Dr.", "M.", "Mme", "Gén.", "Lt. Gen.", "St.", "Sen. Lt. Gen.",
        "« quatre non »", "“two plus two”", "l’ASEAN", "ADMM+", "FRA", "l'ONU", "the UN", "J.-P. Martin", "A. B. C.", "Nguyen Van", "Kim Sung-ho", "Sato Kenji",
        "Vietnam", "Japon", "India", "nippo-vietnamien", "Việt Nam", "Nhật Bản", "Australian", "franco-indien", "the US", "Indo-Pacific",
    ];

    private static readonly string[] HugeNumbers =
    [
        "99999999999999999999", "2147483647", "2147483648", "-2147483649", "4294967296", "9223372036854775808", "1e308", "0000000000000000000001", "1.7976931348623157E+308",
        "2147483648e", "le 4294967296e Dialogue", "the 99999999999th Dialogue", "99999999999ème", "lần thứ 2147483648", "99999", "00000", "0", "-1", "10^100", "١٢٣٤٥", "１２３",
    ];

    private static readonly string[] OddDates =
    [
        "31 février 2024", "29 February 2023", "0 mars 2024", "32/13/2024", "2024-00-00", "9999-12-31", "0001-01-01", "le 1er janvier 10000", "--02-30", "mardi 31 juin",
        "the 31st of September", "ngày 32 tháng 13 năm 2024", "ngày 0/0/0", "hier hier hier", "last last week", "l'an dernier dernier", "2147483647 days ago", "il y a 999999 jours",
        "Monday, February 30, 2024", "le 29 février 2100", "December 32", "13/13", "0/0", "31.04.2024", "2024/02/31", "le lundi 1er", "Sunday Monday Tuesday", "le 1er et le 31",
        "from 10 to 9 June", "du 31 au 1er", "in 9999", "en l'an 1", "September 2147483647", "mars 99999", "1945-2100", "(1960-2025)", "date 2024-13", "date 99999-99", "date ",
        "l'année prochaine", "next year", "the previous day", "la veille", "le lendemain", "năm ngoái", "tháng trước", "２０２４年３月１日", "٢٠٢٤-٠٣-٠١",
    ];

    private static readonly string[] BrokenHtml =
    [
        "<p>", "</p>", "</div", "<div class=\"", "<script>alert(1)</script>", "<style>p{}</style>", "&nbsp;", "&#xFFFFFF;", "&#0;", "&#x110000;", "&amp", "&lt;b&gt;", "<!--", "-->",
        "<![CDATA[", "]]>", "<a href=\"", "<br/>", "<br>", "<img src=x onerror=1>", "<<<>>>", "</", "<?xml version=\"1.0\"?>", "&#55296;", "&quot;", "<p>Photo: VNA</p>",
    ];

    private static readonly string[] OtherScripts =
    [
        "Министр обороны России", "وزير الدفاع", "国防部长会见", "रक्षा मंत्री", "รัฐมนตรีว่าการกระทรวงกลาโหม", "국방부 장관", "Υπουργός Άμυνας", "🇻🇳🇯🇵🤝", "👨‍👩‍👧‍👦", "ᚠᚢᚦ",
        "ﷺ", "\u202Eevitceles\u202C", "e\u0301\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0357\u035B\u0346", "\u0627\u0644\u200F", "Ｈａｎｏｉ", "ℌ𝔞𝔫𝔬𝔦", "𝟐𝟎𝟐𝟒", "Ⅻe", "ǅemal",
    ];

    private static readonly string Quotes = "\"'«»“”‘’„‹›()[]{}";

    private static readonly char[] Controls =
    [
        '\0', '\u0001', '\u0007', '\b', '\t', '\n', '\v', '\f', '\r', '\u001B', '\u007F', '\u0085', '\u00A0', '\u00AD', '\u200B', '\u200D', '\u200E', '\u2028', '\u2029',
        '\u202F', '\uFEFF', '\uFFFD', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0300', '\u034F',
    ];

    private static readonly string?[] LanguageHints = [null, null, null, "fr", "en", "vi", "es", "", "FR", "xx-YY"];

    private static readonly string?[] Urls =
    [
        null, null, "https://example.org/2024/02/30/article.html", "https://example.org/fr/20240301-visite", "http://x/9999/99/99/", "not a url", "https://example.org/2147483648/01/01/",
    ];

    /// <summary>The input numbered <paramref name="index"/> of the run seeded <paramref name="seed"/>.</summary>
    public Document Generate(int seed, long index)
    {
        var random = new Random(InputSeed(seed, index));
        var text = random.Next(20) switch
        {
            0 => RandomChars(random, random.Next(0, 400)),
            1 => string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pick(random, Fragments) + Pick(random, [" ", "", "\n", ". ", "\r\n", "\u00A0"]))),
            _ => _bases[random.Next(_bases.Length)],
        };
        var mutations = random.Next(0, 9);
        for (var i = 0; i < mutations; i++) text = Mutate(random, text);
        DateOnly? published = random.Next(6) switch
        {
            0 => DateOnly.MinValue,
            1 => DateOnly.MaxValue,
            2 or 3 => new DateOnly(1990, 1, 1).AddDays(random.Next(0, 16000)),
            _ => null,
        };
        return new Document($"fuzz-{seed}-{index}", text, Pick(random, Urls), published, Pick(random, LanguageHints));
    }

    /// <summary>One seed per input, mixed so that neighbouring inputs do not share a random stream.</summary>
    public static int InputSeed(int seed, long index)
    {
        var h = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)index * 0xC2B2AE3D27D4EB4FUL;
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 29;
        return (int)(h & 0x7FFFFFFF);
    }

    private string Mutate(Random r, string text)
    {
        var at = r.Next(text.Length + 1);
        switch (r.Next(22))
        {
            case 0 or 1: return text.Insert(at, Pick(r, Fragments));
            case 2: return text.Insert(at, Pick(r, HugeNumbers));
            case 3 or 4: return text.Insert(at, " " + Pick(r, OddDates) + " ");
            case 5: return text.Insert(at, Pick(r, BrokenHtml));
            case 6: return text.Insert(at, Pick(r, OtherScripts));
            case 7: return text.Insert(at, new string(Controls[r.Next(Controls.Length)], r.Next(1, 4)));
            case 8: return text.Insert(at, new string(Quotes[r.Next(Quotes.Length)], r.Next(1, 6)));
            case 9: // a very long token: one character, a syllable or digits repeated
                {
                    var unit = Pick(r, ["x", "é", "-", "'", "9", "ab", "Hanoi", ".", " ", "\n", "Đ", "10e "]);
                    var times = r.Next(20) == 0 ? r.Next(2000, 20000) : r.Next(50, 600);
                    return text.Insert(at, string.Concat(Enumerable.Repeat(unit, times)));
                }
            case 10: // delete a range
                {
                    var length = r.Next(Math.Min(200, text.Length - at) + 1);
                    return text.Remove(at, length);
                }
            case 11: // repeat a range
                {
                    var length = r.Next(Math.Min(300, text.Length - at) + 1);
                    var piece = text.Substring(at, length);
                    return text.Insert(at, string.Concat(Enumerable.Repeat(piece, r.Next(1, 6))));
                }
            case 12: return Range(r, text, s => s.ToUpperInvariant());
            case 13: return Range(r, text, s => s.ToLowerInvariant());
            case 14: return Range(r, text, s => s.Normalize(NormalizationForm.FormD));
            case 15: return Range(r, text, s => s.Replace(' ', Pick(r, ['\u00A0', '\n', '\t', '\u202F', '\r'])));
            case 16: return Range(r, text, s => s.Replace(" ", "", StringComparison.Ordinal));
            case 17: return text[..at]; // truncation, also through a surrogate pair
            case 18: // splice another base in
                {
                    var other = _bases[r.Next(_bases.Length)];
                    var from = r.Next(other.Length);
                    return text.Insert(at, other.Substring(from, r.Next(other.Length - from + 1)));
                }
            case 19: return Range(r, text, s => new string([.. s.Select(c => char.IsDigit(c) ? (char)('0' + r.Next(10)) : c)]));
            case 20: // swap two halves at a random point
                return text[at..] + "\n" + text[..at];
            default: return text.Insert(at, RandomChars(r, r.Next(1, 40)));
        }
    }

    private static string Range(Random r, string text, Func<string, string> change)
    {
        var start = r.Next(text.Length + 1);
        var length = r.Next(Math.Min(400, text.Length - start) + 1);
        return string.Concat(text.AsSpan(0, start), change(text.Substring(start, length)), text.AsSpan(start + length));
    }

    private static string RandomChars(Random r, int n)
    {
        var chars = new char[n];
        for (var i = 0; i < n; i++)
            chars[i] = r.Next(4) switch
            {
                0 => (char)r.Next(0, 0x80),
                1 => (char)r.Next(0x80, 0x2000),
                2 => Controls[r.Next(Controls.Length)],
                _ => (char)r.Next(0, 0x10000),
            };
        return new string(chars);
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    /// <summary>The input as a C# string literal, every non-printable-ASCII character escaped, for a failure message.</summary>
    public static string Literal(string text, int max = 4000)
    {
        var sb = new StringBuilder(Math.Min(text.Length, max) + 16).Append('"');
        foreach (var c in text.Length <= max ? text : text[..max])
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                >= ' ' and <= '~' => c.ToString(),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        sb.Append('"');
        if (text.Length > max) sb.Append(CultureInfo.InvariantCulture, $" (first {max} of {text.Length} characters)");
        return sb.ToString();
    }
}
