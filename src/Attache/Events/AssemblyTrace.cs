using Attache.Events.Triggers;

namespace Attache.Events;

/// <summary>What a rule decided about a trigger candidate or the draft it made.</summary>
internal enum Decision
{
    /// <summary>The candidate goes on (or, as a last step, makes an event).</summary>
    Kept,
    /// <summary>The candidate is left out.</summary>
    Dropped,
    /// <summary>The candidate is a mention of an event already found.</summary>
    Joined,
}

/// <summary>One rule's decision on a candidate; <see cref="Target"/> is the candidate id of the draft it joined.</summary>
internal readonly record struct RuleStep(string Rule, Decision Decision, string Reason, int? Target = null);

/// <summary>A trigger candidate and every rule that kept, dropped or joined it, in order.</summary>
/// <param name="Id">The candidate's id, which is also the id of the draft it makes.</param>
/// <param name="Candidate">The trigger phrase.</param>
/// <param name="Sentence">The index of its sentence.</param>
internal sealed record CandidateTrace(int Id, TriggerCandidate Candidate, int Sentence)
{
    /// <summary>The decisions made on it, first to last.</summary>
    public List<RuleStep> Steps { get; } = [];
}

/// <summary>The final word on a candidate: its last decision, and the index of the event it made or joined, if any.</summary>
internal readonly record struct CandidateOutcome(CandidateTrace Candidate, Decision Decision, string Rule, string Reason, int? Event);

/// <summary>
/// The record of one document's assembly: every trigger candidate with the rules that decided on it. Ids are given in
/// the order candidates are met, so a candidate's id is its index here.
/// </summary>
internal sealed class AssemblyTrace
{
    private readonly List<CandidateTrace> _candidates = [];

    /// <summary>Every candidate, by id.</summary>
    public IReadOnlyList<CandidateTrace> Candidates => _candidates;

    /// <summary>Records a new candidate; its id must be the next one.</summary>
    public void Add(int id, TriggerCandidate candidate, int sentence)
    {
        if (id != _candidates.Count) throw new InvalidOperationException($"candidate {id} recorded out of order");
        _candidates.Add(new CandidateTrace(id, candidate, sentence));
    }

    /// <summary>Records a rule's decision on candidate <paramref name="id"/> (ignored for drafts built by hand, id -1).</summary>
    public void Step(int id, string rule, Decision decision, string reason, int? target = null)
    {
        if (id >= 0 && id < _candidates.Count) _candidates[id].Steps.Add(new RuleStep(rule, decision, reason, target));
    }

    /// <summary>The last decision on each candidate, with the index in <paramref name="events"/> of the draft it made or joined.</summary>
    public List<CandidateOutcome> Outcomes(IReadOnlyList<Draft> events)
    {
        var index = new Dictionary<int, int>();
        for (var i = 0; i < events.Count; i++) index.TryAdd(events[i].Id, i);
        var result = new List<CandidateOutcome>(_candidates.Count);
        foreach (var c in _candidates)
        {
            if (c.Steps.Count == 0)
            {
                result.Add(new CandidateOutcome(c, Decision.Dropped, "Unreached", "no rule decided on it", null));
                continue;
            }
            var last = c.Steps[^1];
            int? ev = last.Decision switch
            {
                Decision.Kept => index.TryGetValue(c.Id, out var i) ? i : null,
                Decision.Joined => Follow(last.Target, index),
                _ => null,
            };
            result.Add(new CandidateOutcome(c, last.Decision, last.Rule, last.Reason, ev));
        }
        return result;
    }

    /// <summary>The event a join ends in: the target's, or its own target's when it was joined in turn.</summary>
    private int? Follow(int? target, Dictionary<int, int> index)
    {
        for (var hops = 0; target is int t && hops < _candidates.Count; hops++)
        {
            if (index.TryGetValue(t, out var i)) return i;
            if (t < 0 || t >= _candidates.Count || _candidates[t].Steps.Count == 0 || _candidates[t].Steps[^1] is not { Decision: Decision.Joined } step) return null;
            target = step.Target;
        }
        return null;
    }
}
