using Attache.Events.Arguments;
using Attache.Events.Filters;
using Attache.Events.Passes;
using Attache.Events.Triggers;
using Attache.Model;
using Attache.Recognition;

namespace Attache.Events;

/// <summary>
/// Builds a document's events: each sentence's trigger candidates go through the filters (<see cref="FilterChain"/>),
/// the kept ones get their arguments (<see cref="ArgumentRules"/>), and the drafts then go through the document passes
/// (<see cref="DocumentPasses"/>). With a trace, every decision is recorded.
/// </summary>
internal static class EventAssembler
{
    /// <summary>The rule name a candidate that makes an event is kept under.</summary>
    internal const string Kept = nameof(EventAssembler);

    public static List<Draft> Assemble(AnalyzedText a, DocumentContext ctx, AssemblyTrace? trace = null)
    {
        var main = EventParticipants.MainCountries(a);
        var drafts = new List<Draft>();
        var previous = new NarrativeDate();
        if (ctx.DatelineDate is not null) (previous.Date, previous.Source) = (ctx.DatelineDate, new FieldSource(nameof(DateRule), "the dateline's date"));
        else if (ctx.Reference?.IsComplete == true) (previous.Date, previous.Source) = (ctx.Reference, new FieldSource(nameof(DateRule), "the dispatch's date"));
        var nextId = 0;
        var pruned = trace is null ? null : new List<PrunedCandidate>();
        for (var si = 0; si < a.Sentences.Count; si++)
        {
            var s = a.Sentences[si];
            var groups = new Dictionary<string, int>(StringComparer.Ordinal);
            var produced = drafts.Count;
            pruned?.Clear();
            var candidates = TriggerCandidates.In(a, s, pruned);
            if (trace is not null)
                foreach (var p in pruned!)
                {
                    trace.Add(nextId, p.Candidate, si);
                    trace.Step(nextId++, p.Rule, Decision.Dropped, p.Reason);
                }
            foreach (var given in TriggerCandidates.Prioritized(candidates))
            {
                var id = nextId++;
                trace?.Add(id, given, si);
                var t = DefiniteNoun.Apply(a, ctx, s, given);
                if (t.Strength != given.Strength) trace?.Step(id, DefiniteNoun.Name, Decision.Kept, "a definite or demonstrative noun refers back: counted as weak");
                var group = EventFamilies.Group(t.Type, t.Strength);
                var second = SecondOccasion.Is(a, s, t, groups.ContainsKey(group), drafts.Count > produced ? drafts[^1] : null);
                var fc = new FilterContext(a, ctx, s, si, t, drafts, groups, second);
                var verdict = FilterResult.Keep;
                foreach (var filter in FilterChain.Ordered)
                {
                    verdict = filter.Apply(fc);
                    if (verdict.Decision == Decision.Kept) continue;
                    trace?.Step(id, filter.Name, verdict.Decision, verdict.Reason ?? "", verdict.Target?.Id);
                    break;
                }
                if (verdict.Decision == Decision.Joined && verdict.AddsSentence)
                {
                    var at = drafts.FindIndex(x => x.Id == verdict.Target!.Id);
                    if (!drafts[at].Sentences.Contains(si)) drafts[at] = drafts[at] with { Sentences = [.. drafts[at].Sentences, si] };
                    groups[group] = drafts[at].Id;
                }
                if (verdict.Decision != Decision.Kept) continue;

                var args = new ArgumentContext(a, ctx, s, si, t, main, drafts.Count > 0 ? drafts[^1] : null, previous);
                string? dropped = null;
                foreach (var rule in ArgumentRules.Ordered)
                {
                    dropped = rule.Apply(args);
                    if (dropped is null) continue;
                    trace?.Step(id, rule.Name, Decision.Dropped, dropped);
                    break;
                }
                if (dropped is not null) continue;
                args.Source(EventField.Type, Kept, $"a {t.Strength.Name()} {Serialization.EventJson.Name(t.Type)} trigger", Evidence.Tokens(a, t.Start, t.End));
                var d = args.ToDraft(id);
                if (second) (drafts[^1], d) = ParticipantsRule.SplitClauses(a, drafts[^1], d);
                drafts.Add(d);
                groups[group] = id;
                if (d.Status == EventStatus.Reported && d.Date is not null) (previous.Date, previous.Source) = (d.Date, d.Sources![EventField.Date] with { Reason = "the date of the occasion just reported" });
                trace?.Step(id, Kept, Decision.Kept, $"a {t.Strength.Name()} {Serialization.EventJson.Name(t.Type)} trigger that passed every filter and argument rule");
            }
            if (drafts.Count == produced) DateRule.Narrate(a, ctx, s, previous);
        }
        var pass = new PassContext(a, ctx, trace);
        foreach (var p in DocumentPasses.Ordered) drafts = p.Run(pass, drafts);
        return drafts;
    }
}
