using Attache.Extraction;
using Attache.Model;

namespace Attache.Tests.Recognition.Entities;

/// <summary>Capitalised runs that are not people never become participants.</summary>
public class PersonRecognitionTests
{
    private static readonly Extractor Extractor = new();

    [Theory]
    [InlineData("en", "Paris (AFP) – French Armed Forces Minister Sébastien Lecornu received Indonesian Defence Minister Sjafrie Sjamsoeddin in Paris on March 3, 2025, as Naval Group and Thales Group signed contracts with Len Industri.")]
    [InlineData("fr", "Paris (AFP) – Le ministre français des Armées Sébastien Lecornu a reçu le 3 mars 2025 à Paris le ministre indonésien de la Défense Sjafrie Sjamsoeddin, tandis que Naval Group et Thales Group signaient des contrats avec Len Industri.")]
    [InlineData("en", "Hanoi (VNA) – Vietnamese Defence Minister Phan Van Giang received US Ambassador Marc Knapper in Hanoi on March 3, 2025 to discuss Agent Orange clean-up.")]
    public void FirmsAndThings_AreNotParticipants(string lang, string text)
    {
        var names = Extractor.Extract(new Document("t", text, Language: lang)).Events.SelectMany(e => e.Participants).Select(p => p.Name).ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => n.Contains("Group", StringComparison.Ordinal) || n.Contains("Industri", StringComparison.Ordinal) || n.Contains("Agent", StringComparison.Ordinal));
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
