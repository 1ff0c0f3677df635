using Attache.Events.Filters;
using Attache.Model;
using Attache.Recognition.Dates;

namespace Attache.Events.Arguments;

/// <summary>
/// Reported or background: a month more than a month before the dispatch, a past cue or "last March" makes background;
/// an earlier event known only by its year, or a past cue without a month, is neither and is left out.
/// </summary>
internal sealed class StatusRule : IArgumentRule
{
    public string Name => nameof(StatusRule);

    public string? Apply(ArgumentContext c)
    {
        var (a, s, ctx, date) = (c.A, c.S, c.Ctx, c.Date);
        var (start, end) = (c.Trigger.Start, c.Trigger.End);
        c.Status = EventStatus.Reported;
        var reason = "reported: nothing dates it before the dispatch's news";
        Model.TextSpan? span = null;
        if (ctx.Reference is null && ctx.FallbackYear is int fy && date is not null)
        {
            // News comes in the dispatch's latest year; a month in an earlier year is background.
            if (date.Year < fy && date.Month is null) return "only a year, earlier than the dispatch's latest year";
            if (date.Year < fy) (c.Status, reason, span) = (EventStatus.Background, "background: a month of a year before the dispatch's latest year", c.Chosen?.Span);
        }
        if (date is { Year: int y } && ctx.Reference is { Year: int ry })
        {
            var months = date.Month is int m ? y * 12 + m : (int?)null;
            if (months is null && y < ry) return "an earlier event known only by its year is neither news nor background";
            // With only a year to go by, an earlier year is background; with a month, more than a month before it is.
            if (months is int mm && (ctx.Reference.Month is int rm ? mm < ry * 12 + rm - 1 : y < ry))
                (c.Status, reason, span) = (EventStatus.Background, "background: dated more than a month before the dispatch", c.Chosen?.Span);
        }
        foreach (var cue in a.CuesNear(s.Start, s.End))
            if (cue.Value.Kind == "past" && cue.Start >= s.Start && cue.End <= s.End && cue.End > start - TriggerFilters.CueWindowBefore && cue.Start < end + TriggerFilters.CueWindowAfter
                && !TriggerFilters.FirstTimeBefore(a, a.Tokens[cue.Start].Start) && !SinceTheDay(a, cue, c.Chosen))
            {
                if (date?.Month is null) return "a past cue near the trigger, and no month to date it";
                (c.Status, reason, span) = (EventStatus.Background, "background: a past cue near the trigger", Evidence.Tokens(a, cue.Start, cue.End));
            }

        // "en octobre dernier", "last March": a month looked back on is background, however recent; but a day looked back on
        // within the month before a known dispatch date ("le 26 janvier dernier" in a dispatch of 30 January) is its news.
        if (date?.Month is not null && c.Chosen?.Expression.Direction == DateDirection.Last && !RecentDay(date, ctx.Reference))
            (c.Status, reason, span) = (EventStatus.Background, "background: a month looked back on ('last')", c.Chosen.Span);
        c.Source(EventField.Status, Name, reason, span);
        return null;
    }

    /// <summary>"Amarrée depuis jeudi": a "since" right before the event's own day opens a stay that runs now.</summary>
    private static bool SinceTheDay(Recognition.AnalyzedText a, Recognition.PhraseMatch<Languages.CueEntry> cue, Recognition.Dates.DateMention? chosen) =>
        chosen is { Expression: var e } && (e.Day is not null || e.Weekday is not null)
        && a.TokenAt(chosen.Span.Start) - cue.End is >= 0 and <= 1;

    private const int RecentDays = 31;

    private static bool RecentDay(Model.PartialDate date, Model.PartialDate? reference) =>
        date.ToDateOnly() is { } d && reference?.ToDateOnly() is { } r && d <= r && r.DayNumber - d.DayNumber <= RecentDays;
}
