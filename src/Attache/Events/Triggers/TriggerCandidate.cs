using Attache.Model;

namespace Attache.Events.Triggers;

/// <summary>A phrase that may report an event: its tokens <c>[Start, End)</c>, the type it signals and how strongly.</summary>
internal readonly record struct TriggerCandidate(int Start, int End, EventType Type, TriggerStrength Strength);

/// <summary>A candidate that the trigger stage itself set aside, with the rule that did and why.</summary>
internal readonly record struct PrunedCandidate(TriggerCandidate Candidate, string Rule, string Reason);
