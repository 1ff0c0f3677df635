using System.Globalization;
using System.Text;
using Attache.Model;

namespace Attache.Bench;

/// <summary>A deterministic corpus of defense-diplomacy style dispatches, about 3 KB each, in French and English.</summary>
/// <remarks>Sentences are templates written for this benchmark, filled from small lists; the two seed dispatches in
/// samples/ are mixed in. The same seed always gives the same documents.</remarks>
internal static class Corpus
{
    private static readonly string[] Countries = ["Vietnam", "Japon", "Inde", "Australie", "Cambodge", "Laos", "Philippines", "Indonésie", "France", "Corée du Sud"];
    private static readonly string[] CountriesEn = ["Vietnam", "Japan", "India", "Australia", "Cambodia", "Laos", "the Philippines", "Indonesia", "France", "South Korea"];
    private static readonly string[] Cities = ["Hanoi", "Tokyo", "New Delhi", "Canberra", "Phnom Penh", "Vientiane", "Manille", "Jakarta", "Paris", "Séoul", "Nha Trang", "Da Nang"];
    private static readonly string[] CitiesEn = ["Hanoi", "Tokyo", "New Delhi", "Canberra", "Phnom Penh", "Vientiane", "Manila", "Jakarta", "Paris", "Seoul", "Nha Trang", "Da Nang"];
    private static readonly string[] People = ["Nguyen Van Minh", "Tran Quoc Bao", "Le Thi Hoa", "Kenji Watanabe", "Rajesh Kumar", "Sarah Mitchell", "Sok Vanna", "Budi Santoso", "Claire Dumont", "Park Ji-hoon"];
    private static readonly string[] TitlesFr = ["vice-ministre de la Défense", "ministre de la Défense nationale", "chef d'état-major général", "commandant de la Marine", "directeur du Département des relations extérieures", "attaché de défense"];
    private static readonly string[] TitlesEn = ["Deputy Minister of Defence", "Minister of National Defence", "Chief of the General Staff", "Navy Commander", "Director of the Foreign Relations Department", "defence attaché"];
    private static readonly string[] MonthsFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] AreasFr = ["la formation", "l'industrie de défense", "la médecine militaire", "la cybersécurité", "la recherche et le sauvetage", "le maintien de la paix", "le déminage", "la sécurité maritime", "l'échange de délégations"];
    private static readonly string[] AreasEn = ["training", "the defence industry", "military medicine", "cybersecurity", "search and rescue", "peacekeeping", "mine clearance", "maritime security", "delegation exchanges"];

    private static readonly string[] French =
    [
        "{city} ({src}) - Le {title} {person} a reçu le {day} {month} à {city} une délégation de haut rang de {country}, conduite par {person2}, {title2}.",
        "Les deux parties ont coprésidé le {ord}e Dialogue sur la politique de défense {country} - {country2}, qui s'est tenu à {city}.",
        "{person} a salué les résultats de la coopération bilatérale dans {area} et dans {area2} au cours des dernières années.",
        "Selon {person2}, les deux ministères de la Défense devraient renforcer les échanges de délégations à tous les niveaux et la coopération dans {area}.",
        "À cette occasion, les deux parties ont signé un mémorandum d'entente sur la coopération dans {area} pour la période {year}-{year2}.",
        "Le navire de la marine de {country2} a fait escale au port de {city} du {day} au {day2} {month}, dans le cadre d'un programme d'échanges entre les deux marines.",
        "Plus tôt dans la journée, la délégation a visité l'Académie de défense nationale et une brigade du génie à {city}.",
        "Les deux pays ont convenu de continuer à se soutenir mutuellement dans les forums multilatéraux comme l'ADMM+ et l'ARF.",
        "{country} a remis à {country2} des équipements médicaux d'une valeur de {money} millions de dollars pour l'hôpital militaire central.",
        "Un cours de formation en anglais pour {n} officiers a été inauguré le {day} {month} à l'École des langues étrangères de l'armée.",
        "Le {title} {person} s'est entretenu par téléphone avec son homologue de {country2} le {day} {month}.",
        "Les deux parties ont également échangé leurs points de vue sur la situation régionale et internationale d'intérêt commun.",
        "Lors de l'exercice conjoint de recherche et de sauvetage, {n} marins des deux pays ont participé aux manœuvres au large de {city}.",
        "Le {ord}e Dialogue a eu lieu en {month} {year} à {city}, a rappelé {person}.",
        "Il a souligné que le partenariat stratégique intégral entre {country} et {country2} ouvrait de nouvelles perspectives pour la coopération de défense.",
        "La partie de {country2} a proposé de renforcer la coopération dans {area}, notamment la formation du personnel et le partage d'expériences.",
    ];

    private static readonly string[] English =
    [
        "{city} ({src}) - {title_cap} {person} received a high-ranking delegation from {country} led by {person2}, {title2}, in {city} on {month} {day}.",
        "The two sides co-chaired the {ord_en} Defence Policy Dialogue between {country} and {country2}, held in {city}.",
        "{person} praised the outcomes of bilateral cooperation in {area} and {area2} over recent years.",
        "According to {person2}, the two defence ministries should step up delegation exchanges at all levels and cooperation in {area}.",
        "On the occasion, the two sides signed a memorandum of understanding on cooperation in {area} for the {year}-{year2} period.",
        "A {country2} navy ship made a port call at {city} from {month} {day} to {day2} as part of a navy-to-navy exchange programme.",
        "Earlier in the day, the delegation visited the National Defence Academy and an engineering brigade in {city}.",
        "Both countries agreed to continue supporting each other at multilateral forums such as ADMM+ and the ARF.",
        "{country} handed over medical equipment worth {money} million USD to {country2} for the central military hospital.",
        "An English language course for {n} officers opened on {month} {day} at the army's foreign language school.",
        "{title_cap} {person} held a phone call with his {country2} counterpart on {month} {day}.",
        "The two sides also exchanged views on regional and international issues of mutual concern.",
        "During the joint search and rescue exercise, {n} sailors from both countries took part in drills off {city}.",
        "The {ord_en} dialogue took place in {month} {year} in {city}, {person} recalled.",
        "He stressed that the comprehensive strategic partnership between {country} and {country2} opened new prospects for defence cooperation.",
        "The {country2} side proposed stronger cooperation in {area}, including personnel training and sharing of experience.",
    ];

    private static readonly string[] OrdinalsEn = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "10th", "11th", "12th"];

    /// <summary>Builds <paramref name="count"/> documents from <paramref name="seed"/>; every 500th one is a seed dispatch.</summary>
    public static IReadOnlyList<Document> Generate(int count, int seed = 20240227)
    {
        var random = new Random(seed);
        var samples = LoadSamples();
        var docs = new List<Document>(count);
        for (var i = 0; i < count; i++)
        {
            var id = "bench-" + i.ToString("D6", CultureInfo.InvariantCulture);
            if (samples.Count > 0 && i % 500 == 0)
            {
                docs.Add(new Document(id, samples[i / 500 % samples.Count]));
                continue;
            }
            var french = random.Next(2) == 0;
            var year = 2015 + random.Next(10);
            var published = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
            docs.Add(new Document(id, Dispatch(random, french, published), Published: published, Language: french ? "fr" : "en"));
        }
        return docs;
    }

    /// <summary>
    /// One document of about <paramref name="bytes"/> bytes of UTF-8: French dispatches of <see cref="Generate"/> one after
    /// another, as a long page of news would be, so that its cost can be set against the same text as separate documents.
    /// </summary>
    public static Document Concatenated(IReadOnlyList<Document> docs, long bytes, string id)
    {
        var sb = new StringBuilder((int)Math.Min(bytes + 4096, int.MaxValue));
        long size = 0;
        for (var i = 0; size < bytes; i++)
        {
            var d = docs[i % docs.Count];
            if (d.Language != "fr") continue;
            sb.Append(d.Text).Append("\n\n");
            size += Encoding.UTF8.GetByteCount(d.Text) + 2;
        }
        return new Document(id, sb.ToString(), Published: new DateOnly(2024, 2, 27), Language: "fr");
    }

    /// <summary>
    /// Writes the corpus and the size series' documents up to 300 KB as JSON Lines (<c>--write-corpus FILE</c>), so that
    /// <c>attache extract</c> can show a change leaves the output of all of them unchanged.
    /// </summary>
    public static int Write(string path)
    {
        var docs = PipelineBenchmarks.SharedCorpus.Value;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        IEnumerable<Document> all = [.. docs, .. ((long[])[30_000, 300_000]).Select(size => Concatenated(docs, size, "size-" + size.ToString(CultureInfo.InvariantCulture)))];
        foreach (var d in all)
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = d.Id, text = d.Text, published = d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lang = d.Language }));
        return 0;
    }

    /// <summary>Total size of the documents' text in bytes of UTF-8.</summary>
    public static long Bytes(IEnumerable<Document> docs) => docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));

    private static string Dispatch(Random random, bool french, DateOnly published)
    {
        var sb = new StringBuilder(3300);
        sb.Append("date ").Append(published.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append(' ');
        var templates = french ? French : English;
        sb.Append(Fill(templates[0], random, french, published)).Append("\n\n");
        while (sb.Length < 3000)
        {
            sb.Append(Fill(templates[random.Next(templates.Length)], random, french, published));
            sb.Append(random.Next(3) == 0 ? "\n\n" : " ");
        }
        sb.Append(french ? "\n\nVNA/CVN" : "\n\nVNA");
        return sb.ToString();
    }

    private static string Fill(string template, Random r, bool fr, DateOnly published)
    {
        var a = r.Next(Countries.Length);
        var b = (a + 1 + r.Next(Countries.Length - 1)) % Countries.Length;
        var title = fr ? TitlesFr[r.Next(TitlesFr.Length)] : TitlesEn[r.Next(TitlesEn.Length)];
        var edition = 1 + r.Next(OrdinalsEn.Length);
        var day = 1 + r.Next(26);
        return template
            .Replace("{city}", fr ? Cities[r.Next(Cities.Length)] : CitiesEn[r.Next(CitiesEn.Length)], StringComparison.Ordinal)
            .Replace("{src}", "VNA", StringComparison.Ordinal)
            .Replace("{title_cap}", char.ToUpperInvariant(title[0]) + title[1..], StringComparison.Ordinal)
            .Replace("{title2}", fr ? TitlesFr[r.Next(TitlesFr.Length)] : TitlesEn[r.Next(TitlesEn.Length)], StringComparison.Ordinal)
            .Replace("{title}", title, StringComparison.Ordinal)
            .Replace("{person2}", People[r.Next(People.Length)], StringComparison.Ordinal)
            .Replace("{person}", People[r.Next(People.Length)], StringComparison.Ordinal)
            .Replace("{country2}", fr ? Countries[b] : CountriesEn[b], StringComparison.Ordinal)
            .Replace("{country}", fr ? Countries[a] : CountriesEn[a], StringComparison.Ordinal)
            .Replace("{area2}", fr ? AreasFr[r.Next(AreasFr.Length)] : AreasEn[r.Next(AreasEn.Length)], StringComparison.Ordinal)
            .Replace("{area}", fr ? AreasFr[r.Next(AreasFr.Length)] : AreasEn[r.Next(AreasEn.Length)], StringComparison.Ordinal)
            .Replace("{day2}", (day + 2).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{day}", day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", fr ? MonthsFr[published.Month - 1] : MonthsEn[published.Month - 1], StringComparison.Ordinal)
            .Replace("{year2}", (published.Year + 3).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", (published.Year - r.Next(3)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{ord_en}", OrdinalsEn[edition - 1], StringComparison.Ordinal)
            .Replace("{ord}", edition.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{money}", (1 + r.Next(20)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{n}", (10 + r.Next(90)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static List<string> LoadSamples()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "samples");
        return Directory.Exists(dir) ? [.. Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)] : [];
    }
}
