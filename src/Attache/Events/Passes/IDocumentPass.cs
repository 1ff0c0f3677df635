using Attache.Recognition;

namespace Attache.Events.Passes;

/// <summary>A document-level pass over the drafts of one dispatch, run after every trigger has been decided.</summary>
internal interface IDocumentPass
{
    /// <summary>The pass's name, as the trace gives it (the class name).</summary>
    string Name { get; }

    /// <summary>The drafts after the pass; what it drops or joins, and the fields it sets, go to the trace and the drafts' sources.</summary>
    List<Draft> Run(PassContext c, List<Draft> drafts);
}

/// <summary>What a pass may look at.</summary>
/// <param name="A">The analysed document.</param>
/// <param name="Ctx">Its dates and dateline.</param>
/// <param name="Trace">The trace to record in, when one is kept.</param>
internal sealed record PassContext(AnalyzedText A, DocumentContext Ctx, AssemblyTrace? Trace);

/// <summary>The document passes, in the order they run.</summary>
/// <remarks>
/// Merging comes first, so that later passes see one draft per occasion; editions are ordered before people, places and
/// dates are filled, as a lower edition it drops must not lend them; dates are filled last, from the sentences each
/// event owns once every event is known.
/// </remarks>
internal static class DocumentPasses
{
    /// <summary>The passes, first to last.</summary>
    internal static readonly IReadOnlyList<IDocumentPass> Ordered =
    [
        new MergeRepeatedMentions(),
        new MeetingInSession(),
        new FoldShipVisits(),
        new ExerciseParticipants(),
        new EditionOrder(),
        new BorrowedParticipants(),
        new FilledPlaces(),
        new FilledDates(),
        new SignersFromTalks(),
    ];
}
