using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Attache.Bench.Warc;

/// <summary>Writes a synthetic news crawl as WARC/1.1, the way a crawler does: per capture a request, a response and a
/// metadata record; responses are article pages (some gzip-encoded as sent), section pages, PDFs, images and redirects.</summary>
/// <remarks>The text is built from sentences written for this benchmark (no real dispatch), recombined with a fixed
/// seed: every run writes the same file.</remarks>
internal sealed class CrawlWriter(Stream output, bool gzipRecords, int seed = 11)
{
    private static readonly string[] Pairs = ["Vietnam and Japan", "India and Vietnam", "Australia and Indonesia", "France and Singapore", "Laos and Thailand", "the Philippines and South Korea"];
    private static readonly string[] PairsFr = ["le Vietnam et le Japon", "l'Inde et le Vietnam", "l'Australie et l'Indonésie", "la France et Singapour", "le Laos et la Thaïlande", "les Philippines et la Corée du Sud"];
    private static readonly string[] Cities = ["Hanoi", "Tokyo", "New Delhi", "Jakarta", "Canberra", "Singapore", "Vientiane", "Bangkok", "Manila", "Seoul"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] MoisFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] English =
    [
        "{city}, {month} {day} - Defence officials of {pair} held the {n}th round of their defence policy dialogue in {city} on {weekday}.",
        "The two delegations reviewed cooperation in maritime security, military medicine and peacekeeping training.",
        "They agreed to expand exchanges between their military academies and to hold a joint search-and-rescue exercise next year.",
        "A memorandum of understanding on defence industry cooperation was signed at the end of the talks.",
        "The deputy defence minister also paid a courtesy call on the chief of the general staff.",
        "Both sides noted progress in cyber security cooperation since the previous session.",
        "Naval vessels of the two countries will conduct a passing exercise in the coming months, officials said.",
        "The next round of the dialogue is expected to take place in the partner's capital.",
    ];

    private static readonly string[] French =
    [
        "{city}, le {day} {mois} - Les responsables de la défense de {pair} ont tenu le {n}e dialogue sur la politique de défense à {city}.",
        "Les deux délégations ont passé en revue la coopération dans la sécurité maritime, la médecine militaire et le maintien de la paix.",
        "Elles sont convenues d'intensifier les échanges entre leurs académies militaires.",
        "Un protocole d'accord sur la coopération dans l'industrie de défense a été signé à l'issue des entretiens.",
        "Le vice-ministre a également rendu une visite de courtoisie au chef d'état-major général.",
        "Les deux parties ont salué les progrès de la coopération dans la cybersécurité.",
    ];

    private static readonly string Boilerplate = string.Concat(Enumerable.Range(0, 120).Select(i =>
        $".c{i}{{margin:{i % 7}px;padding:{i % 5}px;font:{12 + i % 6}px/1.4 sans-serif;color:#{i * 2654435761 % 0xFFFFFF:x6}}}\n"));

    private const string Script = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)};var article=";

    private readonly Random _random = new(seed);
    private readonly byte[] _noise = new byte[1 << 20];
    private int _records;
    private int _captures;

    /// <summary>Records written so far.</summary>
    public int Records => _records;

    /// <summary>Writes one capture (two or three records) and returns how many of its responses are article pages.</summary>
    public int WriteCapture()
    {
        var n = ++_captures;
        var kind = _random.Next(100);
        var date = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(n * 7);
        var stamp = date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var french = n % 3 == 0;
        var url = $"https://agence{n % 40}.example/{(french ? "fr" : "en")}/{(kind < 65 ? "defense" : kind < 75 ? "rubrique" : kind < 90 ? "media" : "old")}/{n}.html";
        Request(url, stamp);
        var articles = 0;
        if (kind < 65)
        {
            var body = Encoding.UTF8.GetBytes(Article(n, french, date));
            if (n % 50 == 0) Response(url, Gzip(body), "text/html; charset=utf-8", stamp, "Content-Encoding: gzip\r\n");
            else Response(url, body, "text/html; charset=utf-8", stamp);
            articles = 1;
        }
        else if (kind < 75)
        {
            Response(url, Encoding.UTF8.GetBytes(Section(n)), "text/html; charset=utf-8", stamp);
        }
        else if (kind < 90)
        {
            var size = 100_000 + _random.Next(300_000);
            Response(url.Replace(".html", kind < 82 ? ".pdf" : ".jpg", StringComparison.Ordinal), Noise(size), kind < 82 ? "application/pdf" : "image/jpeg", stamp);
        }
        else
        {
            Response(url, [], "text/html", stamp, $"Location: {url.Replace("/old/", "/defense/", StringComparison.Ordinal)}\r\n", 301);
        }
        Record("metadata", url, Encoding.ASCII.GetBytes($"fetchTimeMs: {50 + n % 900}\r\noutlinks: {n % 60}\r\n"), "application/warc-fields", stamp);
        return articles;
    }

    private string Article(int n, bool french, DateTime date)
    {
        var pair = _random.Next(Pairs.Length);
        var city = Cities[_random.Next(Cities.Length)];
        var day = 1 + _random.Next(28);
        var month = _random.Next(12);
        var sentences = french ? French : English;
        var text = new StringBuilder();
        // The opening sentence and a varying selection of the others: every article differs (its number is in it too).
        foreach (var s in new[] { sentences[0] }.Concat(sentences.Skip(1).OrderBy(_ => _random.Next()).Take(3 + _random.Next(sentences.Length - 3))))
        {
            text.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(s.Replace("{city}", city, StringComparison.Ordinal).Replace("{pair}", french ? PairsFr[pair] : Pairs[pair], StringComparison.Ordinal)
                .Replace("{month}", Months[month], StringComparison.Ordinal).Replace("{mois}", MoisFr[month], StringComparison.Ordinal)
                .Replace("{day}", day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{n}", (2 + n % 19).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{weekday}", date.DayOfWeek.ToString(), StringComparison.Ordinal))).Append("</p>\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"<p>{(french ? "Dépêche" : "Dispatch")} no. {n}.</p>\n");
        var lang = french ? "fr" : "en";
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}"><head><meta charset="utf-8"><title>{(french ? "Défense" : "Defence")} - {n} | Agence</title>
            <meta property="article:published_time" content="{date:yyyy-MM-dd}T08:00:00Z">
            <style>{Boilerplate}</style>
            <script>{Script}{n};</script>
            </head><body><nav>{Links(n, 40)}</nav>
            <article><h1>{(french ? "Dialogue sur la politique de défense" : "Defence policy dialogue")} ({n})</h1>
            {text}</article>
            <aside>{Links(n + 7, 30)}</aside><footer>© Agence {date:yyyy}</footer></body></html>
            """;
    }

    private string Section(int n) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><title>Section {n}</title><style>{Boilerplate}</style></head>
        <body><nav>{Links(n, 80)}</nav><ul>{Links(n + 3, 120)}</ul></body></html>
        """;

    private static string Links(int n, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"<a href=\"/en/defense/{n * 31 + i}.html\">Headline {n * 31 + i} on regional security</a>\n"));

    private byte[] Noise(int size)
    {
        // Incompressible like real media; one random megabyte is sliced at random offsets.
        if (_noise[0] == 0 && _noise[1] == 0) _random.NextBytes(_noise);
        var start = _random.Next(_noise.Length - size);
        return _noise.AsSpan(start, size).ToArray();
    }

    private static byte[] Gzip(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(body);
        return buffer.ToArray();
    }

    private void Request(string url, string date)
    {
        var uri = new Uri(url);
        Record("request", url, Encoding.ASCII.GetBytes($"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Host}\r\nUser-Agent: bench-crawler/1.0\r\nAccept: */*\r\n\r\n"), "application/http; msgtype=request", date);
    }

    private void Response(string url, byte[] body, string contentType, string date, string? headers = null, int status = 200)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Moved Permanently")}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n{headers}\r\n");
        var block = new byte[http.Length + body.Length];
        http.CopyTo(block, 0);
        body.CopyTo(block, http.Length);
        Record("response", url, block, "application/http; msgtype=response", date);
    }

    private void Record(string type, string uri, byte[] block, string contentType, string date)
    {
        var head = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.CreateVersion7()}>\r\nWARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"));
        _records++;
        if (!gzipRecords)
        {
            output.Write(head);
            output.Write(block);
            output.Write("\r\n\r\n"u8);
            return;
        }
        using var member = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        member.Write(head);
        member.Write(block);
        member.Write("\r\n\r\n"u8);
    }
}
