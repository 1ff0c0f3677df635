namespace Attache.Model;

/// <summary>One defense-diplomacy occurrence extracted from a dispatch, as the event spec defines it.</summary>
/// <param name="Type">What kind of interaction it was.</param>
/// <param name="Status">Whether the dispatch reports it as news or refers to it as background.</param>
/// <param name="Date">When it happened, as precisely as the text allows; null when unknown.</param>
/// <param name="Location">Where it happened; null when the text gives not even a country.</param>
/// <param name="Countries">ISO 3166-1 alpha-3 codes of the parties, sorted.</param>
/// <param name="Participants">Named people who took part.</param>
/// <param name="Mechanism">The recurring mechanism it is a session of, if any.</param>
/// <param name="Areas">Cooperation areas discussed, agreed or carried out, sorted.</param>
/// <param name="Evidence">Spans of the original text that support the event.</param>
public sealed record Event(
    EventType Type,
    EventStatus Status,
    PartialDate? Date,
    Location? Location,
    IReadOnlyList<string> Countries,
    IReadOnlyList<Participant> Participants,
    Mechanism? Mechanism,
    IReadOnlyList<CooperationArea> Areas,
    IReadOnlyList<TextSpan> Evidence);

/// <summary>The kinds of event the spec distinguishes.</summary>
public enum EventType
{
    /// <summary>A session of a formal bilateral or multilateral mechanism.</summary>
    Dialogue,
    /// <summary>Talks, a reception or a courtesy call outside a formal mechanism.</summary>
    Meeting,
    /// <summary>An official visit to a country, or a delegation's visit to a unit or facility.</summary>
    Visit,
    /// <summary>Signing or adoption of an agreement, memorandum, joint statement or plan.</summary>
    Agreement,
    /// <summary>A joint exercise, drill, patrol or search-and-rescue operation.</summary>
    Exercise,
    /// <summary>A navy or coast guard ship's visit to a foreign port.</summary>
    PortCall,
    /// <summary>A handover, donation or funded programme of equipment, aid or services.</summary>
    Assistance,
    /// <summary>A training course or programme for foreign personnel.</summary>
    Training,
    /// <summary>A phone or video call.</summary>
    PhoneCall,
}

/// <summary>Whether an event is the dispatch's news or an earlier event it refers to.</summary>
public enum EventStatus
{
    /// <summary>Happened at or just before the time of writing.</summary>
    Reported,
    /// <summary>An earlier event referred to with at least a month and year.</summary>
    Background,
}

/// <summary>The cooperation areas the spec lists.</summary>
public enum CooperationArea
{
    /// <summary>Exchanges of delegations.</summary>
    DelegationExchange,
    /// <summary>Education and training.</summary>
    Training,
    /// <summary>Defense industry and equipment.</summary>
    DefenseIndustry,
    /// <summary>Military medicine.</summary>
    MilitaryMedicine,
    /// <summary>Cybersecurity.</summary>
    Cybersecurity,
    /// <summary>Search and rescue.</summary>
    SearchRescue,
    /// <summary>Disaster relief and prevention.</summary>
    DisasterRelief,
    /// <summary>Peacekeeping.</summary>
    Peacekeeping,
    /// <summary>Unexploded ordnance, mines, dioxin, missing in action.</summary>
    WarLegacy,
    /// <summary>Security and law enforcement at sea.</summary>
    MaritimeSecurity,
    /// <summary>Mutual support in ASEAN, ADMM, ADMM+, ARF, the UN.</summary>
    MultilateralCoordination,
    /// <summary>Information and intelligence sharing.</summary>
    InformationSharing,
    /// <summary>Capacity building.</summary>
    CapacityBuilding,
    /// <summary>Counter-terrorism.</summary>
    CounterTerrorism,
    /// <summary>Navy-to-navy exchanges, port calls, activities at sea.</summary>
    NavalCooperation,
}
