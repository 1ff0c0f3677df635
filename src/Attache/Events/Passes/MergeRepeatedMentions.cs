namespace Attache.Events.Passes;

/// <summary>Mentions of one occasion in a dispatch ("the 10th dialogue" … "the dialogue was co-chaired by") become one event (<see cref="DraftMerger"/>).</summary>
internal sealed class MergeRepeatedMentions : IDocumentPass
{
    public string Name => nameof(MergeRepeatedMentions);

    public List<Draft> Run(PassContext c, List<Draft> drafts) => DraftMerger.Merge(drafts, c.Trace);
}
