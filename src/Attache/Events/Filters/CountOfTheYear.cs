namespace Attache.Events.Filters;

/// <summary>"La neuvième escale de l'année", "the third port call this year": an occurrence counted among the year's
/// restates one the dispatch reports elsewhere, and the ships or guests named after it are often the earlier ones.</summary>
internal sealed class CountOfTheYear : ITriggerFilter
{
    private const int OrdinalGap = 2;
    private const int PeriodGap = 4;

    public string Name => nameof(CountOfTheYear);

    public FilterResult Apply(FilterContext c)
    {
        if (c.SentenceHasDay) return FilterResult.Keep;
        var (a, s, t) = (c.A, c.S, c.Trigger);
        var counted = false;
        foreach (var o in a.OrdinalsStartingIn(a.Tokens[Math.Max(s.Start, t.Start - OrdinalGap - 1)].Start, a.Tokens[t.Start].Start))
            counted |= a.TokenAt(o.Span.End - 1) is var k && k < t.Start && t.Start - k <= OrdinalGap + 1;
        if (!counted) return FilterResult.Keep;
        foreach (var cue in a.CuesNear(t.End, Math.Min(s.End, t.End + PeriodGap)))
            if (cue.Value.Kind == "year-count" && cue.Start >= t.End && cue.Start - t.End <= PeriodGap && cue.End <= s.End)
                return FilterResult.Drop("an occurrence counted among the year's: a restatement, not a report");
        return FilterResult.Keep;
    }
}
