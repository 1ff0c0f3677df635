using Attache.Events.Triggers;
using Attache.Model;

namespace Attache.Events.Filters;

/// <summary>"Closing ceremony", "s'est ouvert", "delivered": a training event only when the sentence speaks of a course, an
/// assistance only when it names goods given ("delivered flood relief supplies", "a réceptionné un patrouilleur").</summary>
internal sealed class CourseWithoutCue : ITriggerFilter
{
    public string Name => nameof(CourseWithoutCue);

    public FilterResult Apply(FilterContext c)
    {
        if (c.Trigger.Strength == TriggerStrength.CourseObject)
            return CourseIsTheObject(c) ? FilterResult.Keep : FilterResult.Drop("a plain verb whose object is no course");
        if (c.Trigger.Strength != TriggerStrength.Course) return FilterResult.Keep;
        if (c.Trigger.Type == EventType.Assistance)
        {
            if (!TriggerFilters.HasCue(c.A, c.S, "aid-object") && !TriggerFilters.NamesShip(c.A, c.S, c.S.End))
                return FilterResult.Drop("a verb of giving in a sentence that names nothing given");
            // "Le matériel a été réceptionné par…": the goods already given, named again, are the earlier handover's.
            if (GoodsNamedAgain(c) && LastAssistance(c) is { } earlier)
                return FilterResult.Join(earlier, "the goods of an assistance already reported, named again", addsSentence: true);
            return FilterResult.Keep;
        }
        return TriggerFilters.HasCue(c.A, c.S, "course") ? FilterResult.Keep : FilterResult.Drop("a ceremony or opening in a sentence that speaks of no course");
    }

    private static bool GoodsNamedAgain(FilterContext c)
    {
        foreach (var cue in c.A.CuesNear(c.S.Start, c.Trigger.Start))
            if (cue.Value.Kind is "aid-object" && cue.Start > c.S.Start && cue.End <= c.Trigger.Start
                && c.A.Language.Anaphoric.Contains(c.A.Tokens[cue.Start - 1].Key)) return true;
        return false;
    }

    private static Draft? LastAssistance(FilterContext c)
    {
        for (var i = c.Drafts.Count - 1; i >= 0; i--)
            if (c.Drafts[i] is { Type: EventType.Assistance, Status: EventStatus.Reported } d) return d;
        return null;
    }

    private const int ObjectWords = 8;
    private const int ObjectReach = 16;

    /// <summary>A course cue a few words after the verb, with only lower-case words, numbers, hyphens, country adjectives,
    /// dates and places between: "completed a six-week counter-IED training programme", "ont suivi du 2 au 13 décembre à
    /// Beyrouth une formation".</summary>
    private static bool CourseIsTheObject(FilterContext c)
    {
        var (a, end) = (c.A, c.Trigger.End);
        var limit = Math.Min(c.S.End, end + ObjectReach);
        foreach (var cue in a.CuesNear(end, limit))
        {
            if (cue.Value.Kind != "course" || cue.Start < end || cue.Start >= limit) continue;
            var (plain, words) = (true, 0);
            for (var k = end; k < cue.Start && plain; k++)
            {
                var t = a.Tokens[k];
                // Dates and places (recognised, and so blocked) may stand between without counting as words.
                if (a.Blocked[k] && a.MentionAt(k) is null && !a.TriggerAt[k] && !a.TitleAt[k]) continue;
                words++;
                plain = words <= ObjectWords && (t.Kind == Tokenization.TokenKind.Number || t.Key is "-" or "'" || a.CountryAt[k] is not null
                    || a.DefenseAt[k] || t.IsWord && !t.Capitalized && !a.TriggerAt[k]);
            }
            if (plain) return true;
        }
        return false;
    }
}
