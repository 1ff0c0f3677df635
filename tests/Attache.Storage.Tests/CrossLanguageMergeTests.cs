using Attache.Extraction;
using Attache.Model;
using Attache.Record;

namespace Attache.Storage.Tests;

/// <summary>A Vietnamese and a French dispatch (both invented) about one dialogue, extracted for real, then stored.</summary>
public class CrossLanguageMergeTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string Vietnamese = "Hà Nội, ngày 14 tháng 3 năm 2024 - Sáng 14/3, tại Hà Nội đã diễn ra Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 8. "
        + "Thượng tướng Trần Văn Khải, Thứ trưởng Bộ Quốc phòng Việt Nam, và ông Tanaka Hiroshi, Thứ trưởng Quốc phòng Nhật Bản, đồng chủ trì đối thoại.";

    private const string French = "Hanoi, 15 mars (VNA) - Le 8e Dialogue sur la politique de défense Vietnam - Japon s'est tenu le 14 mars à Hanoi, "
        + "coprésidé par le général de corps d'armée Tran Van Khai, vice-ministre vietnamien de la Défense, et Tanaka Hiroshi, vice-ministre japonais de la Défense.";

    [Theory, MemberData(nameof(Providers))]
    public async Task VietnameseAndFrenchReports_OneEvent_OneSeries_OnePersonPerCoChair(string provider)
    {
        var extractor = new Extractor();
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await EventStores.OpenAsync(db.Db);
        foreach (var (id, text, lang) in new[] { ("vi-1", Vietnamese, "vi"), ("fr-1", French, "fr") })
        {
            var document = new Document(id, text, $"https://example.org/{id}", new DateOnly(2024, 3, 15), lang);
            var events = extractor.Extract(document).Events;
            Assert.Contains(events, e => e.Type == EventType.Dialogue && e.Mechanism?.Edition == 8);
            await store.IngestAsync(DocumentRecord.FromDocument(document), [.. events]);
        }

        var stored = await store.QueryEventsAsync(new EventQuery { WithMechanism = true });
        var dialogue = Assert.Single(stored, e => e.Event.Type == EventType.Dialogue);
        Assert.Equal(["fr-1", "vi-1"], dialogue.Sources.Order(StringComparer.Ordinal));
        Assert.Equal(["JPN", "VNM"], dialogue.Event.Countries);
        Assert.Equal("2024-03-14", dialogue.Event.Date!.ToString());

        var all = await MechanismSeriesBuilder.BuildAsync(store, ["JPN", "VNM"]);
        Assert.True(all.Count == 1, string.Join(" / ", all.Select(x => $"{x.Name} [{string.Join(", ", x.Names)}] {string.Join(",", x.Editions.Select(e => e.Edition))}")));
        Assert.Equal([8], all[0].Editions.Select(e => e.Edition!.Value));

        // "Trần Văn Khải" and "Tran Van Khai" are one person, by folding.
        Assert.Single(await store.FindPeopleAsync("Khải"));
        Assert.Single(await store.FindPeopleAsync("Tanaka"));
    }
}
