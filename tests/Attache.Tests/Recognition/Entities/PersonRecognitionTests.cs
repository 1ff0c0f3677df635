using Attache.Extraction;
using Attache.Model;

namespace Attache.Tests.Recognition.Entities;

/// <summary>Capitalised runs that are not people never become participants.</summary>
public class PersonRecognitionTests
{
    private static readonly Extractor Extractor = new();

    [Theory]
    [InlineData("en", "Paris (AFP) – French Armed Forces Minister Sébastien Lecornu received Indonesian Defence Minister Sjafrie Sjamsoeddin in Paris on March 3, 2025, as Naval Group and Thales Group signed contracts with Len Industri.", "Group")]
    [InlineData("fr", "Paris (AFP) – Le ministre français des Armées Sébastien Lecornu a reçu le 3 mars 2025 à Paris le ministre indonésien de la Défense Sjafrie Sjamsoeddin, tandis que Naval Group et Thales Group signaient des contrats avec Len Industri.", "Group")]
    [InlineData("en", "Hanoi (VNA) – Vietnamese Defence Minister Phan Van Giang received US Ambassador Marc Knapper in Hanoi on March 3, 2025 to discuss Agent Orange clean-up.", "Agent")]
    [InlineData("fr", "Cam Ranh (VNA) – La frégate française Prairial a fait escale le 1er mars 2025 au port de Cam Ranh dans la province de Khanh Hoa, où le capitaine de frégate Jean Martin a rencontré les autorités locales.", "Khanh")]
    [InlineData("en", "Cam Ranh (VNA) – The Japanese destroyer JS Takanami docked at Cam Ranh port in the south central province of Khanh Hoa on March 1, 2025, its commander Captain Sato Kenji said.", "Khanh")]
    public void FirmsPlacesAndThings_AreNotParticipants(string lang, string text, string notAName)
    {
        var names = Extractor.Extract(new Document("t", text, Language: lang)).Events.SelectMany(e => e.Participants).Select(p => p.Name).ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => n.Contains(notAName, StringComparison.Ordinal) || n.Contains("Industri", StringComparison.Ordinal));
    }
    [Fact]
    public void ShortFormOfAName_IsThePersonNotTheTownOfTheSameName()
    {
        var talks = Assert.Single(Extractor.Extract(new Document("t", "Hanoi (VNA) – Deputy Defence Minister Sen. Lt. Gen. Nguyen Chi Vinh received British Defence Attaché Colonel John Smith in Hanoi on May 5, 2016. Vinh said that the two countries should expand training and peacekeeping cooperation.", Language: "en")).Events);
        Assert.Equal("Hanoi", talks.Location?.City);
        Assert.Contains(talks.Participants, p => p.Name == "Nguyen Chi Vinh");
        var inTown = Assert.Single(Extractor.Extract(new Document("t", "Vinh (VNA) – Vietnamese Defence Minister Phan Van Giang received Lao Defence Minister Chansamone Chanyalath in Vinh on May 5, 2016.", Language: "en")).Events);
        Assert.Equal("Vinh", inTown.Location?.City);
    }
}
