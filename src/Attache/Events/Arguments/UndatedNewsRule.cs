using Attache.Events.Filters;
using Attache.Model;

namespace Attache.Events.Arguments;

/// <summary>
/// News with no date of its own: what the sentence after a recalled occasion says happened "on that occasion" belongs
/// to it; else it happened on the occasion just reported, else when the dispatch is dated (but what happened "during
/// the stay" may be any of its days).
/// </summary>
internal sealed class UndatedNewsRule : IArgumentRule
{
    public string Name => nameof(UndatedNewsRule);

    public string? Apply(ArgumentContext c)
    {
        var (a, s, ctx) = (c.A, c.S, c.Ctx);
        // "La visite de X en septembre 2021 … En particulier, les deux pays ont signé un accord".
        if (c.Status == EventStatus.Reported && c.Date is null && TriggerFilters.OnRecalledOccasion(a, s, c.Si, c.Last))
        {
            var last = c.Last;
            var recalled = last.Sources ?? FieldSources.Empty;
            c.Date = last.Date;
            c.Status = EventStatus.Background;
            c.Source(EventField.Date, Name, "the date of the occasion the sentence before recalled", recalled[EventField.Date].Span);
            c.Source(EventField.Status, Name, "background: on the occasion the sentence before recalled", c.SentenceSpan);
            if (c.Location is null && last.Location is not null)
            {
                c.Location = last.Location;
                c.Source(EventField.Location, Name, "the place of the occasion the sentence before recalled", recalled[EventField.Location].Span);
            }
        }
        if (c.Status == EventStatus.Reported && c.Date is null && !TriggerFilters.HasCue(a, s, "during-stay"))
        {
            if (c.Previous.Date is not null)
            {
                c.Date = c.Previous.Date;
                c.Source(EventField.Date, Name, "no date of its own: " + c.Previous.Source.Reason, c.Previous.Source.Span);
            }
            else if (ctx.Reference?.Month is not null)
            {
                c.Date = ctx.Reference;
                c.Source(EventField.Date, Name, "no date of its own: the dispatch's date", null);
            }
        }
        return null;
    }
}
