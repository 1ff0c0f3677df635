using System.Text;
using Attache.Model;

namespace Attache.Bench.Search;

/// <summary>Invented dispatches with a fixed seed: words drawn from a Zipf-distributed vocabulary of made-up words, plus
/// topic words and names at known rates, so that each measured query matches a known share of the documents.</summary>
internal sealed class Corpus(int seed = 7)
{
    /// <summary>Share of documents holding each planted term (about).</summary>
    public static readonly (string Words, double Share)[] Planted =
    [
        ("Hoang Xuân Chiến", 0.001),       // a rare name, with diacritics
        ("defence policy dialogue", 0.02), // a phrase
        ("maritime", 0.05),                // for the prefix marit*
        ("défense", 0.5),                  // a very common word
    ];

    private static readonly string[] Countries = ["VNM", "JPN", "USA", "FRA", "IND", "AUS", "RUS", "CHN", "KOR", "LAO", "KHM", "THA"];
    private static readonly string[] Syllables = ["ba", "ko", "ri", "ta", "ne", "mo", "lu", "si", "de", "ga", "fi", "po", "zu", "ve", "ha", "qui", "tran", "vo", "xe", "ly"];

    private readonly Random _random = new(seed);
    private readonly string[] _vocabulary = Vocabulary(5_000);
    private readonly double[] _cumulative = Zipf(5_000);

    private static string[] Vocabulary(int n)
    {
        var random = new Random(11);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < n)
            words.Add(string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)])));
        return [.. words];
    }

    private static double[] Zipf(int n)
    {
        var c = new double[n];
        var sum = 0.0;
        for (var k = 0; k < n; k++) c[k] = sum += 1.0 / (k + 1);
        for (var k = 0; k < n; k++) c[k] /= sum;
        return c;
    }

    private string Word()
    {
        var i = Array.BinarySearch(_cumulative, _random.NextDouble());
        return _vocabulary[i < 0 ? ~i : i];
    }

    /// <summary>One document of about <paramref name="words"/> words in three lines (a headline first), and its event's parties.</summary>
    public (string Text, string[] Countries) Next(int words = 90)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i == 8) sb.Append('\n');
            else if (i > 0) sb.Append(i % 17 == 0 ? ". " : " ");
            sb.Append(Word());
            if (i == 20)
                foreach (var (planted, share) in Planted)
                    if (_random.NextDouble() < share) sb.Append(' ').Append(planted);
        }
        var a = Countries[_random.Next(Countries.Length)];
        string b;
        do b = Countries[_random.Next(Countries.Length)]; while (b == a);
        return (sb.Append('.').ToString(), new[] { a, b }.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The event a bulk document supports.</summary>
    public static Event EventOf(string[] countries, int i) =>
        new(i % 3 == 0 ? EventType.Dialogue : EventType.Meeting, EventStatus.Reported, new PartialDate(2000 + (i % 25), 1 + (i % 12), 1 + (i % 28)), null,
            countries, [], null, [], []);
}
