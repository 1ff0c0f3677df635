using System.Text.Json;
using Attache.Model;
using Attache.Record;
using static Attache.Storage.Tests.Fixtures;

namespace Attache.Storage.Tests;

/// <summary>A clock the test moves.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Subscriptions and the deliveries ingest queues for them, on every provider.</summary>
public class SubscriptionTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Subscribe_ListGetDelete(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await EventStores.OpenAsync(db.Db);
        var feedOnly = await store.SubscribeAsync(new SubscriptionCriteria(Pair: "LAO-THA"), null);
        var hooked = await store.SubscribeAsync(new SubscriptionCriteria(Person: "Somsak", Q: "dialogue"), "http://127.0.0.1:9/hook");
        Assert.Null(feedOnly.Secret);
        Assert.Equal(64, hooked.Secret!.Length);
        Assert.Equal($"/feeds/{hooked.Id}.atom", hooked.Feed);
        Assert.Equal(new[] { feedOnly.Id, hooked.Id }.Order(), (await store.SubscriptionsAsync()).Select(s => s.Id).Order());
        Assert.Equal(hooked with { Created = default }, (await store.GetSubscriptionAsync(hooked.Id))! with { Created = default });
        Assert.True(await store.UnsubscribeAsync(hooked.Id));
        Assert.False(await store.UnsubscribeAsync(hooked.Id));
        Assert.Null(await store.GetSubscriptionAsync(hooked.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_QueuesOneDeliveryPerNewOrChangedMatchingEvent_NoneOnReingest(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var clock = new TestClock(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        await using var store = await EventStores.OpenAsync(db.Db, clock);
        var dialogues = await store.SubscribeAsync(new SubscriptionCriteria(Pair: "LAO-THA", Type: "dialogue"), "http://127.0.0.1:9/a");
        var other = await store.SubscribeAsync(new SubscriptionCriteria(Country: "VNM"), "http://127.0.0.1:9/b");
        var docs = SixthDialogue();
        await store.IngestAsync(docs[0].Doc, docs[0].Events);
        var first = await store.DeliveriesAsync(dueOnly: true, 100);
        // Two dialogues (the 6th, and the 5th recalled), both new; nothing for Vietnam.
        Assert.Equal(2, first.Count);
        Assert.All(first, d => Assert.Equal((dialogues.Id, "created", DeliveryStatus.Pending, 0), (d.SubscriptionId, d.Kind, d.Status, d.Attempts)));
        using (var payload = JsonDocument.Parse(first[0].Payload))
        {
            Assert.Equal(first[0].Id, payload.RootElement.GetProperty("delivery").GetString());
            Assert.Equal(dialogues.Feed, payload.RootElement.GetProperty("feed").GetString());
            Assert.Equal("dialogue", payload.RootElement.GetProperty("event").GetProperty("type").GetString());
        }
        // The same document again (and the same text under another id): nothing stored, nothing announced.
        await store.IngestAsync(docs[0].Doc, docs[0].Events);
        await store.IngestAsync(docs[0].Doc with { Id = "copy" }, docs[0].Events);
        Assert.Equal(2, (await store.DeliveriesAsync(false, 100)).Count);
        // A second report of the 6th dialogue: one update; its meeting matches no subscription.
        await store.IngestAsync(docs[1].Doc, docs[1].Events);
        var all = await store.DeliveriesAsync(false, 100);
        Assert.Equal(3, all.Count);
        Assert.Single(all, d => d.Kind == "updated");
        Assert.DoesNotContain(all, d => d.SubscriptionId == other.Id);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordAttempt_RetryLaterOrDone(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var clock = new TestClock(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        await using var store = await EventStores.OpenAsync(db.Db, clock);
        await store.SubscribeAsync(new SubscriptionCriteria(Pair: "LAO-THA"), "http://127.0.0.1:9/a");
        await store.IngestAsync(SixthDialogue()[2].Doc, SixthDialogue()[2].Events);
        var d = Assert.Single(await store.DeliveriesAsync(true, 10));
        await store.RecordAttemptAsync(d.Id, false, 500, "the receiver answered 500", clock.Now.AddMinutes(1));
        Assert.Empty(await store.DeliveriesAsync(true, 10));
        clock.Now = clock.Now.AddMinutes(2);
        var again = Assert.Single(await store.DeliveriesAsync(true, 10));
        Assert.Equal((1, 500, DeliveryStatus.Pending), (again.Attempts, again.LastResponse, again.Status));
        await store.RecordAttemptAsync(d.Id, true, 200, null, null);
        Assert.Empty(await store.DeliveriesAsync(true, 10));
        var done = Assert.Single(await store.DeliveriesAsync(false, 10));
        Assert.Equal((2, DeliveryStatus.Delivered, clock.Now), (done.Attempts, done.Status, done.Delivered));
    }

    [Fact]
    public void Criteria_Matches_AsTheQueryWould()
    {
        var e = Ev(EventType.Dialogue, "2022-05-12", LaoTha, [P("Gén. Somsak Vongsa", "LAO")], new Mechanism("Dialogue sur la politique de défense Laos-Thaïlande", 6), areas: [CooperationArea.Training]);
        Assert.True(new SubscriptionCriteria(Pair: "LAO-THA", Mechanism: "politique de defense", Person: "somsak", Area: "training").Matches(e, null, "…"));
        Assert.True(new SubscriptionCriteria(Q: "défense vientiane").Matches(e, null, "Le dialogue de Défense à Vientiane"));
        Assert.False(new SubscriptionCriteria(Q: "hanoi").Matches(e, null, "Le dialogue de Défense à Vientiane"));
        Assert.False(new SubscriptionCriteria(Country: "VNM").Matches(e, null, ""));
        Assert.False(new SubscriptionCriteria(Type: "visit").Matches(e, null, ""));
    }
}
