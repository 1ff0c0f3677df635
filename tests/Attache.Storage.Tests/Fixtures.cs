using Attache.Model;
using Attache.Record;

namespace Attache.Storage.Tests;

/// <summary>Invented dispatches and the events an extractor would give for them (no real dispatch text).</summary>
internal static class Fixtures
{
    public static DocumentRecord Doc(string id, string text, string? url = null, string lang = "en") =>
        DocumentRecord.FromDocument(new Document(id, text, url, null, lang));

    public static Event Ev(EventType type, string? date, string[] countries, Participant[]? people = null, Mechanism? mechanism = null,
        Location? location = null, EventStatus status = EventStatus.Reported, CooperationArea[]? areas = null)
    {
        PartialDate? d = null;
        if (date is not null) Assert.True(PartialDate.TryParse(date, out d));
        return new Event(type, status, d, location, countries.Order(StringComparer.Ordinal).ToArray(), people ?? [], mechanism, areas ?? [], [new TextSpan(0, 10)]);
    }

    public static Participant P(string name, string? country = null, string? title = null) => new(name, country, title);

    public static readonly string[] LaoTha = ["LAO", "THA"];

    /// <summary>The 6th Laos–Thailand defence policy dialogue, reported by three invented outlets in two languages.</summary>
    public static (DocumentRecord Doc, Event[] Events)[] SixthDialogue() =>
    [
        (Doc("fr-1", "Vientiane, 12 mai - Le 6e Dialogue sur la politique de défense Laos-Thaïlande s'est tenu à Vientiane.", "https://example.org/fr/1", "fr"),
        [
            Ev(EventType.Dialogue, "2022-05-12", LaoTha, [P("Gén. Somsak Vongsa", "LAO", "vice-ministre de la Défense"), P("Anan Chaiyo", "THA", "secrétaire permanent")],
                new Mechanism("Dialogue sur la politique de défense Laos-Thaïlande", 6), new Location("Vientiane", "LAO"), areas: [CooperationArea.Training]),
            Ev(EventType.Dialogue, "2019-03", LaoTha, mechanism: new Mechanism("dialogue sur la politique de défense", 5), location: new Location("Bangkok", "THA"), status: EventStatus.Background),
        ]),
        (Doc("en-1", "VIENTIANE, May 12 - Laos and Thailand held their sixth Defence Policy Dialogue on Thursday.", "https://example.com/en/1"),
        [
            Ev(EventType.Dialogue, "2022-05-12", LaoTha, [P("Somsak Vongsa", "LAO", "Deputy Defence Minister"), P("Anan Chaiyo", "THA")],
                new Mechanism("Laos-Thailand Defence Policy Dialogue", 6), new Location("Vientiane", "LAO"), areas: [CooperationArea.Peacekeeping]),
            Ev(EventType.Meeting, "2022-05-12", LaoTha, [P("Khamla Phengsy", "LAO", "Defence Minister"), P("Anan Chaiyo", "THA")], location: new Location("Vientiane", "LAO")),
        ]),
        (Doc("en-2", "Thai and Lao officials met in Vientiane for the 6th round of defence policy talks.", "https://example.net/en/2"),
        [
            Ev(EventType.Dialogue, "2022-05-13", LaoTha, [P("Somsak", "LAO"), P("Chaiyo Anan", "THA")],
                new Mechanism("defence policy dialogue", 6), new Location("Vientiane", "LAO")),
        ]),
    ];
}
