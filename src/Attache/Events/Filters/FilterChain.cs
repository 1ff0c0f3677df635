namespace Attache.Events.Filters;

/// <summary>The trigger filters, in the order they run; the first that drops or joins a candidate decides.</summary>
/// <remarks>
/// The order matters where a filter joins: a candidate dropped before <see cref="ShipVisitInPortCall"/> and
/// <see cref="AnaphoricMention"/> adds nothing to an earlier event, one dropped after them may have. Among the pure drops
/// before them the order only decides which rule the trace names.
/// </remarks>
internal static class FilterChain
{
    /// <summary>The filters, first to last.</summary>
    internal static readonly IReadOnlyList<ITriggerFilter> Ordered =
    [
        new MeetingAtSession(),
        new OneEventPerGroup(),
        new FutureOrProposed(),
        new Negated(),
        new Habitual(),
        new CountOfTheYear(),
        new OutOfDefenseScope(),
        new BareDomesticExercise(),
        new NoForeignParty(),
        new CourseWithoutCue(),
        new ShipVisitInPortCall(),
        new AnaphoricMention(),
        new GenericStatement(),
        new MechanismInPassing(),
    ];
}
