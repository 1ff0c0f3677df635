using System.Globalization;
using System.Text.RegularExpressions;
using Attache.Model;

namespace Attache.Input;

/// <summary>The date a page's address gives (<c>/2025/02/16/</c>, <c>-2022-09-08</c>, <c>/2014/11/</c>): usually its publication.</summary>
public static partial class UrlDate
{
    /// <summary>The date in <paramref name="url"/>: a day, or a year and month when only those are given; null when there is none.</summary>
    public static PartialDate? Parse(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = Pattern().Match(url);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["d"].Success) return new PartialDate(year, month, null);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})[/-](?<m>0[1-9]|1[0-2])(?:[/-](?<d>0[1-9]|[12][0-9]|3[01]))?(?![0-9])")]
    private static partial Regex Pattern();
}
