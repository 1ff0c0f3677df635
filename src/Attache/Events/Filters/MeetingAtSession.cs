namespace Attache.Events.Filters;

/// <summary>
/// "X a accueilli Y à l'occasion de la troisième réunion du dialogue de défense": talks that a sentence frames as held on
/// the occasion of a session it names are that session, not a meeting of their own.
/// </summary>
internal sealed class MeetingAtSession : ITriggerFilter
{
    public string Name => nameof(MeetingAtSession);

    public FilterResult Apply(FilterContext c) =>
        c.Trigger.Type == Model.EventType.Meeting && TriggerFilters.FramedBySession(c.A, c.S)
            ? FilterResult.Drop("talks held on the occasion of a session the sentence names are that session")
            : FilterResult.Keep;
}
