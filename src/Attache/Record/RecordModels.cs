using Attache.Model;

namespace Attache.Record;

/// <summary>A document as the store keeps it.</summary>
/// <param name="Id">The caller's identifier.</param>
/// <param name="ContentHash">SHA-256 of the normalised text (<see cref="DocumentHash"/>).</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="Text">The text as given; evidence offsets refer to it.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Language">Language code, when known.</param>
public sealed record DocumentRecord(string Id, string ContentHash, string? Url, string Text, DateOnly? Published, string? Language)
{
    /// <summary>Builds the record of a model document, computing its hash.</summary>
    public static DocumentRecord FromDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentRecord(document.Id, DocumentHash.Of(document.Text), document.Url, document.Text, document.Published, document.Language);
    }
}

/// <summary>One document's report of an event: the values that document gives, with its evidence.</summary>
/// <param name="DocumentId">The reporting document.</param>
/// <param name="EventIndex">The event's index in that document's extraction result.</param>
/// <param name="Event">The event as that document gives it.</param>
public sealed record SourceReport(string DocumentId, int EventIndex, Event Event);

/// <summary>A value of a field and the documents that give it.</summary>
/// <param name="Value">The value as text.</param>
/// <param name="Sources">Ids of the documents that give it.</param>
public sealed record ConflictValue(string Value, IReadOnlyList<string> Sources);

/// <summary>A field on which the sources of one event disagree.</summary>
/// <param name="Field">The spec field name (<c>date</c>, <c>location</c>, <c>type</c>…).</param>
/// <param name="Values">Each distinct value with its sources; the first is the chosen one.</param>
public sealed record FieldConflict(string Field, IReadOnlyList<ConflictValue> Values);

/// <summary>How the date of a stored event was obtained when the sources do not give it in full.</summary>
/// <param name="Date">The inferred date.</param>
/// <param name="Reason">A readable explanation.</param>
public sealed record DateInferenceResult(PartialDate Date, string Reason);

/// <summary>An event of the record: the agreed values of all its reports.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Event">The agreed values (evidence left empty: evidence is kept per source).</param>
/// <param name="Sources">Ids of the documents that report it, in ingestion order.</param>
/// <param name="Conflicts">Fields on which sources disagree.</param>
/// <param name="Inferred">Set when the date was completed from the knowledge base.</param>
/// <param name="SeriesKey">The mechanism series it belongs to, if any.</param>
public sealed record StoredEvent(string Id, Event Event, IReadOnlyList<string> Sources, IReadOnlyList<FieldConflict> Conflicts, DateInferenceResult? Inferred, string? SeriesKey);

/// <summary>What ingesting one document did.</summary>
/// <param name="IsNew">False when the document was already stored (same content hash, or an earlier text of its URL).</param>
/// <param name="EventsNew">Events created.</param>
/// <param name="EventsMerged">Reports merged into events already stored.</param>
/// <param name="Revision">The document's revision: 1 when first stored, more when its URL came back with a new text.</param>
/// <param name="DocumentId">The id the document is stored under (a revision keeps the id of the document it revises), when stored.</param>
public sealed record IngestOutcome(bool IsNew, int EventsNew, int EventsMerged, int Revision = 1, string? DocumentId = null);

/// <summary>An office or rank a person was seen holding.</summary>
/// <param name="Title">The title as first seen.</param>
/// <param name="Country">The country it is held for, when known.</param>
/// <param name="FirstSeen">Earliest event date it was seen on (spec date form), when dated.</param>
/// <param name="LastSeen">Latest event date it was seen on, when dated.</param>
public sealed record OfficeRecord(string Title, string? Country, string? FirstSeen, string? LastSeen);

/// <summary>A person of the knowledge base.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Name">The fullest name seen.</param>
/// <param name="Country">The country the person acts for, when known.</param>
/// <param name="Aliases">Every form of the name seen.</param>
/// <param name="Offices">Offices and ranks seen, with first and last dates.</param>
/// <param name="EventIds">Events the person took part in.</param>
public sealed record PersonRecord(string Id, string Name, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<OfficeRecord> Offices, IReadOnlyList<string> EventIds);

/// <summary>Filters for listing events; null members do not filter.</summary>
public sealed record EventQuery
{
    /// <summary>Events one of whose parties is this country (alpha-3).</summary>
    public string? Country { get; init; }

    /// <summary>Events one of whose parties is this country as well (with <see cref="Country"/>, a pair).</summary>
    public string? Partner { get; init; }

    /// <summary>Exact spec type name, e.g. <c>dialogue</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Cooperation area spec name, e.g. <c>war_legacy</c>.</summary>
    public string? Area { get; init; }

    /// <summary>Substring of the mechanism name or series key (case and accents ignored).</summary>
    public string? Mechanism { get; init; }

    /// <summary>Name of a participant (any known form).</summary>
    public string? Person { get; init; }

    /// <summary>Earliest date (inclusive), <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? From { get; init; }

    /// <summary>Latest date (inclusive), same forms.</summary>
    public string? To { get; init; }

    /// <summary>Substring of a source document's text.</summary>
    public string? Text { get; init; }

    /// <summary>Only events that are sessions of a mechanism.</summary>
    public bool WithMechanism { get; init; }

    /// <summary>At most this many events (null: all).</summary>
    public int? Limit { get; init; }

    /// <summary>Skip this many matching events first (for paging, with <see cref="Limit"/>).</summary>
    /// <remarks>64 bits: page × page size of a far page (2,147,483,647 × 500) must not wrap around to page 1.</remarks>
    public long Offset { get; init; }

    /// <summary>Latest dates first instead of earliest first.</summary>
    public bool Descending { get; init; }
}
