using Attache.Model;
using Attache.Record;
using static Attache.Storage.Tests.Fixtures;

namespace Attache.Storage.Tests;

/// <summary>Reviews on both stores: corrections win over extraction and survive re-ingest and re-extraction.</summary>
public class ReviewTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly ReviewNote Ana = new("ana", "checked against the ministry's release");
    private static readonly ReviewNote Bao = new("bao", "second reading");
    private static readonly string[] FraVnm = ["FRA", "VNM"];

    // Invented dispatches: two sentences each, the events' evidence is their own sentence.
    private const string Text1 = "Hanoi, 3 March - France and Vietnam held their fourth defence policy dialogue. The two ministers also signed a plan on training.";
    private const string Text2 = "PARIS - Vietnam and France met in Hanoi on March 3 for the 4th round of their defence dialogue. Officials praised the talks.";
    private const string Text3 = "A French frigate called at Cam Ranh on 20 June. Its crew met the Vietnamese navy.";

    private static Event At(Event e, int start, int end) => e with { Evidence = [new TextSpan(start, end)] };

    private static Event Dialogue(string date, int edition = 4, string city = "Hanoi") =>
        Ev(EventType.Dialogue, date, FraVnm, [P("Jean Morel", "FRA"), P("Le Van Son", "VNM")], new Mechanism("Defence Policy Dialogue", edition), new Location(city, "VNM"));

    private static (DocumentRecord Doc, Event[] Events)[] Dispatches() =>
    [
        (Doc("d1", Text1, "https://example.org/1"),
        [
            At(Dialogue("2031-03-03"), 0, 79),
            At(Ev(EventType.Agreement, "2031-03-03", FraVnm, location: new Location("Hanoi", "VNM"), areas: [CooperationArea.Training]), 80, Text1.Length),
        ]),
        (Doc("d2", Text2, "https://example.org/2"), [At(Dialogue("2031-03-03"), 0, 95)]),
        (Doc("d3", Text3, "https://example.org/3"), [At(Ev(EventType.PortCall, "2031-06-20", FraVnm, location: new Location("Cam Ranh", "VNM")), 0, 48)]),
    ];

    private static async Task<IEventStore> OpenWith(TestDatabase db, IEnumerable<(DocumentRecord Doc, Event[] Events)> docs)
    {
        var store = await EventStores.OpenAsync(db.Db);
        foreach (var (doc, events) in docs) await store.IngestAsync(doc, events);
        return store;
    }

    private static async Task<StoredEvent> Find(IEventStore store, EventType type) =>
        Assert.Single(await store.QueryEventsAsync(new EventQuery()), e => e.Event.Type == type);

    /// <summary>A newer engine: the same documents, the events in another order, some fields changed.</summary>
    private static IReadOnlyList<Event> NewerEngine(DocumentRecord doc)
    {
        var events = Dispatches().Single(d => d.Doc.Id == doc.Id).Events
            .Select(e => e with { Date = e.Date! with { Day = 4 }, Location = e.Location! with { City = "Ha Noi" } }).ToList();
        events.Reverse();
        return events;
    }

    private static ReviewRequest Set(string field, string value, ReviewNote? note = null) => new(ReviewAction.Set, note ?? Ana, field, value);

    [Theory, MemberData(nameof(Providers))]
    public async Task Correction_WinsAndSurvivesReingestAndReextraction(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await OpenWith(db, Dispatches());
        var dialogue = await Find(store, EventType.Dialogue);
        Assert.Equal(["d1", "d2"], dialogue.Sources);

        Assert.Equal(ReviewResult.Done, (await store.ReviewAsync(dialogue.Id, Set("date", "2031-03-02"))).Result);
        Assert.Equal(ReviewResult.Done, (await store.ReviewAsync(dialogue.Id, Set("mechanism.edition", "5"))).Result);
        var corrected = (await store.GetEventAsync(dialogue.Id))!;
        Assert.Equal("2031-03-02", corrected.Event.Date!.ToString());
        Assert.Equal(5, corrected.Event.Mechanism!.Edition);
        // Filters read the corrected values.
        Assert.Single(await store.QueryEventsAsync(new EventQuery { From = "2031-03-02", To = "2031-03-02" }));
        Assert.Equal("edited", (await store.GetReviewAsync(dialogue.Id))!.Status);

        // Re-ingest: the same documents change nothing; a new report of the event joins it and the correction still wins.
        foreach (var (doc, events) in Dispatches()) Assert.False((await store.IngestAsync(doc, events)).IsNew);
        var text4 = "Vietnam and France held their fifth policy dialogue in Hanoi in March.";
        await store.IngestAsync(Doc("d4", text4, "https://example.org/4"), [At(Dialogue("2031-03", 5), 0, text4.Length)]);
        corrected = (await store.GetEventAsync(dialogue.Id))!;
        Assert.Equal(["d1", "d2", "d4"], corrected.Sources);
        Assert.Equal("2031-03-02", corrected.Event.Date!.ToString());

        // Re-extraction by an engine that changes the date, the city and the events' order: the correction attaches again.
        var (documents, _) = await store.ReextractAsync(d => d.Id == "d4" ? [At(Dialogue("2031-03", 5, "Ha Noi"), 0, text4.Length)] : NewerEngine(d));
        Assert.Equal(4, documents);
        var again = await Find(store, EventType.Dialogue);
        Assert.Equal(["d1", "d2", "d4"], again.Sources.Order(StringComparer.Ordinal));
        Assert.Equal("2031-03-02", again.Event.Date!.ToString());
        Assert.Equal(5, again.Event.Mechanism!.Edition);
        Assert.Equal("Ha Noi", again.Event.Location!.City); // not corrected: the newer engine's value
        var review = (await store.GetReviewAsync(again.Id))!;
        Assert.Equal("edited", review.Status);
        Assert.Equal(2, review.Corrections.Count);
        Assert.All(review.Corrections, c => Assert.Equal("ana", c.Reviewer));
        var history = (await store.HistoryAsync(again.Id))!;
        Assert.Contains(history, h => h.Kind == "set" && h.What == "date = 2031-03-02" && h.Why == Ana.Why);
        Assert.Equal(3, history.Count(h => h.Kind == "source"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Reject_StaysRejectedAfterReingestAndReextraction(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await OpenWith(db, Dispatches());
        var agreement = await Find(store, EventType.Agreement);
        Assert.Equal(3, await store.CountEventsAsync(new EventQuery()));

        var outcome = await store.ReviewAsync(agreement.Id, new ReviewRequest(ReviewAction.Reject, Ana, Value: "out_of_scope"));
        Assert.Equal(ReviewResult.Done, outcome.Result);
        Assert.Equal("rejected", outcome.Review!.Status);
        Assert.DoesNotContain(await store.QueryEventsAsync(new EventQuery()), e => e.Id == agreement.Id);
        Assert.Equal(2, await store.CountEventsAsync(new EventQuery()));
        Assert.NotNull(await store.GetEventAsync(agreement.Id)); // still there for its history
        var hit = Assert.Single(await store.SearchAsync(new SearchQuery { Text = "signed" }));
        Assert.DoesNotContain(hit.Events, e => e.Id == agreement.Id);

        foreach (var (doc, events) in Dispatches()) await store.IngestAsync(doc, events);
        await store.ReextractAsync(NewerEngine);
        Assert.DoesNotContain(await store.QueryEventsAsync(new EventQuery()), e => e.Event.Type == EventType.Agreement);
        Assert.Equal(2, await store.CountEventsAsync(new EventQuery()));
        Assert.Empty(await store.ReviewedEventsAsync()); // rejected events are not listed as reviewed ones
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Merge_SurvivesReingestAndReextraction(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await OpenWith(db, Dispatches());
        var dialogue = await Find(store, EventType.Dialogue);
        var agreement = await Find(store, EventType.Agreement);

        var merged = await store.MergeAsync(dialogue.Id, agreement.Id, Ana);
        Assert.Equal(ReviewResult.Done, merged.Result);
        Assert.Null(await store.GetEventAsync(agreement.Id));
        var one = (await store.GetEventAsync(dialogue.Id))!;
        Assert.Equal(3, (await store.GetSourcesAsync(one.Id)).Count);
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery())).Count);

        foreach (var (doc, events) in Dispatches()) await store.IngestAsync(doc, events);
        await store.ReextractAsync(NewerEngine);
        var all = await store.QueryEventsAsync(new EventQuery());
        Assert.Equal(2, all.Count);
        var rebuilt = Assert.Single(all, e => e.Sources.Contains("d2"));
        var reports = await store.GetSourcesAsync(rebuilt.Id);
        Assert.Equal(3, reports.Count);
        Assert.Contains(reports, r => r.Event.Type == EventType.Agreement);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Split_SurvivesReingestAndReextraction(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await OpenWith(db, Dispatches());
        var dialogue = await Find(store, EventType.Dialogue);

        Assert.Equal(ReviewResult.Invalid, (await store.SplitAsync(dialogue.Id, ["d1", "d2"], Ana)).Result);
        var split = await store.SplitAsync(dialogue.Id, ["d2"], Ana);
        Assert.Equal(ReviewResult.Done, split.Result);
        Assert.Equal(["d1"], (await store.GetEventAsync(dialogue.Id))!.Sources);
        Assert.Equal(["d2"], (await store.GetEventAsync(split.NewEventId!))!.Sources);

        foreach (var (doc, events) in Dispatches()) await store.IngestAsync(doc, events);
        await store.ReextractAsync(NewerEngine);
        var dialogues = (await store.QueryEventsAsync(new EventQuery { Type = "dialogue" })).ToList();
        Assert.Equal(2, dialogues.Count);
        Assert.Contains(dialogues, e => e.Sources.SequenceEqual(["d1"]));
        Assert.Contains(dialogues, e => e.Sources.SequenceEqual(["d2"]));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TwoReviewers_SameETag_SecondGetsStaleNotALostEdit(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var first = await OpenWith(db, Dispatches());
        await using var second = await EventStores.OpenAsync(db.Db);
        var id = (await Find(first, EventType.Dialogue)).Id;
        var etag = (await first.GetReviewAsync(id))!.ETag;
        Assert.Equal(etag, (await second.GetReviewAsync(id))!.ETag);

        // Both at once, each with the ETag it read: exactly one wins.
        var outcomes = await Task.WhenAll(
            Task.Run(() => first.ReviewAsync(id, Set("location.city", "Da Nang"), $"\"{etag}\"")),
            Task.Run(() => second.ReviewAsync(id, Set("location.city", "Hue", Bao), $"\"{etag}\"")));
        Assert.Single(outcomes, o => o.Result == ReviewResult.Done);
        var stale = Assert.Single(outcomes, o => o.Result == ReviewResult.Stale);
        var winner = outcomes.Single(o => o.Result == ReviewResult.Done);
        Assert.Equal(winner.Review!.ETag, stale.Review!.ETag);
        var kept = (await second.GetEventAsync(id))!.Event.Location!.City;
        Assert.Contains(kept, new[] { "Da Nang", "Hue" });

        // The loser reads again and writes on the new ETag: both edits are in the history, the last one wins.
        var retry = await second.ReviewAsync(id, Set("location.city", "Hue", Bao), stale.Review.ETag);
        Assert.Equal(ReviewResult.Done, retry.Result);
        Assert.Equal(2, retry.Review!.Corrections.Count);
        Assert.Equal("Hue", (await first.GetEventAsync(id))!.Event.Location!.City);
        Assert.Equal(ReviewResult.Stale, (await first.ReviewAsync(id, new ReviewRequest(ReviewAction.Confirm, Ana), etag)).Result);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Review_BadValueOrUnknownEvent_StoresNothing(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await OpenWith(db, Dispatches());
        var id = (await Find(store, EventType.PortCall)).Id;
        var before = (await store.GetReviewAsync(id))!.ETag;

        Assert.Equal(ReviewResult.Invalid, (await store.ReviewAsync(id, Set("date", "3 March"))).Result);
        Assert.Equal(ReviewResult.Invalid, (await store.ReviewAsync(id, Set("colour", "blue"))).Result);
        Assert.Equal(ReviewResult.Invalid, (await store.ReviewAsync(id, Set("mechanism.edition", "2"))).Result); // no mechanism
        Assert.Equal(ReviewResult.Invalid, (await store.ReviewAsync(id, new ReviewRequest(ReviewAction.Reject, Ana, DuplicateOf: "ev-nothing"))).Result);
        Assert.Equal(ReviewResult.NotFound, (await store.ReviewAsync("ev-nothing", new ReviewRequest(ReviewAction.Confirm, Ana))).Result);
        Assert.Equal(before, (await store.GetReviewAsync(id))!.ETag);
        Assert.Null((await store.GetReviewAsync(id))!.Status);

        var confirmed = await store.ReviewAsync(id, new ReviewRequest(ReviewAction.Confirm, Ana));
        Assert.Equal("confirmed", confirmed.Review!.Status);
        Assert.NotEqual(before, confirmed.Review.ETag);
        Assert.Equal("confirmed", (await store.ReviewedEventsAsync())[id]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Correction_OfCountries_MovesTheEventBetweenPairs(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await OpenWith(db, Dispatches());
        var id = (await Find(store, EventType.PortCall)).Id;

        await store.ReviewAsync(id, Set("countries", "vnm, usa"));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Country = "FRA", Partner = "VNM", Type = "port_call" }));
        var moved = Assert.Single(await store.QueryEventsAsync(new EventQuery { Country = "USA", Partner = "VNM" }));
        Assert.Equal(["USA", "VNM"], moved.Event.Countries);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Review_OfOneOfTwoEventsInOneSentence_LeavesTheOtherAlone(string provider)
    {
        const string text = "The two ministers met in Hanoi on 3 May and signed a memorandum on peacekeeping.";
        Event[] Two() =>
        [
            At(Ev(EventType.Meeting, "2031-05-03", FraVnm, location: new Location("Hanoi", "VNM")), 0, text.Length),
            At(Ev(EventType.Agreement, "2031-05-03", FraVnm, location: new Location("Hanoi", "VNM"), areas: [CooperationArea.Peacekeeping]), 0, text.Length),
        ];
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await OpenWith(db, [(Doc("one", text), Two())]);
        var meeting = await Find(store, EventType.Meeting);
        var agreement = await Find(store, EventType.Agreement);

        await store.ReviewAsync(agreement.Id, new ReviewRequest(ReviewAction.Reject, Ana, Value: "not_event"));
        Assert.Null((await store.GetReviewAsync(meeting.Id))!.Status);
        Assert.Empty((await store.GetReviewAsync(meeting.Id))!.Corrections);
        await store.ReviewAsync(meeting.Id, Set("location.city", "Haiphong"));

        // Re-extracted in the other order: each review finds its own event by its type's family.
        await store.ReextractAsync(_ => Two().Reverse().ToArray());
        var left = Assert.Single(await store.QueryEventsAsync(new EventQuery()));
        Assert.Equal(EventType.Meeting, left.Event.Type);
        Assert.Equal("Haiphong", left.Event.Location!.City);
        Assert.Equal("edited", (await store.GetReviewAsync(left.Id))!.Status);
    }
}
