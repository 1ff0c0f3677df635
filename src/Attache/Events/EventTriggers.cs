using Attache.Model;
using Attache.Recognition;
using Attache.Tokenization;

namespace Attache.Events;

/// <summary>Collects a sentence's triggers, ranks them, and groups event types into families.</summary>
internal static class EventTriggers
{
    internal static List<(int Start, int End, EventType Type, string Strength)> TriggersIn(AnalyzedText a, Sentence s)
    {
        var list = new List<(int, int, EventType, string)>();
        foreach (var m in a.Mechanisms)
        {
            if (m.Start < s.Start || m.End > s.End) continue;
            // "le 4e dialogue" names a session; "le dialogue" alone does not.
            if (m.Value.NeedsEdition && MechanismEditions.EditionBefore(a, m.Start) is null) continue;
            // A numbered session is the event even when the sentence says the parties "met" for it, unless the talks
            // were only on its sidelines.
            var numbered = MechanismEditions.EditionBefore(a, m.Start) is not null && !a.Cues.Any(c => c.Value.Kind == "sidelines" && c.End <= m.Start && c.End >= m.Start - 4);
            list.Add((m.Start, m.End, m.Value.Type, numbered ? "numbered" : "mechanism"));
        }
        foreach (var m in a.Triggers)
            if (m.Start >= s.Start && m.End <= s.End) list.Add((m.Start, m.End, m.Value.Type, m.Value.Strength));
        // "Les 7es pourparlers d'état-major", "Navy-to-Navy Staff Talks": a word inside a mechanism's name is not a trigger of its own.
        list.RemoveAll(t => t.Item4 is not ("mechanism" or "numbered") && list.Exists(m => m.Item4 is "mechanism" or "numbered" && m.Item1 <= t.Item1 && t.Item2 <= m.Item2));
        // "s'est entretenu au téléphone", "held talks by video link": the talks were the call.
        if (list.Exists(t => t.Item3 == EventType.PhoneCall)) list.RemoveAll(t => t.Item3 == EventType.Meeting);
        // "the third dialogue, held via video conference": the session, not a call.
        if (list.Exists(t => t.Item4 == "numbered")) list.RemoveAll(t => t.Item3 == EventType.PhoneCall);
        list.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        return list;
    }

    /// <summary>The scorer's and the analyst's families: one event of each family per sentence at most.</summary>
    internal static string Family(EventType type) => type switch
    {
        EventType.Dialogue or EventType.Meeting or EventType.Visit or EventType.PhoneCall => "consult",
        EventType.Agreement => "agree",
        _ => "cooperate",
    };

    /// <summary>A visit is reported beside the talks held during it; other consult types exclude each other in one sentence.</summary>
    internal static string Group(EventType type, string strength) =>
        type == EventType.Visit ? "visit" : strength == "numbered" ? "session" : Family(type);

    /// <summary>Strong triggers before weak ones; among equals, the earliest in the sentence (usually the main verb).</summary>
    internal static List<(int Start, int End, EventType Type, string Strength)> Prioritized(List<(int Start, int End, EventType Type, string Strength)> triggers)
    {
        if (triggers.Count < 2) return triggers;
        // A stable sort, as the order of a sentence's equal triggers decides which one makes the event: the index breaks ties.
        var order = new (int Rank, int Start, int Index)[triggers.Count];
        for (var i = 0; i < order.Length; i++) order[i] = (Rank(triggers[i].Strength), triggers[i].Start, i);
        Array.Sort(order);
        return [.. order.Select(o => triggers[o.Index])];
    }

    private static int Rank(string strength) => strength switch { "numbered" => 0, "weak" => 2, _ => 1 };
}
