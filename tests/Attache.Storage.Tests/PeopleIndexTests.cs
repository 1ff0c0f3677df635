using Attache.Model;
using Attache.Record;
using static Attache.Storage.Tests.Fixtures;

namespace Attache.Storage.Tests;

/// <summary>Ingest's in-memory people index: the same people as without it, other writers seen, failed documents forgotten.</summary>
public class PeopleIndexTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string[] VnmJpn = ["JPN", "VNM"];

    /// <summary>Documents naming people in many forms: word order, syllables joined, titles, one word, no country.</summary>
    private static List<(DocumentRecord Doc, Event[] Events)> Documents()
    {
        string[] forms =
        [
            "Nguyen Van Giang", "Giang Nguyen Van", "General Nguyen Van Giang", "Nguyen Giang", "Giang", "Tran Quoc Vinh", "Vinh",
            "Tran Vinh", "Xu Xue Qiang", "Xu Xueqiang", "Nguyen Van Giang Minh", "Tanaka Akira", "Akira Tanaka", "Akira", "Le Duc Hung",
            "Hung", "Nguyen Hung", "Le Hung",
        ];
        var docs = new List<(DocumentRecord, Event[])>();
        for (var i = 0; i < 40; i++)
        {
            var a = forms[i % forms.Length];
            var b = forms[(i * 7 + 3) % forms.Length];
            Participant[] people = [P(a, i % 5 == 0 ? null : "VNM", i % 3 == 0 ? "Deputy Defence Minister" : null), P(b, i % 4 == 0 ? "JPN" : "VNM", "Ambassador")];
            docs.Add((Doc($"p-{i}", $"Invented dispatch {i}: {a} met {b}.", $"https://example.org/people/{i}"),
                [Ev(EventType.Meeting, $"{2010 + (i % 9)}-0{1 + (i % 9)}-1{i % 10}", VnmJpn, people), Ev(EventType.Visit, $"{2011 + (i % 7)}", VnmJpn, [people[1]], status: EventStatus.Background)]));
        }
        return docs;
    }

    private static async Task<List<string>> PeopleAsync(IEventStore store) =>
        (await store.FindPeopleAsync(null)).Select(p =>
            $"{p.Id} {p.Name} {p.Country} [{string.Join(", ", p.Aliases)}] [{string.Join(", ", p.Offices.Select(o => $"{o.Title} {o.FirstSeen}-{o.LastSeen}"))}] [{string.Join(", ", p.EventIds)}]").ToList();

    public static TheoryData<string, int> ProvidersAndBatches
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var provider in TestDatabases.Providers) foreach (var batch in new[] { 0, 7 }) data.Add(provider, batch);
            return data;
        }
    }

    [Theory, MemberData(nameof(ProvidersAndBatches))]
    public async Task People_OneStoreForAll_SameAsAStorePerDocument(string provider, int batch)
    {
        await using var indexed = await TestDatabases.CreateAsync(provider);
        await using var queried = await TestDatabases.CreateAsync(provider);
        await using var one = await EventStores.OpenAsync(indexed.Db);
        await using (var group = batch > 0 ? one.BeginIngestBatch(batch, TimeSpan.FromHours(1)) : null)
        {
            foreach (var (doc, events) in Documents())
            {
                await one.IngestAsync(doc, events);
                // A store opened for one document never loads the index: every lookup is a query.
                await using var fresh = await EventStores.OpenAsync(queried.Db);
                await fresh.IngestAsync(doc, events);
            }
        }
        await using var check = await EventStores.OpenAsync(queried.Db);
        var expected = await PeopleAsync(check);
        Assert.True(expected.Count > 5);
        Assert.Equal(expected, await PeopleAsync(one));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task People_AddedByAnotherWriter_AreFound(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var a = await EventStores.OpenAsync(db.Db);
        var docs = Documents();
        foreach (var (doc, events) in docs.Take(5)) await a.IngestAsync(doc, events);
        await using (var b = await EventStores.OpenAsync(db.Db))
            await b.IngestAsync(Doc("other", "Bui Cong Thang visited Tokyo."), [Ev(EventType.Visit, "2020-02-02", VnmJpn, [P("Bui Cong Thang", "VNM")])]);
        // Two of the three words: the person the other store wrote, whom this store's index did not have.
        await a.IngestAsync(Doc("mine", "Bui Thang met officials."), [Ev(EventType.Meeting, "2021-03-03", VnmJpn, [P("Bui Thang", "VNM")])]);
        var thang = Assert.Single(await a.FindPeopleAsync("thang"));
        Assert.Equal("Bui Cong Thang", thang.Name);
        Assert.Equal(2, thang.EventIds.Count);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task People_OfAFailedDocument_AreNotKept(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = (SqlEventStore)await EventStores.OpenAsync(db.Db);
        foreach (var (doc, events) in Documents().Take(5)) await store.IngestAsync(doc, events);
        var failing = (Doc("failing", "Do Minh Phuc arrived."), new[] { Ev(EventType.Visit, "2020-02-02", VnmJpn, [P("Do Minh Phuc", "VNM")]) });
        store.BeforeCommit = () => throw new InvalidOperationException("disk gone");
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.IngestAsync(failing.Item1, failing.Item2));
        store.BeforeCommit = null;
        Assert.Empty(await store.FindPeopleAsync("phuc"));
        // Had the index kept him, this would link an event to a person who is not in the store.
        await store.IngestAsync(Doc("again", "Do Minh Phuc met officials."), [Ev(EventType.Meeting, "2021-03-03", VnmJpn, [P("Do Minh Phuc", "VNM")])]);
        var phuc = Assert.Single(await store.FindPeopleAsync("phuc"));
        Assert.Single(phuc.EventIds);
        Assert.Single(phuc.Aliases);
    }
}
