using Attache.Model;

namespace Attache.Tests.Record;

/// <summary>Builds invented events for merging tests (no dispatch text involved).</summary>
internal static class Fx
{
    public static Event Ev(EventType type, string? date, string[] countries, Participant[]? people = null, Mechanism? mechanism = null,
        Location? location = null, EventStatus status = EventStatus.Reported, CooperationArea[]? areas = null)
    {
        PartialDate? d = null;
        if (date is not null) Assert.True(PartialDate.TryParse(date, out d));
        return new Event(type, status, d, location, countries.Order(StringComparer.Ordinal).ToArray(), people ?? [], mechanism, areas ?? [], []);
    }

    public static Participant P(string name, string? country = null, string? title = null) => new(name, country, title);
}
