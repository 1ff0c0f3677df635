using System.Globalization;
using System.Text.Json;

namespace Attache.Bench.Workers;

/// <summary>Dispatches written for the worker benchmark and the worker kill test: invented ministers of real countries
/// meeting, visiting and signing on generated dates, each occasion reported by one to three dispatches (English or
/// French, worded differently), so that the record merges some reports and keeps most occasions apart.</summary>
public static class Dispatches
{
    private sealed record Country(string Code, string Name, string Adjective, string Adjectif, string Capital, string Capitale, string[] Ministers);

    private static readonly Country[] Countries =
    [
        new("VNM", "Vietnam", "Vietnamese", "vietnamien", "Hanoi", "Hanoï", ["Tran Minh Duc", "Le Van Thanh"]),
        new("JPN", "Japan", "Japanese", "japonais", "Tokyo", "Tokyo", ["Kenji Sato", "Takashi Morita"]),
        new("IND", "India", "Indian", "indien", "New Delhi", "New Delhi", ["Arjun Malhotra", "Vikram Nair"]),
        new("AUS", "Australia", "Australian", "australien", "Canberra", "Canberra", ["David Whitford", "Helen Marsh"]),
        new("IDN", "Indonesia", "Indonesian", "indonésien", "Jakarta", "Jakarta", ["Agus Wibowo", "Rudi Hartanto"]),
        new("FRA", "France", "French", "français", "Paris", "Paris", ["Claire Dumontel", "Marc Lefort"]),
        new("PHL", "the Philippines", "Philippine", "philippin", "Manila", "Manille", ["Jose Villareal", "Ramon Castell"]),
        new("THA", "Thailand", "Thai", "thaïlandais", "Bangkok", "Bangkok", ["Somchai Rattanakorn", "Anan Wongsakda"]),
        new("MYS", "Malaysia", "Malaysian", "malaisien", "Kuala Lumpur", "Kuala Lumpur", ["Ahmad Razlan", "Hafiz Osmanu"]),
        new("SGP", "Singapore", "Singaporean", "singapourien", "Singapore", "Singapour", ["Tan Wei Meng", "Lim Boon Kiat"]),
    ];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Topics = ["maritime security", "training of officers", "defence industry cooperation", "peacekeeping operations", "disaster relief", "cyber security"];
    private static readonly string[] Sujets = ["la sécurité maritime", "la formation des officiers", "la coopération dans l'industrie de défense", "les opérations de maintien de la paix", "l'aide humanitaire en cas de catastrophe", "la cybersécurité"];

    /// <summary>One document as <c>attache ingest</c> reads it from JSON Lines.</summary>
    public sealed record Dispatch(string Id, string Text, string Url, string Published, string Lang);

    /// <summary><paramref name="count"/> dispatches, the same for the same seed.</summary>
    public static List<Dispatch> Make(int count, int seed = 20261207)
    {
        var random = new Random(seed);
        var result = new List<Dispatch>(count);
        for (var occasion = 0; result.Count < count; occasion++)
        {
            var a = Countries[random.Next(Countries.Length)];
            Country b;
            do b = Countries[random.Next(Countries.Length)]; while (b == a);
            var host = random.Next(2) == 0 ? a : b;
            var guest = host == a ? b : a;
            var day = new DateOnly(2018, 1, 1).AddDays(random.Next(8 * 365));
            var hostName = host.Ministers[random.Next(2)];
            var guestName = guest.Ministers[random.Next(2)];
            var topic = random.Next(Topics.Length);
            var kind = random.Next(3);
            var reports = 1 + (random.Next(10) < 3 ? 1 : 0) + (random.Next(10) == 0 ? 1 : 0);
            for (var r = 0; r < reports && result.Count < count; r++)
            {
                var french = (r + occasion) % 2 == 1;
                var published = day.AddDays(r);
                var text = french ? Francais(kind, host, guest, hostName, guestName, day, topic) : English(kind, host, guest, hostName, guestName, day, topic);
                // Some dispatches also name the next meeting, so that a document can carry more than one report.
                if (random.Next(4) == 0)
                    text += french ? $"\n\nLes deux parties sont convenues de tenir la prochaine réunion en {day.Year + 1}." : $"\n\nThe two sides agreed to meet again in {day.Year + 1}.";
                // A third report in a language already used would repeat a text: its own closing line keeps it a document of its own.
                if (r == 2) text += french ? "\n\n(Correspondance particulière)" : "\n\n(Special correspondent)";
                var id = string.Create(CultureInfo.InvariantCulture, $"w{occasion:D5}-{r}");
                result.Add(new Dispatch(id, text, $"https://news.example.org/{id}", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), french ? "fr" : "en"));
            }
        }
        return result;
    }

    private static string English(int kind, Country host, Country guest, string hostName, string guestName, DateOnly day, int topic)
    {
        var date = $"{Months[day.Month - 1]} {day.Day}";
        var head = $"{host.Capital.ToUpperInvariant()}, {date}, {day.Year} —";
        return kind switch
        {
            0 => $"{head} {guest.Adjective} Defence Minister {guestName} held talks with {host.Adjective} Defence Minister {hostName} in {host.Capital} on {date}.\n\n"
                + $"The two ministers discussed {Topics[topic]} and the exchange of delegations.",
            1 => $"{head} {guest.Adjective} Defence Minister {guestName} paid an official visit to {host.Name} on {date}, {day.Year}, at the invitation of {host.Adjective} Defence Minister {hostName}.\n\n"
                + $"During the visit the two sides reviewed cooperation in {Topics[topic]}.",
            _ => $"{head} {host.Adjective} Defence Minister {hostName} and {guest.Adjective} Defence Minister {guestName} signed a memorandum of understanding on defence cooperation in {host.Capital} on {date}.\n\n"
                + $"The agreement covers {Topics[topic]}.",
        };
    }

    private static string Francais(int kind, Country host, Country guest, string hostName, string guestName, DateOnly day, int topic)
    {
        var date = $"{day.Day} {Mois[day.Month - 1]}";
        var head = $"{host.Capitale.ToUpperInvariant()}, {date} {day.Year} —";
        return kind switch
        {
            0 => $"{head} Le ministre {guest.Adjectif} de la Défense, {guestName}, s'est entretenu le {date} à {host.Capitale} avec son homologue {host.Adjectif}, {hostName}.\n\n"
                + $"Les deux ministres ont évoqué {Sujets[topic]}.",
            1 => $"{head} Le ministre {guest.Adjectif} de la Défense, {guestName}, a effectué le {date} une visite officielle à {host.Capitale}, à l'invitation de son homologue {host.Adjectif}, {hostName}.\n\n"
                + $"Les deux parties ont passé en revue la coopération dans {Sujets[topic]}.",
            _ => $"{head} Le ministre {host.Adjectif} de la Défense, {hostName}, et son homologue {guest.Adjectif}, {guestName}, ont signé le {date} à {host.Capitale} un mémorandum d'accord sur la coopération de défense.\n\n"
                + $"L'accord porte sur {Sujets[topic]}.",
        };
    }

    /// <summary>Writes the dispatches as JSON Lines, the input of <c>attache ingest</c>.</summary>
    public static void Write(string path, IEnumerable<Dispatch> dispatches)
    {
        using var writer = new StreamWriter(path);
        foreach (var d in dispatches)
            writer.WriteLine(JsonSerializer.Serialize(new { id = d.Id, text = d.Text, url = d.Url, published = d.Published, lang = d.Lang }));
    }
}
