using Attache.Extraction;
using Attache.Model;
using Attache.Serialization;

namespace Attache.Tests.Extraction;

/// <summary>
/// The two seed dispatches (<c>samples/</c>) as fixtures: extracted with the header and dateline they carry and no
/// published date, their full records are asserted field by field against the seeds' gold (seed-000, seed-004).
/// Events are paired with the gold the way score.py pairs them; one theory row per gold event and field.
/// </summary>
public class SeedFixtureTests
{
    private static readonly Extractor Engine = new();

    /// <summary>A gold event; titles are free text, so a gold title is met when all its words occur in the extracted one.</summary>
    private sealed record Gold(
        EventType Type,
        string? Date,
        string? City,
        string? Country,
        string[] Countries,
        (string Name, string Country, string? Title)[] Participants,
        int? Edition,
        string? MechanismNameContains,
        CooperationArea[] Areas,
        string Trigger)
    {
        public Event AsEvent()
        {
            PartialDate? d = null;
            if (Date is not null) Assert.True(PartialDate.TryParse(Date, out d));
            return new Event(Type, EventStatus.Reported, d, City is null && Country is null ? null : new Location(City, Country), Countries,
                Participants.Select(p => new Participant(p.Name, p.Country, p.Title)).ToList(),
                MechanismNameContains is null ? null : new Mechanism(MechanismNameContains, Edition), Areas, []);
        }
    }

    private static readonly Dictionary<string, Gold[]> Golds = new()
    {
        ["000"] =
        [
            new Gold(EventType.Dialogue, "2024-02-27", "Hanoi", "VNM", ["JPN", "VNM"],
                [("Hoang Xuân Chiên", "VNM", "vice-ministre de la Défense"), ("Serizawa Kiyoshi", "JPN", "vice-ministre de la Défense")],
                10, "politique de défense",
                [CooperationArea.CapacityBuilding, CooperationArea.Cybersecurity, CooperationArea.DefenseIndustry, CooperationArea.DelegationExchange,
                 CooperationArea.MaritimeSecurity, CooperationArea.MilitaryMedicine, CooperationArea.MultilateralCoordination, CooperationArea.Peacekeeping,
                 CooperationArea.SearchRescue, CooperationArea.Training, CooperationArea.WarLegacy],
                "ont coprésidé mardi 27 février à Hanoi le 10e Dialogue sur la politique de défense"),
        ],
        ["004"] =
        [
            new Gold(EventType.Meeting, "--03-04", "Tokyo", "JPN", ["JPN", "VNM"],
                [("Phan Van Giang", "VNM", "chef d'état-major général de l'armée populaire du Vietnam et vice-ministre de la Défense"),
                 ("Katsutoshi Kawano", "JPN", "chef d'état-major des forces d'autodéfense du Japon")],
                null, null,
                [CooperationArea.CapacityBuilding, CooperationArea.DelegationExchange, CooperationArea.MultilateralCoordination, CooperationArea.NavalCooperation,
                 CooperationArea.Peacekeeping, CooperationArea.Training],
                "se sont entretenus à Tokyo le 4 mars"),
            new Gold(EventType.Meeting, "--03-04", "Tokyo", "JPN", ["JPN", "VNM"],
                [("Phan Van Giang", "VNM", "chef d'état-major général"), ("Takeshi Iwaya", "JPN", "ministre de la Défense")],
                null, null,
                [CooperationArea.DisasterRelief, CooperationArea.Training, CooperationArea.WarLegacy],
                "Lors d'une visite de courtoisie au ministre japonais de la Défense, Takeshi Iwaya"),
            new Gold(EventType.Visit, null, "Kisarazu", "JPN", ["JPN", "VNM"],
                [("Phan Van Giang", "VNM", null)],
                null, null,
                [],
                "la délégation a visité la base aérienne de Kisarazu"),
        ],
    };

    private static readonly string[] Fields = ["type", "status", "date", "location", "countries", "participants", "titles", "mechanism", "areas", "trigger-evidence"];

    public static TheoryData<string, int, string> Rows()
    {
        var rows = new TheoryData<string, int, string>();
        foreach (var (seed, golds) in Golds)
            for (var i = 0; i < golds.Length; i++)
                foreach (var f in Fields) rows.Add(seed, i, f);
        return rows;
    }

    private static readonly Dictionary<string, (string Text, ExtractionResult Result)> Extracted = [];
    private static readonly Lock ExtractedLock = new();

    internal static string SeedText(string seed)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "samples");
        var file = Directory.GetFiles(dir, seed + "_*.txt").Single();
        return File.ReadAllText(file);
    }

    private static (string Text, ExtractionResult Result) Extract(string seed)
    {
        lock (ExtractedLock)
        {
            if (Extracted.TryGetValue(seed, out var done)) return done;
            var text = SeedText(seed);
            var result = Engine.Extract(new Document("seed-" + seed, text, Published: null));
            return Extracted[seed] = (text, result);
        }
    }

    /// <summary>The extracted event paired with gold event <paramref name="index"/> as score.py pairs them, or null.</summary>
    private static Event? Paired(string seed, int index)
    {
        var (_, result) = Extract(seed);
        var golds = Golds[seed].Select(g => g.AsEvent()).ToList();
        var match = EventAlignment.Align(result.Events, golds).Where(m => m.Gold == index).Select(m => (int?)m.Pred).SingleOrDefault();
        return match is int p ? result.Events[p] : null;
    }

    private static string All(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string Key(string name) => string.Join(" ", EventAlignment.FoldWords(name));

    [Theory]
    [InlineData("000", 1)]
    [InlineData("004", 3)]
    public void Seed_HasExactlyTheGoldEvents(string seed, int count)
    {
        var (_, result) = Extract(seed);
        Assert.True(result.Events.Count == count,
            $"seed {seed}: expected {count} event(s), got {result.Events.Count}:\n  " + string.Join("\n  ", result.Events.Select(EventAlignment.Describe)));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Seed_EventField(string seed, int goldIndex, string field)
    {
        var gold = Golds[seed][goldIndex];
        var e = Paired(seed, goldIndex);
        Assert.True(e is not null,
            $"seed {seed}: no extracted event pairs with gold #{goldIndex} ({EventAlignment.Describe(gold.AsEvent())}); extracted:\n  "
            + string.Join("\n  ", Extract(seed).Result.Events.Select(EventAlignment.Describe)));
        var text = Extract(seed).Text;
        switch (field)
        {
            case "type":
                Assert.Equal(EventJson.Name(gold.Type), EventJson.Name(e.Type));
                break;
            case "status":
                Assert.Equal("reported", EventJson.Name(e.Status));
                break;
            case "date":
                Assert.Equal(gold.Date ?? "null", e.Date?.ToString() ?? "null");
                break;
            case "location":
                Assert.Equal($"{gold.City ?? "null"}/{gold.Country ?? "null"}", e.Location is null ? "null/null" : $"{e.Location.City ?? "null"}/{e.Location.Country ?? "null"}");
                break;
            case "countries":
                Assert.Equal(All(gold.Countries), All(e.Countries));
                break;
            case "participants":
                // Names compared without diacritics or case; each with its country; order free.
                Assert.Equal(
                    All(gold.Participants.Select(p => $"{Key(p.Name)} ({p.Country})").Order(StringComparer.Ordinal)),
                    All(e.Participants.Select(p => $"{Key(p.Name)} ({p.Country ?? "null"})").Order(StringComparer.Ordinal)));
                break;
            case "titles":
                foreach (var g in gold.Participants.Where(p => p.Title is not null))
                {
                    var p = e.Participants.FirstOrDefault(p => Key(p.Name) == Key(g.Name));
                    Assert.True(p is not null, $"participant {g.Name} missing");
                    var words = EventAlignment.FoldWords(p.Title).ToHashSet();
                    var missing = EventAlignment.FoldWords(g.Title).Where(w => !words.Contains(w)).ToList();
                    Assert.True(missing.Count == 0, $"title of {g.Name}: expected the words of \"{g.Title}\", got \"{p.Title ?? "null"}\" (missing: {string.Join(", ", missing)})");
                }
                break;
            case "mechanism":
                if (gold.MechanismNameContains is null)
                {
                    Assert.True(e.Mechanism is null, $"expected no mechanism, got \"{e.Mechanism?.Name}\" edition {e.Mechanism?.Edition}");
                }
                else
                {
                    Assert.True(e.Mechanism is not null, "expected a mechanism, got null");
                    Assert.Equal(gold.Edition, e.Mechanism.Edition);
                    Assert.Contains(gold.MechanismNameContains, e.Mechanism.Name, StringComparison.OrdinalIgnoreCase);
                }
                break;
            case "areas":
                Assert.Equal(All(gold.Areas.Select(EventJson.Name).Order(StringComparer.Ordinal)), All(e.Areas.Select(EventJson.Name)));
                break;
            case "trigger-evidence":
                Assert.NotEmpty(e.Evidence);
                var first = e.Evidence[0];
                Assert.InRange(first.Start, 0, text.Length);
                Assert.InRange(first.End, first.Start, text.Length);
                Assert.Contains(gold.Trigger, text[first.Start..first.End], StringComparison.Ordinal);
                break;
            default:
                Assert.Fail("unknown field " + field);
                break;
        }
    }

    [Theory]
    [InlineData("000")]
    [InlineData("004")]
    public void Seed_EveryEvidenceSpanLiesInsideTheText(string seed)
    {
        var (text, result) = Extract(seed);
        foreach (var e in result.Events)
        {
            Assert.NotEmpty(e.Evidence);
            foreach (var s in e.Evidence)
                Assert.True(s.Start >= 0 && s.Start <= s.End && s.End <= text.Length, $"{EventAlignment.Describe(e)}: span [{s.Start}, {s.End}) outside [0, {text.Length})");
        }
    }

    [Fact]
    public void Seed000_AsSavedPageWithTitleFirst_KeepsItsYear()
    {
        // A saved page puts its title before the header line; the header still dates the dialogue, which a Tuesday
        // 27 February fits in 2024, not in the year of the state visit the text recalls.
        var text = "Le 10e Dialogue sur la politique de défense Vietnam-Japon\n" + SeedText("000");
        var result = Engine.Extract(new Document("seed-000-page", text, Published: null));
        var dialogue = Assert.Single(result.Events);
        Assert.Equal("2024-02-27", dialogue.Date?.ToString());
    }

    [Fact]
    public void Seed000_WithoutAnyHeader_TakesTheYearItsWeekdayFits()
    {
        // With no header and no publication date the latest year written is 2023 (the state visit recalled); a Tuesday
        // 27 February is 2024, never 2023 (a Monday).
        var text = SeedText("000").Replace("date 2024-02", "", StringComparison.Ordinal);
        var dialogue = Assert.Single(Engine.Extract(new Document("seed-000-bare", text, Published: null)).Events);
        Assert.Equal("2024-02-27", dialogue.Date?.ToString());
        Assert.Equal(EventStatus.Reported, dialogue.Status);
    }
}
