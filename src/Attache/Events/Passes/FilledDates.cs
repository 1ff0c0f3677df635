using Attache.Recognition.Dates;

namespace Attache.Events.Passes;

/// <summary>An undated headline ("X reçoit Y") takes the first date of the sentences it owns (<see cref="EventDates.FillDates"/>).</summary>
internal sealed class FilledDates : IDocumentPass
{
    public string Name => nameof(FilledDates);

    public List<Draft> Run(PassContext c, List<Draft> drafts)
    {
        var before = drafts.Select(d => d.Date).ToList();
        EventDates.FillDates(c.A, c.Ctx, drafts);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (Equals(d.Date, before[i])) continue;
            drafts[i] = d with { Sources = (d.Sources ?? FieldSources.Empty).With(EventField.Date, new FieldSource(Name, "the first date of the sentences the event owns", DateSpan(c, d))) };
        }
        return drafts;
    }

    /// <summary>The first date mention after the event's sentence that reads as its date.</summary>
    private static Model.TextSpan? DateSpan(PassContext c, Draft d)
    {
        var a = c.A;
        for (var si = d.FirstSentence + 1; si < Math.Min(a.Sentences.Count, d.FirstSentence + 3); si++)
        {
            var s = a.Sentences[si];
            foreach (var dm in a.DatesStartingIn(s.CharStart, s.CharEnd))
                if (dm.Span.Start >= s.CharStart && dm.Span.End <= s.CharEnd && Equals(DateResolver.Resolve(dm.Expression, new DateContext(c.Ctx.Reference, null)), d.Date))
                    return dm.Span;
        }
        return null;
    }
}
