using Attache.Extraction;
using Attache.Model;

namespace Attache.Tests.Recognition.Entities;

/// <summary>A person's country comes from the nationality nearest the name in the title, never from the country one is posted to;
/// with none, from the side of a bilateral event nobody else speaks for.</summary>
public class PersonCountryTests
{
    private static readonly Extractor Extractor = new();

    [Theory]
    [InlineData("fr", "Hanoi (VNA) – La visite officielle au Vietnam du ministre japonais de la Défense Kihara Minoru, du 7 au 9 juillet 2025, marque une nouvelle étape de la coopération de défense entre les deux pays.", "Kihara Minoru", "JPN")]
    [InlineData("en", "Hanoi (VNA) – The official visit to Vietnam by Japanese Defence Minister Kihara Minoru from July 7 to 9, 2025 marks a new step in defence cooperation between the two countries.", "Kihara Minoru", "JPN")]
    [InlineData("en", "Hanoi (VNA) – Deputy Defence Minister Sen. Lt. Gen. Hoang Xuan Chien received Japanese Ambassador to Vietnam Ito Naoki in Hanoi on July 8, 2025.", "Ito Naoki", "JPN")]
    [InlineData("fr", "Hanoi (VNA) – Le ministre vietnamien de la Défense Phan Van Giang a reçu le 8 juillet 2025 à Hanoi l'ambassadeur de Russie au Vietnam, Guennadi Bezdetko.", "Guennadi Bezdetko", "RUS")]
    [InlineData("en", "New Delhi (VNA) – Talks between the Vietnamese Deputy Defence Minister and the Defence Secretary of India Rajesh Kumar Singh were held in New Delhi on March 3, 2025.", "Rajesh Kumar Singh", "IND")]
    [InlineData("fr", "Le ministre nigérien de la Défense, le général Salifou Mody, a entamé le 11 mars 2025 à Saint-Pétersbourg une visite officielle en Russie. Le 12 mars, le vice-ministre russe de la Défense Iounous-Bek Evkourov a eu des entretiens avec le général Salifou Mody sur la coopération militaire.", "Salifou Mody", "NER")]
    // No nationality at all: between two countries, the side nobody else named speaks for.
    [InlineData("en", "Hanoi (VNA) – Vietnamese Defence Minister Phan Van Giang received Admiral Pierre Vandier in Hanoi on July 8, 2025, during his visit to strengthen France–Vietnam naval cooperation.", "Pierre Vandier", "FRA")]
    [InlineData("fr", "Hanoi (VNA) – Le ministre vietnamien de la Défense Phan Van Giang a reçu le 8 juillet 2025 à Hanoi l'amiral Pierre Vandier, en visite pour renforcer la coopération navale France-Vietnam.", "Pierre Vandier", "FRA")]
    public void Participant_GetsTheRightCountry(string lang, string text, string name, string country)
    {
        var events = Extractor.Extract(new Document("t", text, Language: lang)).Events;
        var person = Assert.Single(events.SelectMany(e => e.Participants).Where(p => p.Name == name).DistinctBy(p => p.Country));
        Assert.Equal(country, person.Country);
    }
}
