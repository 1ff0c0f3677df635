using Attache.Model;
using Attache.Record;
using static Attache.Tests.Record.Fx;

namespace Attache.Tests.Record;

public class DateInferenceTests
{
    [Fact]
    public void Infer_PeopleInOfficeTogetherOnlyIn2019_Gives2019()
    {
        // Seed dispatch 004's case: a chief of general staff, a chief of staff and a defense minister, on 4 March.
        var people = new[] { P("Phan Van Giang", "VNM"), P("Katsutoshi Kawano", "JPN"), P("Iwaya", "JPN") };
        var result = DateInference.Infer(new PartialDate(null, 3, 4), people, 2025);
        Assert.NotNull(result);
        Assert.Equal("2019-03-04", result.Date.ToString());
        Assert.Contains("2019", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_SeveralYearsPossible_GivesNothing() =>
        Assert.Null(DateInference.Infer(new PartialDate(null, 3, 4), [P("Phan Van Giang", "VNM"), P("Katsutoshi Kawano", "JPN")], 2025));

    [Fact]
    public void Infer_DateWithYear_GivesNothing() =>
        Assert.Null(DateInference.Infer(new PartialDate(2019, 3, 4), [P("Takeshi Iwaya", "JPN")], 2025));

    [Fact]
    public void Infer_UnknownPeople_GivesNothing() =>
        Assert.Null(DateInference.Infer(new PartialDate(null, 3, 4), [P("Nobody Known", "LAO")], 2025));

    [Fact]
    public void Seed_ParsesEveryLine() => Assert.True(OfficialSeed.Default.Offices.Count >= 30);
}
