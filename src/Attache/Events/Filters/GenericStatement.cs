namespace Attache.Events.Filters;

/// <summary>
/// "The current visit seeks to …" with nothing before it to refer to: a weak trigger is news only with a date, a city
/// or a person of its own in the sentence.
/// </summary>
internal sealed class GenericStatement : ITriggerFilter
{
    public string Name => nameof(GenericStatement);

    public FilterResult Apply(FilterContext c)
    {
        if (!c.Weak) return FilterResult.Keep;
        var (a, s) = (c.A, c.S);
        var own = c.SentenceHasDate || Recognition.AnalyzedText.StartingIn(a.Cities, s.Start, s.End).ToArray().Any(m => m.Start >= s.Start && m.End <= s.End) || a.MentionsStartingIn(s.Start, s.End).ToArray().Any(pm => pm.Start >= s.Start && pm.End <= s.End)
            // "At the talks held after the reception, the two defence ministers …": the talks of a reported visit.
            || (c.Trigger.Type == Model.EventType.Meeting && a.HasCueWithin(s.Start, s.End, "both-sides", "both-people")
                && c.Drafts.Any(d => d is { Type: Model.EventType.Visit, Status: Model.EventStatus.Reported }));
        // "le ministre malien de la Défense et le chef d'état-major … se sont envolés pour la Russie": officials the
        // sentence names by office, as the subject of a travel verb, are news even unnamed.
        own = own || c.Trigger.Type == Model.EventType.Visit && OfficeSubject(a, s, c.Trigger.Start);
        return own || TriggerFilters.OnRecalledOccasion(a, s, c.Si, c.Last)
            ? FilterResult.Keep : FilterResult.Drop("a weak trigger with no date, city or person of its own: a statement, not news");
    }

    private static bool OfficeSubject(Recognition.AnalyzedText a, Tokenization.Sentence s, int trigger)
    {
        var title = false;
        for (var k = s.Start; k < trigger; k++)
        {
            if (a.TitleAt[k]) title = true;
            else if (title && a.CountryAt[k] is not null) return true;
        }
        return false;
    }
}
