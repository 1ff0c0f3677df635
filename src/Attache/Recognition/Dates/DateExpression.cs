using Attache.Model;

namespace Attache.Recognition.Dates;

/// <summary>The calendar unit of a relative offset.</summary>
public enum DateUnit
{
    /// <summary>Days ("hier", "yesterday").</summary>
    Day,

    /// <summary>Weeks ("la semaine dernière", "last week").</summary>
    Week,

    /// <summary>Months ("le mois dernier", "last month").</summary>
    Month,

    /// <summary>Years ("l'an dernier", "last year").</summary>
    Year,
}

/// <summary>What a relative offset counts from.</summary>
public enum DateAnchor
{
    /// <summary>The document's reference (publication or header) date.</summary>
    Reference,

    /// <summary>The date of the event mentioned just before ("le même jour", "the same day").</summary>
    Previous,
}

/// <summary>Which occurrence of a named weekday or month is meant.</summary>
public enum DateDirection
{
    /// <summary>No qualifier: a bare weekday is the most recent one on or before the reference; a month follows the year rules.</summary>
    None,

    /// <summary>"lundi dernier", "last Monday", "mars dernier": the most recent one strictly before the reference.</summary>
    Last,

    /// <summary>"ce lundi", "this Monday": the one in the reference's week (Monday to Sunday), or the reference year for a month.</summary>
    This,

    /// <summary>"lundi prochain", "next Monday": the first one strictly after the reference.</summary>
    Next,
}

/// <summary>A signed offset from an anchor date.</summary>
/// <param name="Unit">The calendar unit.</param>
/// <param name="Amount">How many units; negative is before the anchor.</param>
/// <param name="Anchor">What the offset counts from.</param>
public readonly record struct DateOffset(DateUnit Unit, int Amount, DateAnchor Anchor = DateAnchor.Reference);

/// <summary>What a date mention says, before it is resolved against a context.</summary>
/// <remarks>
/// Absolute parts (<see cref="Year"/>, <see cref="Month"/>, <see cref="Day"/>) are what the text gives; a range keeps its
/// first day and the part of the day is dropped. With an <see cref="Offset"/> in years, the month and day are taken
/// within the offset year ("in July last year").
/// </remarks>
/// <param name="Year">The year the text gives, or null.</param>
/// <param name="Month">The month the text gives, or null.</param>
/// <param name="Day">The day of the month the text gives, or null.</param>
/// <param name="Weekday">The weekday the text gives, or null.</param>
/// <param name="Direction">Which occurrence of a named weekday or month is meant.</param>
/// <param name="Offset">A relative offset ("hier", "last year", "the same day"), or null.</param>
public sealed record DateExpression(
    int? Year,
    int? Month,
    int? Day,
    DayOfWeek? Weekday = null,
    DateDirection Direction = DateDirection.None,
    DateOffset? Offset = null)
{
    /// <summary>True for "le même jour", "the same day" and the like.</summary>
    public bool IsSameDayAsPrevious => Offset is { Anchor: DateAnchor.Previous, Unit: DateUnit.Day, Amount: 0 };

    /// <summary>An absolute, possibly partial, date.</summary>
    public static DateExpression FromParts(int? year, int? month, int? day) => new(year, month, day);

    /// <summary>A purely relative expression.</summary>
    public static DateExpression FromOffset(DateOffset offset) => new(null, null, null, Offset: offset);
}

/// <summary>A date expression found in a text.</summary>
/// <param name="Span">Where it is, in offsets of the text given to <see cref="DateRecognizer.Recognize"/>.</param>
/// <param name="Expression">What it says.</param>
public sealed record DateMention(TextSpan Span, DateExpression Expression);

/// <summary>What relative and partial dates are resolved against.</summary>
/// <param name="Reference">The document's publication date or header date (often only year and month), or null.</param>
/// <param name="Previous">The date of the event mentioned just before, for same-day anaphora, or null.</param>
public sealed record DateContext(PartialDate? Reference, PartialDate? Previous);
