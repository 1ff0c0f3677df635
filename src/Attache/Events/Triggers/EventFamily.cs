using Attache.Model;

namespace Attache.Events.Triggers;

/// <summary>The spec's type families: the scorer's and the analyst's coarse kinds of event.</summary>
public enum EventFamily
{
    /// <summary>Dialogues, meetings, visits and calls: the parties talk.</summary>
    Consult,

    /// <summary>Agreements: the parties sign.</summary>
    Agree,

    /// <summary>Exercises, port calls, assistance and training: the parties act together.</summary>
    Cooperate,
}

/// <summary>The one type-to-family table, shared by event assembly and the record's matcher.</summary>
public static class EventFamilies
{
    /// <summary>The family of an event type.</summary>
    public static EventFamily Of(EventType type) => type switch
    {
        EventType.Dialogue or EventType.Meeting or EventType.Visit or EventType.PhoneCall => EventFamily.Consult,
        EventType.Agreement => EventFamily.Agree,
        _ => EventFamily.Cooperate,
    };

    /// <summary>The family's name as the spec writes it: <c>consult</c>, <c>agree</c> or <c>cooperate</c>.</summary>
    public static string Name(EventFamily family) => family switch
    {
        EventFamily.Consult => "consult",
        EventFamily.Agree => "agree",
        _ => "cooperate",
    };

    /// <summary>
    /// One event of each group per sentence at most: a visit is reported beside the talks held during it, a numbered
    /// session beside the talks on its margins; other types of one family exclude each other in a sentence.
    /// </summary>
    internal static string Group(EventType type, TriggerStrength strength) =>
        type == EventType.Visit ? "visit" : strength == TriggerStrength.Numbered ? "session" : Name(Of(type));
}
