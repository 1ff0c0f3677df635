using Attache.Model;
using Attache.Record;

namespace Attache.Bench.Storage;

/// <summary>Invented documents and events with a fixed seed: country pairs, dates, people and mechanisms drawn from small pools
/// so that reports of one pair meet earlier events (candidates to match) and people recur across documents.</summary>
internal sealed class Synthetic(int seed = 42)
{
    public static readonly string[] Partners =
    [
        "JPN", "USA", "FRA", "IND", "AUS", "RUS", "CHN", "KOR", "LAO", "KHM", "THA", "IDN", "MYS", "SGP", "PHL", "GBR", "DEU", "ITA",
        "CAN", "NZL", "BRA", "ISR", "CUB", "BLR", "CZE", "POL", "HUN", "NLD", "ESP", "TUR", "MMR", "BRN", "MNG", "PAK", "BGD", "LKA",
        "EGY", "ZAF", "ARG", "CHL",
    ];

    private static readonly string[] Family = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly"];
    private static readonly string[] Middle = ["Van", "Thi", "Duc", "Minh", "Quoc", "Huu", "Thanh", "Cong"];
    private static readonly string[] Given = ["Giang", "Vinh", "Dung", "Hung", "Long", "Son", "Tuan", "Hai", "Nam", "Binh", "Cuong", "Phuc", "Quang", "Trung", "Thang", "Khanh"];
    private static readonly string[] Foreign = ["Akira", "Kenji", "James", "Pierre", "Rajesh", "Oleg", "Wei", "Min", "Somsak", "Anan", "Budi", "Ahmad", "Carlos", "Hans", "Marco", "Liam"];
    private static readonly string[] ForeignFamily = ["Tanaka", "Smith", "Martin", "Sharma", "Petrov", "Zhang", "Kim", "Chaiyo", "Santoso", "Rahman", "Silva", "Muller", "Rossi", "Brown", "Dubois", "Ivanov"];
    private static readonly string[] Titles = ["Defence Minister", "Deputy Defence Minister", "Chief of the General Staff", "Ambassador", "Defence Attaché"];
    private static readonly string[] Cities = ["Hanoi", "Ho Chi Minh City", "Da Nang", "Tokyo", "Washington", "Paris", "New Delhi", "Canberra", "Moscow", "Beijing"];
    private static readonly string[] Mechanisms = ["Defence Policy Dialogue", "Strategic Defence Dialogue", "Defence Cooperation Committee"];
    private static readonly EventType[] Types = Enum.GetValues<EventType>();

    private readonly Random _random = new(seed);

    /// <summary>Documents of two events each (one reported, one background), as <c>attache ingest --events</c> would store them.</summary>
    public IEnumerable<(DocumentRecord Document, Event[] Events)> Documents(int count, string prefix = "doc")
    {
        for (var i = 0; i < count; i++)
        {
            var text = $"Invented dispatch {prefix}-{i}: defence officials of two countries met; seed {seed}.";
            var doc = DocumentRecord.FromDocument(new Document($"{prefix}-{i}", text, $"https://example.org/{prefix}/{i}", new DateOnly(2000 + (i % 25), 1 + (i % 12), 1 + (i % 28)), i % 3 == 0 ? "fr" : "en"));
            yield return (doc, [NextEvent(EventStatus.Reported), NextEvent(EventStatus.Background)]);
        }
    }

    /// <summary>One random event between Vietnam and a partner.</summary>
    public Event NextEvent(EventStatus status)
    {
        var partner = Partners[_random.Next(Partners.Length)];
        var countries = new[] { "VNM", partner }.Order(StringComparer.Ordinal).ToArray();
        var type = Types[_random.Next(Types.Length)];
        var year = 2000 + _random.Next(25);
        var date = _random.Next(10) switch
        {
            0 => new PartialDate(year, null, null),
            1 => new PartialDate(year, 1 + _random.Next(12), null),
            2 => new PartialDate(null, 1 + _random.Next(12), 1 + _random.Next(28)),
            _ => new PartialDate(year, 1 + _random.Next(12), 1 + _random.Next(28)),
        };
        var people = new[]
        {
            new Participant($"{Family[_random.Next(Family.Length)]} {Middle[_random.Next(Middle.Length)]} {Given[_random.Next(Given.Length)]}", "VNM", Titles[_random.Next(Titles.Length)]),
            new Participant($"{Foreign[_random.Next(Foreign.Length)]} {ForeignFamily[_random.Next(ForeignFamily.Length)]}", partner, Titles[_random.Next(Titles.Length)]),
        };
        var mechanism = type == EventType.Dialogue ? new Mechanism($"Vietnam-{partner} {Mechanisms[_random.Next(Mechanisms.Length)]}", 1 + _random.Next(15)) : null;
        var location = new Location(Cities[_random.Next(Cities.Length)], _random.Next(2) == 0 ? "VNM" : partner);
        var areas = new[] { (CooperationArea)_random.Next(Enum.GetValues<CooperationArea>().Length) };
        return new Event(type, status, date, location, countries, people, mechanism, areas, [new TextSpan(0, 10)]);
    }
}
