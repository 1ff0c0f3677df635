using Attache.Events.Arguments;
using Attache.Model;
using Attache.Recognition;
using Attache.Serialization;

namespace Attache.Events;

/// <summary>Turns a finished draft into the event the spec defines, with the source of each field.</summary>
internal static class EventOutput
{
    /// <summary>The event of <paramref name="d"/>; <paramref name="toOriginal"/> leads spans of the cleaned text back to the original.</summary>
    internal static (Event Event, FieldSources Sources) ToEvent(AnalyzedText a, Draft d, List<Draft> all, Func<TextSpan, TextSpan> toOriginal)
    {
        var sources = d.Sources ?? FieldSources.Empty;
        var (areas, areaSource) = AreasRule.Apply(a, d, all);
        sources = sources.With(EventField.Areas, areaSource);
        var (participants, adjusted) = ParticipantsRule.ForEvent(a, d);
        if (adjusted is not null)
            sources = sources.With(EventField.Participants, sources[EventField.Participants] with { Reason = sources[EventField.Participants].Reason + "; " + adjusted });
        var location = PlaceRule.ForEvent(d);
        if (location is null && d.Location is not null) sources = sources.With(EventField.Location, new FieldSource(nameof(PlaceRule), "a call takes place on the line: no place"));
        var evidence = d.Sentences.Order().Select(si => a.Sentences[si]).Select(s => toOriginal(new TextSpan(s.CharStart, s.CharEnd))).ToList();
        var e = new Event(d.Type, d.Status, d.Date, location, d.Countries.Order(StringComparer.Ordinal).ToList(), participants, d.Mechanism,
            areas.OrderBy(EventJson.Name, StringComparer.Ordinal).ToList(), evidence);
        return (e, sources);
    }
}
