using Attache.Events.Arguments;

namespace Attache.Events.Passes;

/// <summary>
/// An event whose sentence names no place takes one from the sentences it owns, else the country a visit goes to, else
/// the dateline, else the opening sentences (<see cref="EventPlaces.FillLocations"/>).
/// </summary>
internal sealed class FilledPlaces : IDocumentPass
{
    public string Name => nameof(FilledPlaces);

    public List<Draft> Run(PassContext c, List<Draft> drafts)
    {
        var before = drafts.Select(d => d.Location).ToList();
        EventPlaces.FillLocations(c.A, c.Ctx, drafts);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (HomeOfVisitors(c, d) is { } host)
            {
                drafts[i] = d with { Location = new Model.Location(null, host), Sources = (d.Sources ?? FieldSources.Empty).With(EventField.Location, new(Name, "a visit is made abroad: the visitors' own country gives way to the host's", null)) };
                continue;
            }
            if (Equals(d.Location, before[i])) continue;
            FieldSource source;
            if (d.Location is null) source = new(Name, "no place the sentence's country set agrees with", null);
            else if (d.Location.City == c.Ctx.DatelineCity && d.Location.Country == c.Ctx.DatelineCountry && c.Ctx.DatelineCountry is not null)
                source = new(Name, before[i] is null ? "the dateline" : "the dateline's city, in the country the sentence gave", Evidence.Place(c.A, d.FirstSentence, d.FirstSentence + 1, before[i]));
            else
                source = new(Name, "a place from the sentences after the event, a visit of the dispatch or its opening",
                    Evidence.Place(c.A, d.FirstSentence + 1, d.FirstSentence + 3, d.Location) ?? Evidence.Place(c.A, 0, c.A.Sentences.Count, d.Location));
            drafts[i] = d with { Sources = (d.Sources ?? FieldSources.Empty).With(EventField.Location, source) };
        }
        return drafts;
    }

    /// <summary>The host's country when a visit made only by people of one country was placed in that country (where they
    /// left from, "décollé de Bamako à destination de Moscou"), else null.</summary>
    private static string? HomeOfVisitors(PassContext c, Draft d)
    {
        if (d is not { Type: Model.EventType.Visit, Location.Country: { } at } || d.People.Count == 0 || d.Countries.Count != 2) return null;
        foreach (var p in d.People)
            if (c.A.People[p].Country != at) return null;
        return d.Countries.Find(x => x != at);
    }
}
