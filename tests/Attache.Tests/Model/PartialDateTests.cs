using Attache.Model;
using CsCheck;

namespace Attache.Tests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024-02-27", 2024, 2, 27)]
    [InlineData("2024-02", 2024, 2, null)]
    [InlineData("2019", 2019, null, null)]
    [InlineData("--03-04", null, 3, 4)]
    [InlineData("--11", null, 11, null)]
    public void TryParse_SpecForms_RoundTrip(string text, int? year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date!.ToString());
    }

    [Theory]
    [InlineData("2023-02-30")] // no such day
    [InlineData("2024-13")]
    [InlineData("27/02/2024")]
    [InlineData("")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void ToString_AnyCompleteDate_ParsesBack() =>
        Gen.Date.Select(d => DateOnly.FromDateTime(d)).Where(d => d.Year >= 1000)
            .Sample(d =>
            {
                var p = PartialDate.FromDate(d);
                Assert.True(PartialDate.TryParse(p.ToString(), out var back));
                Assert.Equal(d, back!.ToDateOnly());
            });
}
