using System.Text.Json;
using Attache.Model;

namespace Attache.Tests.Specs;

public class SpecMatcherTests
{
    private static JsonElement Expected(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Event Meeting(string? date, string? city, params string[] names) => new(
        EventType.Meeting, EventStatus.Reported, date is null ? null : Parse(date), city is null ? null : new Location(city, "VNM"),
        ["JPN", "VNM"], [.. names.Select(n => new Participant(n, null, null))], null, [CooperationArea.Training], [new TextSpan(0, 5)]);

    private static PartialDate Parse(string s) => PartialDate.TryParse(s, out var d) ? d! : throw new ArgumentException(s);

    private const string Spec = """
        {"type": "meeting", "date": "--03-04", "countries": ["JPN", "VNM"], "participants": ["Hoàng Xuân Chiên", "Serizawa Kiyoshi"],
         "location": {"city": "Hanoi", "country": "VNM"}, "mechanism": null, "areas": ["training"]}
        """;

    [Fact]
    public void Matches_IgnoringDiacriticsCaseAndWordOrder_AndAddedYear() =>
        Assert.Null(SpecMatcher.Mismatch(Expected(Spec), Meeting("2024-03-04", "Ha Noi", "hoang xuan chien", "Kiyoshi Serizawa")));

    [Theory]
    [InlineData("2024-03-05", "Hanoi", "Hoang Xuan Chien", "Serizawa Kiyoshi")]
    [InlineData("--03-04", "Tokyo", "Hoang Xuan Chien", "Serizawa Kiyoshi")]
    [InlineData("--03-04", "Hanoi", "Hoang Xuan Chien")]
    [InlineData(null, "Hanoi", "Hoang Xuan Chien", "Serizawa Kiyoshi")]
    public void Detects_WrongField(string? date, string city, params string[] names) =>
        Assert.NotNull(SpecMatcher.Mismatch(Expected(Spec), Meeting(date, city, names)));

    [Theory]
    [InlineData("2024-02", "2024-02", true)]
    [InlineData("2024-02", "2024-02-27", false)]
    [InlineData("--02-27", "2024-02-27", true)]
    [InlineData("--02", "2024-02-27", true)]
    [InlineData("--02-27", "2024-02-28", false)]
    public void DateCorrect_OnlyYearlessExpectationsAcceptMorePrecision(string expected, string actual, bool ok) =>
        Assert.Equal(ok, SpecMatcher.DateCorrect(Parse(actual), expected));

    [Fact]
    public void Align_NeedsDistinctPredictions()
    {
        var e = Expected("""{"type": "meeting", "countries": ["JPN", "VNM"]}""");
        var one = Meeting(null, null);
        Assert.Single(SpecMatcher.Align([e, e], [one]));
        Assert.Empty(SpecMatcher.Align([e, e], [one, one]));
    }
}
