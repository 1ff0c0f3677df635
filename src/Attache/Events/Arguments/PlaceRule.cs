using Attache.Model;

namespace Attache.Events.Arguments;

/// <summary>
/// The place the sentence gives: a city after "à"/"in"/"at", then any city, then a country after "au"/"in"
/// (<see cref="EventPlaces.LocationIn"/>); a call has no place.
/// </summary>
internal sealed class PlaceRule : IArgumentRule
{
    public string Name => nameof(PlaceRule);

    public string? Apply(ArgumentContext c)
    {
        // Exercises and patrols are held at sea; talks, visits and port calls are in a town ("Subic Bay", "au large de").
        c.Location = EventPlaces.LocationIn(c.A, c.S, c.Trigger.End, atSea: c.Trigger.Type == EventType.Exercise);
        if (c.Location is null) c.Source(EventField.Location, Name, "no place in the sentence", null);
        else if (c.Location == EventPlaces.AtSea) c.Source(EventField.Location, Name, "at sea: a strait, gulf or sea is no town and no country", c.SentenceSpan);
        else c.Source(EventField.Location, Name, c.Location.City is null ? "a country the event is in or goes to" : "a city the sentence names",
            Evidence.Place(c.A, c.Si, c.Si + 1, c.Location) ?? c.SentenceSpan);
        return null;
    }

    /// <summary>A call takes place on the line: the dateline is where the dispatch was filed, not where the parties were.</summary>
    internal static Location? ForEvent(Draft d) => d.Type == EventType.PhoneCall || d.Location == EventPlaces.AtSea ? null : d.Location;
}
