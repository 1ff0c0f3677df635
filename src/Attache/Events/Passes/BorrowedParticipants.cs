using Attache.Events.Arguments;

namespace Attache.Events.Passes;

/// <summary>
/// A headline often names the event and the next sentence its people: talks take titled people from the sentences
/// that follow, a visit its visitor (<see cref="EventParticipants.BorrowParticipants"/>).
/// </summary>
internal sealed class BorrowedParticipants : IDocumentPass
{
    public string Name => nameof(BorrowedParticipants);

    public List<Draft> Run(PassContext c, List<Draft> drafts)
    {
        var before = drafts.Select(d => d.People.ToList()).ToList();
        EventParticipants.BorrowParticipants(c.A, drafts);
        for (var i = 0; i < drafts.Count; i++)
        {
            var added = drafts[i].People.Except(before[i]).ToList();
            if (added.Count == 0) continue;
            var d = drafts[i];
            var span = Evidence.Cover(added.Select(id => Evidence.Person(c.A, id, d.FirstSentence)));
            drafts[i] = d with { Sources = (d.Sources ?? FieldSources.Empty).With(EventField.Participants, new FieldSource(Name, "people borrowed from the sentences around the event", span)) };
        }
        return drafts;
    }
}
