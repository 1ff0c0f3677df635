using Attache.Model;

namespace Attache.Events.Passes;

/// <summary>
/// "The two ministers then signed a memorandum", "They signed an agreement after their talks": a signing whose sentence
/// names no one was signed by the people of the talks the dispatch reported before it, between the same countries and on
/// a day that agrees.
/// </summary>
internal sealed class SignersFromTalks : IDocumentPass
{
    // "The two ministers then witnessed the signing of": a few words may stand between the subject and the trigger.
    private const int SubjectGap = 4;

    public string Name => nameof(SignersFromTalks);

    public List<Draft> Run(PassContext c, List<Draft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Type != EventType.Agreement || d.Status != EventStatus.Reported || d.People.Count > 0 || !PeopleSign(c.A, d)) continue;
            var talks = drafts.Where(o => o.Type is EventType.Meeting or EventType.Dialogue && o.Status == EventStatus.Reported && o.People.Count > 0
                    && o.FirstSentence <= d.FirstSentence && o.Countries.Order().SequenceEqual(d.Countries.Order()) && SameDay(o.Date, WrittenDate(d)))
                .MaxBy(o => o.FirstSentence);
            if (talks is null) continue;
            var span = Arguments.Evidence.Cover(talks.People.Select(id => Arguments.Evidence.Person(c.A, id, talks.FirstSentence)));
            drafts[i] = d with
            {
                People = [.. talks.People],
                Sources = (d.Sources ?? FieldSources.Empty).With(EventField.Participants, new FieldSource(Name, "the people of the talks reported before the signing, between the same countries", span)),
            };
        }
        return drafts;
    }

    /// <summary>The signing's subject, just before its trigger, is people without names: "the two ministers", "they".</summary>
    private static bool PeopleSign(Recognition.AnalyzedText a, Draft d)
    {
        var s = a.Sentences[d.FirstSentence];
        if (d.TriggerStart < s.Start || d.TriggerStart >= s.End) return false;
        foreach (var cue in a.CuesNear(Math.Max(s.Start, d.TriggerStart - SubjectGap - 4), d.TriggerStart))
            if (cue.Value.Kind is "both-people" or "plural-pronoun" && cue.Start >= s.Start && cue.End <= d.TriggerStart && cue.End >= d.TriggerStart - SubjectGap) return true;
        return false;
    }

    /// <summary>The signing's date unless it is only the dispatch's, which says nothing against the talks' day.</summary>
    private static PartialDate? WrittenDate(Draft d)
    {
        var source = (d.Sources ?? FieldSources.Empty)[EventField.Date];
        return source.Rule == nameof(Arguments.UndatedNewsRule) && source.Span is null ? null : d.Date;
    }

    private static bool SameDay(PartialDate? x, PartialDate? y) =>
        x is null || y is null || x.Year == y.Year && x.Month == y.Month && x.Day == y.Day;
}
