using Attache.Model;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Events.Triggers;

/// <summary>Collects a sentence's trigger candidates (mechanism names and trigger phrases) and ranks them.</summary>
internal static class TriggerCandidates
{
    /// <summary>Rule names of the candidates set aside before any filter runs.</summary>
    internal const string MechanismNeedsEdition = "MechanismNeedsEdition", InsideMechanismName = "InsideMechanismName",
        CallWasTheTalks = "CallWasTheTalks", SessionNotCall = "SessionNotCall", OpeningOfTheExercise = "OpeningOfTheExercise";

    /// <summary>The sentence's candidates in text order; those set aside are added to <paramref name="pruned"/> when given.</summary>
    internal static List<TriggerCandidate> In(AnalyzedText a, Sentence s, List<PrunedCandidate>? pruned = null)
    {
        var list = new List<TriggerCandidate>();
        foreach (var m in AnalyzedText.StartingIn(a.Mechanisms, s.Start, s.End))
        {
            if (m.Start < s.Start || m.End > s.End) continue;
            // "le 4e dialogue" names a session; "le dialogue" alone does not.
            if (m.Value.NeedsEdition && MechanismEditions.EditionBefore(a, m.Start) is null)
            {
                pruned?.Add(new(new(m.Start, m.End, m.Value.Type, TriggerStrength.Mechanism), MechanismNeedsEdition, "a generic mechanism word names a session only with an edition before it"));
                continue;
            }
            // A numbered session is the event even when the sentence says the parties "met" for it, unless the talks
            // were only on its sidelines.
            var numbered = MechanismEditions.EditionBefore(a, m.Start) is not null && !SidelinesBefore(a, m.Start);
            list.Add(new(m.Start, m.End, m.Value.Type, numbered ? TriggerStrength.Numbered : TriggerStrength.Mechanism));
        }
        foreach (var m in AnalyzedText.StartingIn(a.Triggers, s.Start, s.End))
            if (m.Start >= s.Start && m.End <= s.End) list.Add(new(m.Start, m.End, m.Value.Type, TriggerStrengths.Parse(m.Value.Strength)));
        // "Les 7es pourparlers d'état-major", "Navy-to-Navy Staff Talks": a word inside a mechanism's name is not a trigger of its own.
        Prune(list, t => !t.Strength.IsMechanism() && list.Exists(m => m.Strength.IsMechanism() && m.Start <= t.Start && t.End <= m.End),
            pruned, InsideMechanismName, "a word inside a mechanism's name");
        // "s'est entretenu au téléphone", "held talks by video link": the talks were the call.
        if (list.Exists(t => t.Type == EventType.PhoneCall))
            Prune(list, t => t.Type == EventType.Meeting, pruned, CallWasTheTalks, "the sentence reports a call: the talks were the call");
        // "opened the multinational peacekeeping exercise … at the training area": what opened is the exercise, not a course.
        if (list.Exists(t => t.Type == EventType.Exercise))
            Prune(list, t => t is { Type: EventType.Training, Strength: TriggerStrength.Course or TriggerStrength.CourseObject }, pruned, OpeningOfTheExercise, "an opening or a ceremony in a sentence about an exercise is the exercise's");
        // "the third dialogue, held via video conference": the session, not a call.
        if (list.Exists(t => t.Strength == TriggerStrength.Numbered))
            Prune(list, t => t.Type == EventType.PhoneCall, pruned, SessionNotCall, "a numbered session held by video is the session, not a call");
        // "The frigate … paid a goodwill visit to Da Nang", "la visite du navire au port de Cam Ranh": a ship's visit is a port call.
        for (var i = 0; i < list.Count; i++)
            if (list[i].Type == EventType.Visit && ShipVisits(a, s, list[i]) || list[i] is { Type: EventType.Meeting, Strength: TriggerStrength.Strong or TriggerStrength.Weak } && ShipReceived(a, s, list[i]))
                list[i] = list[i] with { Type = EventType.PortCall };
            // "The equipment was received by the chief of staff", "le matériel a été réceptionné": goods, not guests, were received.
            else if (list[i] is { Type: EventType.Meeting, Strength: TriggerStrength.Strong or TriggerStrength.Weak } && GoodsReceived(a, s, list[i]))
                list[i] = list[i] with { Type = EventType.Assistance, Strength = TriggerStrength.Course };
        list.Sort((x, y) => x.Start.CompareTo(y.Start));
        return list;
    }

    private const int GoodsGap = 2;

    /// <summary>Goods right before a reception ("the equipment was received", "le matériel a été réceptionné"), with no one
    /// named before them, are what was received.</summary>
    private static bool GoodsReceived(AnalyzedText a, Sentence s, TriggerCandidate t)
    {
        var goods = false;
        foreach (var c in a.CuesNear(Math.Max(s.Start, t.Start - GoodsGap - 3), t.Start))
            goods |= c.Value.Kind == "aid-object" && c.Start >= s.Start && c.End <= t.Start && t.Start - c.End <= GoodsGap;
        return goods && a.MentionsStartingIn(s.Start, t.Start).IsEmpty;
    }

    /// <summary>"on the sidelines of the 5th dialogue": a sidelines cue ending at most four tokens before the mechanism.</summary>
    private static bool SidelinesBefore(AnalyzedText a, int mechanismStart)
    {
        foreach (var c in a.CuesNear(mechanismStart - 5, mechanismStart))
            if (c.Value.Kind == "sidelines" && c.End <= mechanismStart && c.End >= mechanismStart - 4) return true;
        return false;
    }

    /// <summary>A ship is the visitor: a ship word before the visit with nobody named in between, or right after a visit noun.</summary>
    private static bool ShipVisits(AnalyzedText a, Sentence s, TriggerCandidate t)
    {
        for (var k = t.Start - 1; k >= s.Start; k--)
        {
            if (a.IsShipWord(k)) return true;
            // A titled person between them is the visitor ("the frigate's captain, Commander X, visited"); an untitled name
            // after a ship word is usually the ship's own ("le navire de sauvetage Igor Belousov effectue une visite").
            if (a.MentionAt(k) is { } pm && a.People[pm.PersonId].Title is not null) return false;
        }
        for (var k = t.End; k < Math.Min(s.End, t.End + 3); k++)
            if (a.IsShipWord(k)) return true;
        return false;
    }

    /// <summary>"The frigate … was welcomed at Yokosuka", "le patrouilleur … a été accueilli": a ship, and no one named before
    /// the trigger, is who was received, so the reception is the ship's port call.</summary>
    private static bool ShipReceived(AnalyzedText a, Sentence s, TriggerCandidate t)
    {
        if (t.Start <= s.Start) return false;
        // Anyone named in the tokens before the trigger: the mention holding the first one, or one starting after it
        // (mentions are sorted and do not overlap; found by binary search rather than by reading them all per token).
        if (a.MentionAt(s.Start) is not null) return false;
        foreach (var pm in a.MentionsStartingIn(s.Start + 1, t.Start))
            if (pm.Start < pm.End) return false;
        var ship = false;
        for (var k = s.Start; k < t.Start; k++) ship |= a.IsShipWord(k);
        return ship;
    }

    private static void Prune(List<TriggerCandidate> list, Predicate<TriggerCandidate> match, List<PrunedCandidate>? pruned, string rule, string reason)
    {
        if (pruned is not null)
            foreach (var t in list)
                if (match(t)) pruned.Add(new(t, rule, reason));
        list.RemoveAll(match);
    }

    /// <summary>Strong triggers before weak ones; among equals, the earliest in the sentence (usually the main verb).</summary>
    internal static List<TriggerCandidate> Prioritized(List<TriggerCandidate> triggers)
    {
        if (triggers.Count < 2) return triggers;
        // A stable sort, as the order of a sentence's equal triggers decides which one makes the event: the index breaks ties.
        var order = new (int Rank, int Start, int Index)[triggers.Count];
        for (var i = 0; i < order.Length; i++) order[i] = (triggers[i].Strength.Rank(), triggers[i].Start, i);
        Array.Sort(order);
        return [.. order.Select(o => triggers[o.Index])];
    }
}
