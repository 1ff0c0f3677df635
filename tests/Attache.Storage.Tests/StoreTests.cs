using Attache.Model;
using Attache.Record;
using static Attache.Storage.Tests.Fixtures;

namespace Attache.Storage.Tests;

/// <summary>The store suite, written once, run on every provider of <see cref="TestDatabases.Providers"/>.</summary>
public class StoreTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<IEventStore> IngestAll(TestDatabase db, IEnumerable<(DocumentRecord Doc, Event[] Events)> docs)
    {
        var store = await EventStores.OpenAsync(db.Db);
        foreach (var (doc, events) in docs) await store.IngestAsync(doc, events);
        return store;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Open_NewDatabase_MigratesToLatest(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using (var store = await EventStores.OpenAsync(db.Db)) Assert.Equal(Migrations.Latest, await store.SchemaVersionAsync());
        await using var again = await EventStores.OpenAsync(db.Db);
        Assert.Equal(Migrations.Latest, await again.SchemaVersionAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_SameDocumentTwice_ChangesNothing(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await EventStores.OpenAsync(db.Db);
        var (doc, events) = SixthDialogue()[0];
        var first = await store.IngestAsync(doc, events);
        Assert.Equal(new IngestOutcome(true, 2, 0), first);
        var before = await store.CountAsync();
        Assert.False((await store.IngestAsync(doc, events)).IsNew);
        // Whitespace differences and another id: same normalised content.
        Assert.False((await store.IngestAsync(doc with { Id = "copy", Text = "  " + doc.Text.Replace(" ", "  \n", StringComparison.Ordinal), ContentHash = DocumentHash.Of(doc.Text + "  "), Url = null }, events)).IsNew);
        Assert.Equal(before, await store.CountAsync());
    }

    /// <summary>The same URL with a new text is the document's next revision: same id, the old text kept aside, the events of
    /// the old text no longer supported by it (removed when it was their only source, rebuilt from the others otherwise).</summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_SameUrlNewText_StoredAsRevision_EventsReExtracted(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await IngestAll(db, SixthDialogue());
        var (doc, _) = SixthDialogue()[0];
        var sixth = Assert.Single(await store.QueryEventsAsync(new EventQuery()), e => e.Event.Mechanism?.Edition == 6);
        Assert.Contains("fr-1", sixth.Sources);
        // The correction keeps the dialogue out and reports an exercise instead; given under another id, it is still fr-1's revision.
        var exercise = Ev(EventType.Exercise, "2022-05-14", LaoTha, location: new Location("Vientiane", "LAO"));
        var edited = Doc("fr-1-bis", "Vientiane, 14 mai - Les armées laotienne et thaïlandaise ont mené un exercice conjoint de secours.", doc.Url, "fr");
        var outcome = await store.IngestAsync(edited, [exercise]);
        Assert.Equal(new IngestOutcome(true, 1, 0, 2, "fr-1"), outcome);
        var stored = await store.GetDocumentAsync("fr-1");
        Assert.Equal(edited.Text, stored!.Text);
        Assert.Null(await store.GetDocumentAsync("fr-1-bis"));
        Assert.Equal(3, (await store.SearchDocumentsAsync("", 100)).Count);
        var events = await store.QueryEventsAsync(new EventQuery());
        // The 6th dialogue keeps its two other sources and loses fr-1; the 5th (background) was fr-1's alone and is gone.
        var after = Assert.Single(events, e => e.Event.Mechanism?.Edition == 6);
        Assert.Equal(sixth.Id, after.Id);
        Assert.Equal(["en-1", "en-2"], after.Sources);
        Assert.DoesNotContain(events, e => e.Event.Mechanism?.Edition == 5);
        Assert.Equal(["fr-1"], Assert.Single(events, e => e.Event.Type == EventType.Exercise).Sources);
        // The old text again (a stale copy of the page) and the new one again change nothing.
        Assert.False((await store.IngestAsync(doc, SixthDialogue()[0].Events)).IsNew);
        Assert.False((await store.IngestAsync(edited, [exercise])).IsNew);
        Assert.Equal(events.Count, (await store.QueryEventsAsync(new EventQuery())).Count);
        // A third text is revision 3.
        Assert.Equal(3, (await store.IngestAsync(Doc("fr-1", edited.Text + " Mise à jour : bilan.", doc.Url, "fr"), [exercise])).Revision);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_ReportsOfOneEvent_MergeIntoOneWithEverySource(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await IngestAll(db, SixthDialogue());
        var events = await store.QueryEventsAsync(new EventQuery());
        Assert.Equal(3, events.Count); // the 6th dialogue, the 5th (background), the minister's meeting
        var sixth = Assert.Single(events, e => e.Event.Mechanism?.Edition == 6);
        Assert.Equal(["fr-1", "en-1", "en-2"], sixth.Sources);
        Assert.Equal("2022-05-12", sixth.Event.Date!.ToString());
        var date = Assert.Single(sixth.Conflicts, c => c.Field == "date");
        Assert.Equal(["en-2"], date.Values[1].Sources);
        Assert.Equal(2, sixth.Event.Participants.Count);
        Assert.Equal([CooperationArea.Training, CooperationArea.Peacekeeping], sixth.Event.Areas);
        var sources = await store.GetSourcesAsync(sixth.Id);
        Assert.Equal(3, sources.Count);
        Assert.Equal("Laos-Thailand Defence Policy Dialogue", sources[1].Event.Mechanism!.Name);
        Assert.Equal([new TextSpan(0, 10)], sources[0].Event.Evidence);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_EventIds_AreStableAcrossStores(string provider)
    {
        await using var db1 = await TestDatabases.CreateAsync(provider);
        await using var db2 = await TestDatabases.CreateAsync("sqlite");
        await using var a = await IngestAll(db1, SixthDialogue());
        await using var b = await IngestAll(db2, SixthDialogue());
        Assert.Equal((await a.QueryEventsAsync(new EventQuery())).Select(e => e.Id), (await b.QueryEventsAsync(new EventQuery())).Select(e => e.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_BackgroundMention_MergesWithReportedEvent(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var later = (Doc("en-9", "The fifth dialogue took place in Bangkok in March 2019, officials recalled."),
            new[] { Ev(EventType.Dialogue, "2019-03-21", LaoTha, [P("Anan Chaiyo", "THA")], new Mechanism("Defence Policy Dialogue", 5), new Location("Bangkok", "THA")) });
        await using var store = await IngestAll(db, [.. SixthDialogue(), later]);
        var fifth = Assert.Single(await store.QueryEventsAsync(new EventQuery()), e => e.Event.Mechanism?.Edition == 5);
        Assert.Equal(["fr-1", "en-9"], fifth.Sources);
        Assert.Equal(EventStatus.Reported, fifth.Event.Status);
        Assert.Equal("2019-03-21", fifth.Event.Date!.ToString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_UndatedReports_PlacedByTheirPublication(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        Participant[] people = [P("Khamla Phengsy", "LAO"), P("Anan Chaiyo", "THA")];
        var vientiane = new Location("Vientiane", "LAO");
        await using var store = await IngestAll(db,
        [
            (Doc("u-1", "Khamla Phengsy received Anan Chaiyo in Vientiane in March 2019."), [Ev(EventType.Meeting, "2019-03", LaoTha, people, location: vientiane)]),
            // Undated, from an undated page: nothing places it in time, so the same people in the same city merge.
            (Doc("u-2", "Khamla Phengsy received Anan Chaiyo in Vientiane."), [Ev(EventType.Meeting, null, LaoTha, people, location: vientiane)]),
            // Undated, published in 2023 (URL): not the 2019 meeting; an undated report published two days later is.
            (Doc("u-3", "Khamla Phengsy received Anan Chaiyo in Vientiane yesterday.", "https://news.example/2023/06/02/talks"),
                [Ev(EventType.Meeting, null, LaoTha, people, location: vientiane)]),
            (Doc("u-4", "Khamla Phengsy hosted Anan Chaiyo in Vientiane.", "https://other.example/2023-06-04/hosted"),
                [Ev(EventType.Meeting, null, LaoTha, people, location: vientiane)]),
        ]);
        var events = await store.QueryEventsAsync(new EventQuery());
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Sources.SequenceEqual(["u-1", "u-2"]));
        Assert.Contains(events, e => e.Sources.SequenceEqual(["u-3", "u-4"]));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_SameSessionYearsApart_StillOneEvent(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await IngestAll(db,
        [
            (Doc("s-1", "The 7th Laos-Thailand border talks were held in 2017."), [Ev(EventType.Dialogue, "2017-10", LaoTha, mechanism: new Mechanism("Border Talks", 7))]),
            (Doc("s-2", "Recalling the seventh round of border talks (2020)."), [Ev(EventType.Dialogue, "2020", LaoTha, mechanism: new Mechanism("border talks", 7), status: EventStatus.Background)]),
        ]);
        var session = Assert.Single(await store.QueryEventsAsync(new EventQuery()));
        Assert.Equal(["s-1", "s-2"], session.Sources);
        Assert.Contains(session.Conflicts, c => c.Field == "date");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task People_FormsOfOneName_ResolveToOnePerson_WithOffices(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await IngestAll(db, SixthDialogue());
        var somsak = Assert.Single(await store.FindPeopleAsync("somsak"));
        Assert.Equal("Somsak Vongsa", somsak.Name);
        Assert.Equal("LAO", somsak.Country);
        Assert.Contains("Somsak", somsak.Aliases);
        Assert.Equal(2, somsak.Offices.Count);
        Assert.All(somsak.Offices, o => Assert.Equal("2022-05-12", o.FirstSeen));
        Assert.Single(await store.FindPeopleAsync("Chaiyo"));
        Assert.Equal(3, (await store.FindPeopleAsync(null)).Count); // Somsak, Anan, Khamla, nobody twice
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task People_SharedFamilyName_StayTwoPeople(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await IngestAll(db,
        [
            (Doc("a", "Invented dispatch A."), [Ev(EventType.Meeting, "2020-01-02", ["VNM", "LAO"], [P("Nguyen Van An", "VNM")])]),
            (Doc("b", "Invented dispatch B."), [Ev(EventType.Meeting, "2020-02-03", ["VNM", "LAO"], [P("Nguyen Duc Binh", "VNM")])]),
        ]);
        Assert.Equal(2, (await store.FindPeopleAsync("nguyen")).Count);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ingest_DateWithoutYear_InferredFromSeedOffices(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await IngestAll(db,
        [
            (Doc("s4", "Invented: the two chiefs held talks on 4 March; the general then called on the minister."),
            [
                Ev(EventType.Meeting, "--03-04", ["JPN", "VNM"], [P("Phan Van Giang", "VNM"), P("Katsutoshi Kawano", "JPN")], location: new Location("Tokyo", "JPN")),
                Ev(EventType.Meeting, null, ["JPN", "VNM"], [P("Phan Van Giang", "VNM"), P("Takeshi Iwaya", "JPN")], location: new Location("Tokyo", "JPN")),
            ]),
        ]);
        var talks = Assert.Single(await store.QueryEventsAsync(new EventQuery { From = "2019-03-01", To = "2019-03-31" }));
        Assert.Equal("2019-03-04", talks.Event.Date!.ToString());
        Assert.NotNull(talks.Inferred);
        Assert.Contains("Iwaya", talks.Inferred.Reason, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Timeline_MultilateralEvent_InEveryPairOfItsCountries(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await EventStores.OpenAsync(db.Db);
        await store.IngestAsync(Doc("multi", "Three navies held an invented joint drill."),
            [Ev(EventType.Exercise, "2023-06-10", ["AUS", "IDN", "VNM"]), Ev(EventType.Meeting, "2023-06-11", ["IDN", "VNM"])]);
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery { Country = "VNM", Partner = "IDN" })).Count);
        Assert.Single(await store.QueryEventsAsync(new EventQuery { Country = "vnm", Partner = "aus" }));
        Assert.Single(await store.QueryEventsAsync(new EventQuery { Country = "IDN", Partner = "AUS" }));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Country = "VNM", Partner = "JPN" }));
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery { Country = "VNM", Partner = "VNM" })).Count);
        Assert.Single(await store.QueryEventsAsync(new EventQuery { Partner = "AUS" }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Query_DateOrder_UndatedLastBothWays_PagesAgree(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await EventStores.OpenAsync(db.Db);
        string?[] dates = ["2021-03-04", null, "2019", "2021-03-04", "2020-07", null, "2018-01-02"];
        string[][] pairs = [["VNM", "JPN"], ["VNM", "FRA"], ["VNM", "IND"], ["LAO", "THA"], ["VNM", "AUS"], ["KOR", "USA"], ["VNM", "KOR"]];
        for (var i = 0; i < dates.Length; i++)
            await store.IngestAsync(Doc($"order-{i}", $"Invented dispatch {i} about a meeting."), [Ev(EventType.Meeting, dates[i], pairs[i])]);
        foreach (var descending in new[] { false, true })
        {
            var all = await store.QueryEventsAsync(new EventQuery { Descending = descending });
            var years = all.Select(e => e.Event.Date?.Year).ToList();
            Assert.Equal(descending ? [2021, 2021, 2020, 2019, 2018, null, null] : [2018, 2019, 2020, 2021, 2021, null, null], years);
            var paged = new List<string>();
            for (var offset = 0; offset < all.Count; offset += 3)
                paged.AddRange((await store.QueryEventsAsync(new EventQuery { Descending = descending, Limit = 3, Offset = offset })).Select(e => e.Id));
            Assert.Equal(all.Select(e => e.Id), paged);
            var vnm = await store.QueryEventsAsync(new EventQuery { Country = "VNM", Descending = descending });
            Assert.Equal(all.Where(e => e.Event.Countries.Contains("VNM")).Select(e => e.Id), vnm.Select(e => e.Id));
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Count_AfterAWrite_ByThisStoreOrAnother_IsNotStale(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var reader = await EventStores.OpenAsync(db.Db);
        var vnm = new EventQuery { Country = "VNM" };
        Assert.Equal(0, await reader.CountEventsAsync(vnm));
        await reader.IngestAsync(Doc("c1", "An invented meeting."), [Ev(EventType.Meeting, "2022-01-05", ["VNM", "JPN"])]);
        Assert.Equal(1, await reader.CountEventsAsync(vnm));
        Assert.Equal(1, await reader.CountEventsAsync(vnm));
        await using (var writer = await EventStores.OpenAsync(db.Db))
            await writer.IngestAsync(Doc("c2", "An invented visit."), [Ev(EventType.Visit, "2022-02-05", ["VNM", "FRA"])]);
        Assert.Equal(2, await reader.CountEventsAsync(vnm));
        Assert.Equal(1, await reader.CountEventsAsync(new EventQuery { Country = "VNM", Type = "visit" }));
        Assert.Equal(0, await reader.CountEventsAsync(new EventQuery { Country = "USA" }));
    }

    [Fact]
    public async Task Migration2_OnAVersion1Store_BackfillsPairs()
    {
        await using var db = await TestDatabases.CreateAsync("sqlite");
        await using (var store = await EventStores.OpenAsync(db.Db))
            await store.IngestAsync(Doc("old", "An invented drill of three navies."), [Ev(EventType.Exercise, "2023-06-10", ["AUS", "IDN", "VNM"])]);
        // Back to version 1: what a store written before migration 2 looks like.
        await using (var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Db};Pooling=false"))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = TestDatabases.UndoFilterIndex("sqlite") + "; DROP TABLE event_pairs; DROP INDEX ix_documents_seq; DROP INDEX ix_events_seq; DROP INDEX ix_event_sources_seq; "
                + "DROP INDEX ix_events_order; DROP INDEX ix_events_order_desc; DROP INDEX ix_events_id_order; DROP TABLE store_version; DROP TABLE feed_items; "
                + "DROP TABLE event_reviews; DROP TABLE review_corrections; DROP TABLE review_anchors; DROP TABLE review_subjects; DROP TABLE search_fts; DROP INDEX ix_event_sources_document_event; DROP TABLE deliveries; DROP TABLE subscriptions; "
                + "DROP TABLE http_validators; DROP TABLE document_revisions; ALTER TABLE documents DROP COLUMN revision; DELETE FROM schema_version WHERE version >= 2";
            await cmd.ExecuteNonQueryAsync();
        }
        await using var again = await EventStores.OpenAsync(db.Db);
        Assert.Equal(Migrations.Latest, await again.SchemaVersionAsync());
        Assert.Single(await again.QueryEventsAsync(new EventQuery { Country = "IDN", Partner = "AUS" }));
        Assert.Single(await again.QueryEventsAsync(new EventQuery { Country = "VNM", Partner = "IDN" }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Query_Filters(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await IngestAll(db, SixthDialogue());
        Assert.Equal(3, (await store.QueryEventsAsync(new EventQuery { Country = "lao", Partner = "THA" })).Count);
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Country = "VNM" }));
        Assert.Single(await store.QueryEventsAsync(new EventQuery { Type = "meeting" }));
        Assert.Single(await store.QueryEventsAsync(new EventQuery { Area = "peacekeeping" }));
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery { Mechanism = "politique de défense" })).Count);
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery { Mechanism = "defence-policy-dialogue" })).Count);
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery { Person = "Anan" })).Count);
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery { From = "2022" })).Count);
        Assert.Single(await store.QueryEventsAsync(new EventQuery { To = "2019-12" }));
        Assert.Single(await store.QueryEventsAsync(new EventQuery { Text = "ROUND OF DEFENCE" }));
    }

    /// <summary>Text, name and mechanism searches take % and _ as themselves, not as LIKE wildcards.</summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task Query_PercentAndUnderscore_AreNotWildcards(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var withPercent = (Doc("pct", "Talks in Vientiane: 50% more joint training, said the ministers."),
            new[] { Ev(EventType.Meeting, "2024-05-02", LaoTha, [P("Chansamone Chanyalath", "LAO")]) });
        await using var store = await IngestAll(db, [.. SixthDialogue(), withPercent]);
        var all = (await store.QueryEventsAsync(new EventQuery())).Count;
        Assert.True(all > 1);
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Text = "_" }));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Text = "t_lks" }));
        Assert.Single(await store.QueryEventsAsync(new EventQuery { Text = "%" }));
        Assert.Single(await store.QueryEventsAsync(new EventQuery { Text = "50% more" }));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Text = "5%more" }));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Person = "_" }));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Person = "%" }));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Mechanism = "%" }));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery { Area = "%" }));
        Assert.Empty(await store.FindPeopleAsync("_"));
        Assert.Empty(await store.SearchDocumentsAsync("_", 10));
        Assert.Single(await store.SearchDocumentsAsync("%", 10));
        Assert.Equal(0, await store.CountEventsAsync(new EventQuery { Text = "_" }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Mechanisms_FrenchAndEnglishReports_OneSeries(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using var store = await IngestAll(db, SixthDialogue());
        var series = Assert.Single(MechanismSeriesBuilder.Build(await store.QueryEventsAsync(new EventQuery { WithMechanism = true })));
        Assert.Equal("Defence Policy Dialogue", series.Name);
        Assert.Equal([5, 6], series.Editions.Select(e => e.Edition!.Value));
        Assert.Equal([1, 2, 3, 4], series.Missing);
        Assert.Equal("Vientiane", series.Editions[1].Location!.City);
    }
    [Theory, MemberData(nameof(Providers))]
    public async Task Mechanisms_OneSessionReportedUnderTwoNames_JoinsTheirSeries(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        // A third outlet calls the 6th session a "strategic dialogue"; an earlier dispatch reports the 4th under that name only.
        (DocumentRecord, Event[])[] docs =
        [
            .. Fixtures.SixthDialogue(),
            (Fixtures.Doc("en-3", "Laos and Thailand held the sixth Defence Strategic Dialogue in Vientiane on May 12.", "https://example.info/en/3"),
                [Fixtures.Ev(EventType.Dialogue, "2022-05-12", Fixtures.LaoTha, [Fixtures.P("Somsak Vongsa", "LAO")], new Mechanism("Defence Strategic Dialogue", 6), new Location("Vientiane", "LAO"))]),
            (Fixtures.Doc("en-4", "The fourth Laos-Thailand Defence Strategic Dialogue opened in Bangkok on June 2, 2017.", "https://example.info/en/4"),
                [Fixtures.Ev(EventType.Dialogue, "2017-06-02", Fixtures.LaoTha, mechanism: new Mechanism("Defence Strategic Dialogue", 4), location: new Location("Bangkok", "THA"))]),
        ];
        await using var store = await IngestAll(db, docs);
        var series = Assert.Single(await MechanismSeriesBuilder.BuildAsync(store, ["THA", "LAO"]));
        Assert.Equal([4, 5, 6], series.Editions.Select(e => e.Edition!.Value));
        Assert.Contains("Defence Strategic Dialogue", series.Names);
        Assert.Equal([1, 2, 3], series.Missing);
    }
}
