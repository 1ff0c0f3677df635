using Attache.Model;
using Attache.Record;
using Attache.Serialization;

namespace Attache.Api;

/// <summary>Where an event took place.</summary>
/// <param name="City">Town or city, when known.</param>
/// <param name="Country">ISO alpha-3 code, when known.</param>
public sealed record LocationDto(string? City, string? Country);

/// <summary>A named participant.</summary>
/// <param name="Name">The name without title.</param>
/// <param name="Country">The country the person acts for.</param>
/// <param name="Title">Office or rank as the source gives it.</param>
public sealed record ParticipantDto(string Name, string? Country, string? Title);

/// <summary>The recurring mechanism an event is a session of.</summary>
/// <param name="Name">The mechanism's name.</param>
/// <param name="Edition">The ordinal edition, when known.</param>
public sealed record MechanismDto(string Name, int? Edition);

/// <summary>A field on which sources disagree, with each value and its sources.</summary>
/// <param name="Field">The spec field name.</param>
/// <param name="Values">The values, the chosen one first.</param>
public sealed record ConflictDto(string Field, IReadOnlyList<ConflictValueDto> Values);

/// <summary>One value of a disputed field.</summary>
/// <param name="Value">The value as text.</param>
/// <param name="Sources">Documents that give it.</param>
public sealed record ConflictValueDto(string Value, IReadOnlyList<string> Sources);

/// <summary>An event of the record in the spec's shape, with its id and the documents that report it.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Type">Spec type name, e.g. <c>dialogue</c>.</param>
/// <param name="Status"><c>reported</c> or <c>background</c>.</param>
/// <param name="Date">Spec date string, or null.</param>
/// <param name="Location">Venue, or null.</param>
/// <param name="Countries">Parties (alpha-3), sorted.</param>
/// <param name="Participants">Named people.</param>
/// <param name="Mechanism">Mechanism and edition, or null.</param>
/// <param name="Areas">Cooperation areas (spec names).</param>
/// <param name="Evidence">Spans of the text (empty for a merged event: evidence is per source, see the event detail).</param>
/// <param name="Sources">Ids of the documents that report it, in ingestion order.</param>
/// <param name="DateInferred">Why the date was completed from the knowledge base, when it was.</param>
/// <param name="Series">The mechanism series key, when any.</param>
/// <param name="Conflicts">Fields on which the sources disagree.</param>
public sealed record EventDto(string Id, string Type, string Status, string? Date, LocationDto? Location, IReadOnlyList<string> Countries,
    IReadOnlyList<ParticipantDto> Participants, MechanismDto? Mechanism, IReadOnlyList<string> Areas, IReadOnlyList<int[]> Evidence,
    IReadOnlyList<string> Sources, string? DateInferred, string? Series, IReadOnlyList<ConflictDto> Conflicts)
{
    /// <summary>Maps a stored event.</summary>
    public static EventDto From(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var e = stored.Event;
        return new EventDto(stored.Id, EventJson.Name(e.Type), EventJson.Name(e.Status), e.Date?.ToString(), Dto.Of(e.Location), e.Countries,
            Dto.Of(e.Participants), Dto.Of(e.Mechanism), e.Areas.Select(EventJson.Name).ToList(), Dto.Of(e.Evidence), stored.Sources,
            stored.Inferred?.Reason, stored.SeriesKey,
            stored.Conflicts.Select(c => new ConflictDto(c.Field, c.Values.Select(v => new ConflictValueDto(v.Value, v.Sources)).ToList())).ToList());
    }
}

/// <summary>An event as one source gives it (the spec's fields).</summary>
/// <param name="Type">Spec type name.</param>
/// <param name="Status">Spec status.</param>
/// <param name="Date">Spec date string, or null.</param>
/// <param name="Location">Venue, or null.</param>
/// <param name="Countries">Parties.</param>
/// <param name="Participants">Named people.</param>
/// <param name="Mechanism">Mechanism, or null.</param>
/// <param name="Areas">Cooperation areas.</param>
/// <param name="Evidence">Spans of this source's text, as <c>[start, end)</c> pairs.</param>
public sealed record SpecEventDto(string Type, string Status, string? Date, LocationDto? Location, IReadOnlyList<string> Countries,
    IReadOnlyList<ParticipantDto> Participants, MechanismDto? Mechanism, IReadOnlyList<string> Areas, IReadOnlyList<int[]> Evidence)
{
    /// <summary>Maps a model event.</summary>
    public static SpecEventDto From(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new SpecEventDto(EventJson.Name(e.Type), EventJson.Name(e.Status), e.Date?.ToString(), Dto.Of(e.Location), e.Countries,
            Dto.Of(e.Participants), Dto.Of(e.Mechanism), e.Areas.Select(EventJson.Name).ToList(), Dto.Of(e.Evidence));
    }
}

/// <summary>A span of a document's text that supports an event.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last.</param>
/// <param name="Text">The text of the span.</param>
public sealed record EvidenceDto(int Start, int End, string Text);

/// <summary>One document's report of an event: where it is, what it says, and the sentences that support it.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="Published">Publication date (YYYY-MM-DD), when known.</param>
/// <param name="Language">Language code, when known.</param>
/// <param name="EventIndex">Index of the event in the document's extraction.</param>
/// <param name="Event">The event as this document gives it.</param>
/// <param name="Evidence">The evidence spans with their text.</param>
public sealed record SourceReportDto(string DocumentId, string? Url, string? Published, string? Language, int EventIndex, SpecEventDto Event, IReadOnlyList<EvidenceDto> Evidence);

/// <summary>One event with every source's report and evidence.</summary>
/// <param name="Event">The agreed event.</param>
/// <param name="Reports">Each source's report, in ingestion order.</param>
public sealed record EventDetailDto(EventDto Event, IReadOnlyList<SourceReportDto> Reports);

/// <summary>A page of events.</summary>
/// <param name="Items">The events of the page.</param>
/// <param name="Total">How many events match in all.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">Events per page.</param>
public sealed record EventPage(IReadOnlyList<EventDto> Items, long Total, int Page, int PageSize);

/// <summary>A stored document.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Published">Publication date (YYYY-MM-DD).</param>
/// <param name="Language">Language code.</param>
/// <param name="Text">The full text; evidence offsets refer to it.</param>
public sealed record DocumentDto(string Id, string? Url, string? Published, string? Language, string Text);

/// <summary>Two countries with the number of events between them, by year and by type.</summary>
/// <param name="Countries">The two countries, sorted.</param>
/// <param name="Total">Events involving both.</param>
/// <param name="ByYear">Year (or <c>unknown</c>) → events.</param>
/// <param name="ByType">Type → events.</param>
public sealed record PairSummaryDto(IReadOnlyList<string> Countries, int Total, IReadOnlyDictionary<string, int> ByYear, IReadOnlyDictionary<string, int> ByType);

/// <summary>A person as the events of a pair show them.</summary>
/// <param name="Name">Name.</param>
/// <param name="Country">Country.</param>
/// <param name="Titles">Offices and ranks given.</param>
/// <param name="Events">Ids of the events they took part in.</param>
public sealed record PairPersonDto(string Name, string? Country, IReadOnlyList<string> Titles, IReadOnlyList<string> Events);

/// <summary>One session of a mechanism.</summary>
/// <param name="Edition">Ordinal, when known.</param>
/// <param name="Date">Spec date string.</param>
/// <param name="Location">Venue.</param>
/// <param name="Participants">Named participants.</param>
/// <param name="Sources">Reporting documents.</param>
/// <param name="Events">Stored events that are this session.</param>
/// <param name="DateInferred">Why the date was inferred, when it was.</param>
public sealed record EditionDto(int? Edition, string? Date, LocationDto? Location, IReadOnlyList<ParticipantDto> Participants,
    IReadOnlyList<string> Sources, IReadOnlyList<string> Events, string? DateInferred);

/// <summary>A recurring mechanism with its editions.</summary>
/// <param name="Key">Series key.</param>
/// <param name="Name">Display name.</param>
/// <param name="Names">Every name sources give it.</param>
/// <param name="Countries">The parties.</param>
/// <param name="Editions">Known sessions.</param>
/// <param name="Missing">Edition numbers no source reports.</param>
/// <param name="Conflicts">Readable disagreements.</param>
public sealed record MechanismSeriesDto(string Key, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Countries,
    IReadOnlyList<EditionDto> Editions, IReadOnlyList<int> Missing, IReadOnlyList<string> Conflicts)
{
    /// <summary>Maps a series.</summary>
    public static MechanismSeriesDto From(MechanismSeries s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new MechanismSeriesDto(s.Key, s.Name, s.Names, s.Countries,
            s.Editions.Select(e => new EditionDto(e.Edition, e.Date?.ToString(), Dto.Of(e.Location), Dto.Of(e.Participants), e.Sources, e.EventIds, e.Inferred)).ToList(),
            s.Missing, s.Conflicts);
    }
}

/// <summary>Everything the pair page shows: the events, their counts, mechanisms, areas over the years, people.</summary>
/// <param name="Countries">The two countries, sorted.</param>
/// <param name="Events">Events involving both, in date order.</param>
/// <param name="ByYear">Year → type → events.</param>
/// <param name="AreasByYear">Year → cooperation area → events.</param>
/// <param name="Mechanisms">Mechanism series between exactly these two.</param>
/// <param name="People">People who took part, most active first.</param>
public sealed record PairTimelineDto(IReadOnlyList<string> Countries, IReadOnlyList<EventDto> Events,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ByYear, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> AreasByYear,
    IReadOnlyList<MechanismSeriesDto> Mechanisms, IReadOnlyList<PairPersonDto> People);

/// <summary>A country of the network view.</summary>
/// <param name="Country">Alpha-3 code.</param>
/// <param name="Events">Events it is a party to.</param>
public sealed record NetworkNodeDto(string Country, int Events);

/// <summary>Which countries have defense contacts, and how many events each pair has.</summary>
/// <param name="Nodes">Countries.</param>
/// <param name="Links">Pairs with their event counts.</param>
public sealed record NetworkDto(IReadOnlyList<NetworkNodeDto> Nodes, IReadOnlyList<PairSummaryDto> Links);

/// <summary>An office a person held.</summary>
/// <param name="Title">Title.</param>
/// <param name="Country">Country it is held for.</param>
/// <param name="FirstSeen">Earliest date seen.</param>
/// <param name="LastSeen">Latest date seen.</param>
public sealed record OfficeDto(string Title, string? Country, string? FirstSeen, string? LastSeen);

/// <summary>A person of the record with offices and events.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Fullest name.</param>
/// <param name="Country">Country.</param>
/// <param name="Aliases">Every form of the name seen.</param>
/// <param name="Offices">Offices and ranks with dates.</param>
/// <param name="Events">Events they took part in.</param>
public sealed record PersonDto(string Id, string Name, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<OfficeDto> Offices, IReadOnlyList<string> Events);

/// <summary>What a POST of documents did, document by document.</summary>
/// <param name="Documents">One result per document, in input order.</param>
/// <param name="New">Documents stored.</param>
/// <param name="Unchanged">Documents already stored.</param>
/// <param name="Failed">Documents that could not be stored.</param>
public sealed record IngestResponse(IReadOnlyList<IngestItemDto> Documents, int New, int Unchanged, int Failed);

/// <summary>What happened to one posted document.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Status"><c>new</c>, <c>unchanged</c> or <c>failed</c>.</param>
/// <param name="EventsNew">Events created.</param>
/// <param name="EventsMerged">Reports merged into stored events.</param>
/// <param name="Error">Why it failed.</param>
public sealed record IngestItemDto(string Id, string Status, int EventsNew, int EventsMerged, string? Error);

/// <summary>A document to ingest, as POST /api/documents takes it (one object, an array, or one per line).</summary>
/// <param name="Id">Caller's identifier.</param>
/// <param name="Text">The dispatch text.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Published">Publication date, YYYY-MM-DD.</param>
/// <param name="Lang">Language hint (fr, en).</param>
public sealed record DocumentInput(string Id, string Text, string? Url, string? Published, string? Lang);

/// <summary>Conversions from the model to the API's shapes.</summary>
internal static class Dto
{
    public static LocationDto? Of(Location? l) => l is null ? null : new LocationDto(l.City, l.Country);

    public static IReadOnlyList<ParticipantDto> Of(IReadOnlyList<Participant> people) => people.Select(p => new ParticipantDto(p.Name, p.Country, p.Title)).ToList();

    public static MechanismDto? Of(Mechanism? m) => m is null ? null : new MechanismDto(m.Name, m.Edition);

    public static IReadOnlyList<int[]> Of(IReadOnlyList<TextSpan> spans) => spans.Select(s => new[] { s.Start, s.End }).ToList();

    public static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static EvidenceDto Span(string text, int start, int end)
    {
        var s = Math.Clamp(start, 0, text.Length);
        var e = Math.Clamp(end, s, text.Length);
        return new EvidenceDto(s, e, text[s..e]);
    }
}
