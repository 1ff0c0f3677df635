using Attache.Model;
using Attache.Recognition;
using Attache.Recognition.Dates;
using Attache.Tokenization;

namespace Attache.Events;

/// <summary>Chooses, resolves and fills in the dates of events.</summary>
internal static class EventDates
{
    /// <summary>
    /// Resolves against the dispatch's date; a bare weekday ("vendredi matin") that the dispatch's month cannot pin is the
    /// day the dispatch itself names with that weekday ("vendredi 30/01"), else the one nearest the occasion just
    /// reported, within three days of it.
    /// </summary>
    internal static PartialDate? Resolve(DateExpression e, PartialDate? reference, PartialDate? previous, AnalyzedText? a = null)
    {
        var date = DateResolver.Resolve(e, new DateContext(reference, previous));
        if (date is not null || e.Weekday is not DayOfWeek weekday || e.Day is not null || e.Month is not null) return date;
        if (a is not null)
        {
            for (var i = 0; i < a.Dates.Count; i++)
            {
                var dm = a.Dates[i];
                if (dm.Expression.Weekday != weekday) continue;
                // "vendredi 27 février", or "vendredi 30/01/2025" read as a weekday and a date side by side.
                var dated = dm.Expression.Day is not null ? dm
                    : i + 1 < a.Dates.Count && a.Dates[i + 1].Span.Start - dm.Span.End <= 2 && a.Dates[i + 1].Expression.Weekday is null ? a.Dates[i + 1] : null;
                if (dated is not null && DateResolver.Resolve(dated.Expression, new DateContext(reference, null)) is { IsComplete: true } stated)
                    return stated;
            }
        }
        if (previous?.ToDateOnly() is not DateOnly anchor) return null;
        for (var delta = 0; delta <= 3; delta++)
        {
            // Bounds first: an anchor of 0001-01-01 or 9999-12-31 (a publication date given so) has no day beyond it.
            if (delta <= DateOnly.MaxValue.DayNumber - anchor.DayNumber && anchor.AddDays(delta).DayOfWeek == weekday) return PartialDate.FromDate(anchor.AddDays(delta));
            if (delta <= anchor.DayNumber && anchor.AddDays(-delta).DayOfWeek == weekday) return PartialDate.FromDate(anchor.AddDays(-delta));
        }
        return null;
    }

    /// <summary>An undated headline ("X reçoit Y") takes the first date of the sentences it owns.</summary>
    internal static void FillDates(AnalyzedText a, DocumentContext ctx, List<Draft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Date is not null || d.Status != EventStatus.Reported) continue;
            var next = Draft.NextReported(drafts, d, a.Sentences.Count);
            PartialDate? found = null;
            for (var si = d.FirstSentence + 1; si < Math.Min(next, d.FirstSentence + 3) && found is null; si++)
            {
                var s = a.Sentences[si];
                foreach (var dm in a.DatesStartingIn(s.CharStart, s.CharEnd))
                {
                    if (dm.Span.Start < s.CharStart || dm.Span.End > s.CharEnd) continue;
                    found = DateResolver.Resolve(dm.Expression, new DateContext(ctx.Reference, null));
                    if (found is not null) break;
                }
            }
            if (found is not null && !(found.Year is int y && ctx.Reference?.Year is int ry && y < ry)) drafts[i] = d with { Date = found };
        }
    }
}
