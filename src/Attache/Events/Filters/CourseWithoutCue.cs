using Attache.Events.Triggers;

namespace Attache.Events.Filters;

/// <summary>"Closing ceremony", "s'est ouvert": a training event only when the sentence speaks of a course.</summary>
internal sealed class CourseWithoutCue : ITriggerFilter
{
    public string Name => nameof(CourseWithoutCue);

    public FilterResult Apply(FilterContext c) =>
        c.Trigger.Strength == TriggerStrength.Course && !TriggerFilters.HasCue(c.A, c.S, "course")
            ? FilterResult.Drop("a ceremony or opening in a sentence that speaks of no course") : FilterResult.Keep;
}
