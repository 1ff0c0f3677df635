using Attache.Model;

namespace Attache.Events.Passes;

/// <summary>A ship "arrives in" or "visits" a port: a visit with no one of its own beside a port call of its sentence is that call.</summary>
internal sealed class FoldShipVisits : IDocumentPass
{
    public string Name => nameof(FoldShipVisits);

    public List<Draft> Run(PassContext c, List<Draft> drafts)
    {
        var result = new List<Draft>(drafts.Count);
        foreach (var v in drafts)
        {
            var call = v.Type == EventType.Visit && v.People.Count == 0
                ? drafts.Find(p => p.Type == EventType.PortCall && p.Sentences.Exists(v.Sentences.Contains)) : null;
            if (call is null) result.Add(v);
            else c.Trace?.Step(v.Id, Name, Decision.Joined, "a visit with no one of its own in the sentence of a port call is that call", call.Id);
        }
        return result;
    }
}
