using Attache.Events.Triggers;
using Attache.Model;

namespace Attache.Events.Passes;

/// <summary>
/// "lors d'une réunion avec leurs homologues à Tokyo mardi" beside "la septième réunion deux plus deux", "X discussed the
/// partnership with Y on Tuesday" beside "he had received a phone call from Y": a meeting named only by a weak word, on
/// the day and between the countries of a session or a call the dispatch reports, is that session or call.
/// </summary>
internal sealed class MeetingInSession : IDocumentPass
{
    public string Name => nameof(MeetingInSession);

    public List<Draft> Run(PassContext c, List<Draft> drafts)
    {
        var result = new List<Draft>(drafts.Count);
        drafts = [.. drafts];
        for (var n = 0; n < drafts.Count; n++)
        {
            var d = drafts[n];
            var session = d.Type == EventType.Meeting && d.Status == EventStatus.Reported && d.Date is { IsComplete: true } && WeakNoun(c, d)
                ? drafts.FirstOrDefault(o => (o.Type == EventType.Dialogue && o.Mechanism is not null || o.Type == EventType.PhoneCall) && o.Status == EventStatus.Reported
                    && Equals(o.Date, d.Date) && o.Countries.Order().SequenceEqual(d.Countries.Order()))
                : null;
            if (session is null) { result.Add(d); continue; }
            var at = result.FindIndex(x => x.Id == session.Id);
            if (at >= 0) result[at] = result[at] with { People = [.. result[at].People.Union(d.People)], Sentences = [.. result[at].Sentences.Union(d.Sentences)] };
            else
            {
                // The session comes later in the dispatch: it takes the meeting's people when it reaches the result.
                var i = drafts.IndexOf(session);
                drafts[i] = session with { People = [.. session.People.Union(d.People)], Sentences = [.. session.Sentences.Union(d.Sentences)] };
            }
            c.Trace?.Step(d.Id, Name, Decision.Joined, "a meeting named by a weak word, on the day and between the countries of a reported session or call, is that occasion", session.Id);
        }
        return result;
    }

    private static bool WeakNoun(PassContext c, Draft d)
    {
        foreach (var t in Recognition.AnalyzedText.StartingIn(c.A.Triggers, d.TriggerStart, d.TriggerStart + 1))
            if (t.Start == d.TriggerStart && t.Value.Type == EventType.Meeting) return TriggerStrengths.Parse(t.Value.Strength) == TriggerStrength.Weak;
        return false;
    }
}
