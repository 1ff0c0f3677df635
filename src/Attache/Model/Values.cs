using System.Globalization;

namespace Attache.Model;

/// <summary>Where an event took place: a city (English exonym) and an ISO 3166-1 alpha-3 country.</summary>
/// <param name="City">The town or city, or null when the text names none.</param>
/// <param name="Country">The country code, or null when unknown.</param>
public sealed record Location(string? City, string? Country);

/// <summary>A named person who took part in an event.</summary>
/// <param name="Name">The name as the document gives it, without title or rank.</param>
/// <param name="Country">The country the person acts for, when known.</param>
/// <param name="Title">The office or rank the document gives, when any.</param>
public sealed record Participant(string Name, string? Country, string? Title);

/// <summary>A named recurring mechanism and the edition an event is a session of.</summary>
/// <param name="Name">The mechanism's name as the text gives it.</param>
/// <param name="Edition">The ordinal edition, when the text gives one.</param>
public sealed record Mechanism(string Name, int? Edition);

/// <summary>A half-open span <c>[Start, End)</c> of a text in UTF-16 code units.</summary>
/// <param name="Start">First code unit of the span.</param>
/// <param name="End">One past the last code unit.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of code units covered.</summary>
    public int Length => End - Start;
}

/// <summary>A calendar date of which the year, the day, or both may be unknown.</summary>
/// <param name="Year">The year, or null when the text does not give it.</param>
/// <param name="Month">The month, or null when only the year is known.</param>
/// <param name="Day">The day of the month, or null.</param>
public sealed record PartialDate(int? Year, int? Month, int? Day)
{
    /// <summary>Builds a complete date.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>True when year, month and day are all known.</summary>
    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    /// <summary>The complete date, when it is one.</summary>
    public DateOnly? ToDateOnly() =>
        IsComplete && Day <= DateTime.DaysInMonth(Year!.Value, Month!.Value) ? new DateOnly(Year.Value, Month!.Value, Day!.Value) : null;

    /// <summary>Formats as the spec does: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, <c>--MM-DD</c> or <c>--MM</c>.</summary>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        if (Year is int y)
        {
            if (Month is not int m) return y.ToString("D4", inv);
            return Day is int d ? $"{y:D4}-{m:D2}-{d:D2}" : $"{y:D4}-{m:D2}";
        }
        if (Month is int mm) return Day is int dd ? $"--{mm:D2}-{dd:D2}" : $"--{mm:D2}";
        return "";
    }

    /// <summary>Parses the spec's formats; returns false for anything else.</summary>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var inv = CultureInfo.InvariantCulture;
        if (text.StartsWith("--", StringComparison.Ordinal))
        {
            var p = text[2..].Split('-');
            if (p.Length is < 1 or > 2 || !int.TryParse(p[0], NumberStyles.None, inv, out var m) || m is < 1 or > 12) return false;
            int? d = null;
            if (p.Length == 2)
            {
                if (!int.TryParse(p[1], NumberStyles.None, inv, out var dd) || dd is < 1 or > 31) return false;
                d = dd;
            }
            date = new PartialDate(null, m, d);
            return true;
        }
        var parts = text.Split('-');
        if (parts.Length > 3) return false;
        var vals = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, inv, out vals[i])) return false;
        if (parts.Length >= 2 && vals[1] is < 1 or > 12) return false;
        if (parts.Length == 3 && (vals[2] < 1 || vals[2] > DateTime.DaysInMonth(vals[0] is >= 1 and <= 9999 ? vals[0] : 2000, vals[1]))) return false;
        date = new PartialDate(vals[0], parts.Length > 1 ? vals[1] : null, parts.Length > 2 ? vals[2] : null);
        return true;
    }
}

/// <summary>The events extracted from one document.</summary>
/// <param name="DocumentId">The document's identifier.</param>
/// <param name="Events">The events, in order of first mention.</param>
/// <param name="Trace">Why these events and not others, when the extraction was asked to explain itself.</param>
public sealed record ExtractionResult(string DocumentId, IReadOnlyList<Event> Events, ExtractionTrace? Trace = null);
