using Attache.Model;

namespace Attache.Events;

/// <summary>The fields of an event whose origin the assembly trace records.</summary>
internal enum EventField
{
    /// <summary>The event type (from the trigger).</summary>
    Type,
    /// <summary>The date.</summary>
    Date,
    /// <summary>The place.</summary>
    Location,
    /// <summary>The parties.</summary>
    Countries,
    /// <summary>The named people.</summary>
    Participants,
    /// <summary>The mechanism and its edition.</summary>
    Mechanism,
    /// <summary>The cooperation areas.</summary>
    Areas,
    /// <summary>Reported or background.</summary>
    Status,
}

/// <summary>Where one field came from: the rule that set it, why, and the evidence (a span of the cleaned text), if any.</summary>
internal readonly record struct FieldSource(string Rule, string Reason, TextSpan? Span = null);

/// <summary>The source of every field of a draft; changing one gives a new set, so drafts can share them.</summary>
internal sealed class FieldSources
{
    private static readonly int Count = Enum.GetValues<EventField>().Length;
    private readonly FieldSource[] _sources;

    private FieldSources(FieldSource[] sources) => _sources = sources;

    /// <summary>No field has a source yet.</summary>
    internal static FieldSources Empty { get; } = new(new FieldSource[Count]);

    /// <summary>The source of <paramref name="field"/> (a default value, with a null rule, when none was recorded).</summary>
    internal FieldSource this[EventField field] => _sources[(int)field];

    /// <summary>A new, empty array of one source per field, for a builder that fills it before <see cref="From"/>.</summary>
    internal static FieldSource[] NewArray() => new FieldSource[Count];

    /// <summary>The sources in <paramref name="sources"/> (one per field, as <see cref="NewArray"/> gives), copied.</summary>
    internal static FieldSources From(FieldSource[] sources) => new((FieldSource[])sources.Clone());

    /// <summary>A copy with <paramref name="field"/> set to <paramref name="source"/>.</summary>
    internal FieldSources With(EventField field, FieldSource source)
    {
        var copy = (FieldSource[])_sources.Clone();
        copy[(int)field] = source;
        return new FieldSources(copy);
    }
}
