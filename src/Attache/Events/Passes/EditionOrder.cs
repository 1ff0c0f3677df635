using Attache.Model;

namespace Attache.Events.Passes;

/// <summary>
/// The 6th dialogue precedes the 7th: lower editions of a series the dispatch reports a session of are background, or
/// left out when not dated to their own month (<see cref="MechanismEditions.OrderEditions"/>).
/// </summary>
internal sealed class EditionOrder : IDocumentPass
{
    public string Name => nameof(EditionOrder);

    public List<Draft> Run(PassContext c, List<Draft> drafts)
    {
        var before = drafts.ToList();
        MechanismEditions.OrderEditions(drafts);
        var kept = new Dictionary<int, int>();
        for (var i = 0; i < drafts.Count; i++) kept.TryAdd(drafts[i].Id, i);
        foreach (var d in before)
        {
            if (!kept.TryGetValue(d.Id, out var i))
            {
                c.Trace?.Step(d.Id, Name, Decision.Dropped, "a lower edition than the session reported, with no month of its own");
                continue;
            }
            if (drafts[i].Status != d.Status && drafts[i].Status == EventStatus.Background)
                drafts[i] = drafts[i] with
                {
                    Sources = (drafts[i].Sources ?? FieldSources.Empty).With(EventField.Status,
                        new FieldSource(Name, "background: a lower edition than the session the dispatch reports", drafts[i].Sources?[EventField.Mechanism].Span)),
                };
        }
        return drafts;
    }
}
