using Attache.Model;
using Attache.Record;
using static Attache.Storage.Tests.Fixtures;

namespace Attache.Storage.Tests;

/// <summary>Ingest batches: documents share transactions, each one whole or absent, committed every N documents.</summary>
public class IngestBatchTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string[] VnmJpn = ["JPN", "VNM"];

    private static (DocumentRecord Doc, Event[] Events) Dispatch(int i, string person) =>
        (Doc($"b-{i}", $"Invented dispatch {i}: {person} met Japanese officials.", $"https://example.org/batch/{i}"),
        [Ev(EventType.Meeting, $"20{10 + i}-03-0{1 + (i % 9)}", VnmJpn, [P(person, "VNM", "Deputy Defence Minister")]),
         Ev(EventType.Visit, $"20{10 + i}", VnmJpn, [P("Tanaka Akira", "JPN")], status: EventStatus.Background)]);

    [Theory, MemberData(nameof(Providers))]
    public async Task Batch_CommitsEveryNDocuments_AndWhenDisposed(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await EventStores.OpenAsync(db.Db);
        await using var other = await EventStores.OpenAsync(db.Db);
        await using (var batch = store.BeginIngestBatch(2, TimeSpan.FromHours(1)))
        {
            await store.IngestAsync(Dispatch(0, "Nguyen Van Giang").Doc, Dispatch(0, "Nguyen Van Giang").Events);
            Assert.Equal(0, (await other.CountAsync()).Documents);
            // This store reads its own uncommitted documents.
            Assert.Equal(1, (await store.CountAsync()).Documents);
            Assert.True(await store.ContainsDocumentAsync(Dispatch(0, "Nguyen Van Giang").Doc.ContentHash, null));
            Assert.Single(await store.FindPeopleAsync("giang"));
            await store.IngestAsync(Dispatch(1, "Tran Quoc Vinh").Doc, Dispatch(1, "Tran Quoc Vinh").Events);
            Assert.Equal(2, (await other.CountAsync()).Documents);
            await store.IngestAsync(Dispatch(2, "Le Duc Hung").Doc, Dispatch(2, "Le Duc Hung").Events);
            Assert.Equal(2, (await other.CountAsync()).Documents);
            // Unchanged inside the batch too.
            Assert.False((await store.IngestAsync(Dispatch(2, "Le Duc Hung").Doc, Dispatch(2, "Le Duc Hung").Events)).IsNew);
        }
        Assert.Equal((3, 6), await other.CountAsync());
        Assert.Equal(3, (await other.FindPeopleAsync(null)).Count(p => p.Country == "VNM"));
        // Back to one transaction per document.
        await store.IngestAsync(Dispatch(3, "Pham Minh Son").Doc, Dispatch(3, "Pham Minh Son").Events);
        Assert.Equal(4, (await other.CountAsync()).Documents);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Batch_FailingDocument_IsUndoneAlone(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = (SqlEventStore)await EventStores.OpenAsync(db.Db);
        await using (var batch = store.BeginIngestBatch(100, TimeSpan.FromHours(1)))
        {
            store.AfterDocument = d => d.Id == "b-1" ? throw new InvalidOperationException("cut") : Task.CompletedTask;
            foreach (var (i, person) in new[] { (0, "Nguyen Van Giang"), (1, "Do Minh Phuc"), (2, "Le Duc Hung") })
            {
                var (doc, events) = Dispatch(i, person);
                if (i == 1) await Assert.ThrowsAsync<InvalidOperationException>(() => store.IngestAsync(doc, events));
                else Assert.Equal(new IngestOutcome(true, 2, 0), await store.IngestAsync(doc, events));
            }
            store.AfterDocument = null;
            await batch.CommitAsync();
        }
        await using var check = await EventStores.OpenAsync(db.Db);
        Assert.Equal((2, 4), await check.CountAsync());
        Assert.Null(await check.GetDocumentAsync("b-1"));
        Assert.Empty(await check.FindPeopleAsync("phuc"));
        // Stored whole on a later try, people included.
        var (again, againEvents) = Dispatch(1, "Do Minh Phuc");
        Assert.Equal(new IngestOutcome(true, 2, 0), await store.IngestAsync(again, againEvents));
        Assert.Single(Assert.Single(await check.FindPeopleAsync("phuc")).EventIds);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Batch_FailedCommit_LosesOnlyItsDocuments_AndSaysSo(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = (SqlEventStore)await EventStores.OpenAsync(db.Db);
        var batch = store.BeginIngestBatch(2, TimeSpan.FromHours(1));
        await store.IngestAsync(Dispatch(0, "Nguyen Van Giang").Doc, Dispatch(0, "Nguyen Van Giang").Events);
        await store.IngestAsync(Dispatch(1, "Tran Quoc Vinh").Doc, Dispatch(1, "Tran Quoc Vinh").Events);
        await store.IngestAsync(Dispatch(2, "Le Duc Hung").Doc, Dispatch(2, "Le Duc Hung").Events);
        store.BeforeCommit = () => throw new StoreException("disk gone");
        var e = await Assert.ThrowsAsync<StoreException>(() => batch.CommitAsync());
        Assert.Contains("1 documents were not stored", e.Message, StringComparison.Ordinal);
        store.BeforeCommit = null;
        await batch.DisposeAsync();
        Assert.Equal(2, (await store.CountAsync()).Documents);
        Assert.Empty(await store.FindPeopleAsync("hung"));
        Assert.Equal(new IngestOutcome(true, 2, 0), await store.IngestAsync(Dispatch(2, "Le Duc Hung").Doc, Dispatch(2, "Le Duc Hung").Events));
        Assert.Single(await store.FindPeopleAsync("hung"));
    }

    /// <summary>Everything a store holds, as text: events with their sources, conflicts and inferred dates, every report, every person.</summary>
    private static async Task<List<string>> DumpAsync(IEventStore store)
    {
        var lines = new List<string>();
        foreach (var e in await store.QueryEventsAsync(new EventQuery()))
        {
            lines.Add($"{e.Id} {EventJsonReader.Write(e.Event)} sources={string.Join(',', e.Sources)} conflicts={System.Text.Json.JsonSerializer.Serialize(e.Conflicts)} inferred={e.Inferred} series={e.SeriesKey}");
            foreach (var r in await store.GetSourcesAsync(e.Id)) lines.Add($"  {r.DocumentId}#{r.EventIndex} {EventJsonReader.Write(r.Event)}");
        }
        foreach (var p in await store.FindPeopleAsync(null))
            lines.Add($"{p.Id} {p.Name} {p.Country} [{string.Join('|', p.Aliases)}] [{string.Join('|', p.Offices)}] [{string.Join('|', p.EventIds)}]");
        var (documents, events) = await store.CountAsync();
        lines.Add($"documents={documents} events={events}");
        return lines;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Batch_StoresExactlyWhatOneByOneStores(string provider)
    {
        // Merges across languages, recurring people (short and reordered names), an unchanged rerun and an id conflict.
        var documents = SixthDialogue().ToList();
        string[] people = ["Nguyen Van Giang", "Giang Nguyen Van", "Tran Quoc Vinh", "Vinh", "Le Duc Hung", "Hung Le Duc"];
        for (var i = 0; i < 30; i++)
        {
            // Ten occasions, each reported three times by different dispatches naming its people differently.
            var (d, ev) = Dispatch(i % 10, people[i % people.Length]);
            documents.Add((Doc($"b-{i}", $"{d.Text} (report {i})"), ev));
        }
        documents.Add(documents[1]);
        documents.Add((Doc(documents[0].Doc.Id, "another text"), documents[0].Events));
        // The one-by-one path on SQLite, as it was before batching: the reference.
        await using var reference = await TestDatabases.CreateAsync("sqlite");
        await using (var store = await EventStores.OpenAsync(reference.Db))
            foreach (var (doc, events) in documents)
                await IngestOrConflictAsync(store, doc, events);
        await using var db = await TestDatabases.CreateAsync(provider);
        await using (var store = await EventStores.OpenAsync(db.Db))
        await using (var batch = store.BeginIngestBatch(8, TimeSpan.FromHours(1)))
            foreach (var (doc, events) in documents)
                await IngestOrConflictAsync(store, doc, events);
        await using var expected = await EventStores.OpenAsync(reference.Db);
        await using var actual = await EventStores.OpenAsync(db.Db);
        var want = await DumpAsync(expected);
        Assert.True(want.Count > 40, "the dump holds the record");
        Assert.Equal(want, await DumpAsync(actual));
    }

    private static async Task IngestOrConflictAsync(IEventStore store, DocumentRecord doc, Event[] events)
    {
        try
        {
            await store.IngestAsync(doc, events);
        }
        catch (DocumentConflictException)
        {
            // The same refusal on both paths; what matters is what is stored.
        }
    }
}
