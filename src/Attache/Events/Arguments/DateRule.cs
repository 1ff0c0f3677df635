using Attache.Events.Filters;
using Attache.Model;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Events.Arguments;

/// <summary>
/// The date of the sentence nearest the trigger ("a eu un entretien vendredi … qui a succédé en octobre"), resolved
/// against the dispatch and the narrative; a period opened after the trigger ("signed since 2010") makes it a tally.
/// </summary>
internal sealed class DateRule : IArgumentRule
{
    public string Name => nameof(DateRule);

    public string? Apply(ArgumentContext c)
    {
        var (a, s, ctx) = (c.A, c.S, c.Ctx);
        var triggerChar = a.Tokens[c.Trigger.Start].Start;
        foreach (var dm in a.DatesStartingIn(s.CharStart, s.CharEnd).ToArray().Where(dm => dm.Span.Start >= s.CharStart && dm.Span.End <= s.CharEnd).OrderBy(dm => Math.Abs(dm.Span.Start - triggerChar)))
        {
            // "depuis 1993", "since 2016", "by 2030": a bound of a period, not the day of the event; and what "has been
            // signed since 2010" is a tally, not an occurrence.
            if (TriggerFilters.BoundBefore(a, dm.Span.Start))
            {
                // "amarrée depuis jeudi", "in port since Monday": a day a stay began is the day of its arrival, where a year
                // or a month since which things happened counts them.
                var since = TriggerFilters.SinceBefore(a, dm.Span.Start);
                var day = dm.Expression.Day is not null || dm.Expression.Weekday is not null;
                if (since && day) { }
                else if (dm.Span.Start > triggerChar && since) return "a period since a date after the trigger: a tally, not an occurrence";
                else continue;
            }
            // "… et a convenu qu'une répétition sera organisée le 21 octobre": a date a future cue governs is a plan's, not
            // the event's.
            if (FutureDate(a, dm, c.Trigger.Start)) continue;
            c.Date = EventDates.Resolve(dm.Expression, ctx.Reference, c.Previous.Date, a);
            c.Chosen = dm;
            if (c.Date is not null) break;
        }
        if (c.Date is null)
        {
            c.Source(EventField.Date, Name, "no date in the sentence", null);
            return null;
        }
        var reason = "the sentence's date nearest the trigger";
        // News comes in the dispatch's latest year: with no date of the dispatch, a month takes that year.
        if (ctx.Reference is null && ctx.FallbackYear is int fy && c.Date.Year is null && c.Date.Month is not null)
        {
            // A weekday settles the year: "mardi 27 février" in a text whose latest year is 2023 is 27 February 2024.
            var year = WeekdayYear(c.Chosen!.Expression, c.Date, fy) ?? fy;
            // "29 février" stays yearless in a year without that day.
            if (c.Date.Day is not int day || day <= DateTime.DaysInMonth(year, c.Date.Month.Value))
            {
                c.Date = c.Date with { Year = year };
                reason += year == fy ? ", in the latest year the dispatch writes" : ", in the year after the latest one the dispatch writes, the one its weekday fits";
            }
        }
        c.Source(EventField.Date, Name, reason, c.Chosen!.Span);
        return null;
    }

    /// <summary>True when a future cue stands at most three tokens before the date, after the trigger's own start.</summary>
    private static bool FutureDate(AnalyzedText a, Recognition.Dates.DateMention dm, int triggerStart)
    {
        var k = a.TokenAt(dm.Span.Start);
        foreach (var cue in a.CuesNear(Math.Max(0, k - 4), k))
            if (cue.Value.Kind == "future" && cue.End <= k && k - cue.End <= 3 && cue.Start > triggerStart) return true;
        return false;
    }

    /// <summary>The year near <paramref name="latest"/> (that year, the next, the one before) in which the expression's weekday
    /// falls on its day; null when it gives no weekday or that year already fits.</summary>
    internal static int? WeekdayYear(Recognition.Dates.DateExpression e, PartialDate date, int latest)
    {
        if (e.Weekday is not DayOfWeek weekday || date.Month is not int m || date.Day is not int d) return null;
        foreach (var y in new[] { latest, latest + 1, latest - 1 })
            if (y is >= 1 and < 9999 && d <= DateTime.DaysInMonth(y, m) && new DateOnly(y, m, d).DayOfWeek == weekday) return y == latest ? null : y;
        return null;
    }

    /// <summary>
    /// A sentence with no event still dates the narrative ("a présidé vendredi la cérémonie d'accueil"), unless it looks
    /// back more than a month before the dispatch.
    /// </summary>
    internal static void Narrate(AnalyzedText a, DocumentContext ctx, Sentence s, NarrativeDate previous)
    {
        // '"Today we will sign…," Austin said': a day in quoted speech is the speaker's, not the narrative's.
        if (a.Tokens[s.Start].Key is "\"" or "«" or "“" or "„") return;
        foreach (var dm in a.DatesStartingIn(s.CharStart, s.CharEnd))
        {
            if (dm.Span.Start < s.CharStart || dm.Span.End > s.CharEnd) continue;
            var d = EventDates.Resolve(dm.Expression, ctx.Reference, previous.Date, a);
            if (d is { Day: not null } && !(ctx.Reference is { Year: int ry, Month: int rm } && d.Year is int y && d.Month is int m && y * 12 + m < ry * 12 + rm - 1))
                (previous.Date, previous.Source) = (d, new FieldSource(nameof(DateRule), "the day the narrative had reached", dm.Span));
        }
    }
}
