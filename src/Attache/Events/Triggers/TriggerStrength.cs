namespace Attache.Events.Triggers;

/// <summary>How much a trigger says by itself, which decides the filters it must pass.</summary>
internal enum TriggerStrength
{
    /// <summary>A mechanism named with its edition ("le 10e Dialogue"): a session, whatever else the sentence says.</summary>
    Numbered,

    /// <summary>A mechanism named without an edition: a session only when held, dated or numbered.</summary>
    Mechanism,

    /// <summary>A phrase that reports an interaction by itself ("held talks", "a signé").</summary>
    Strong,

    /// <summary>A ceremony or an opening, a plain "delivered": an event only when its sentence has the cue its type needs (a
    /// course for training, goods given for assistance).</summary>
    Course,

    /// <summary>A plain verb ("completed", "a suivi") that is a training event only when a course is its object
    /// ("completed a two-week diving course").</summary>
    CourseObject,

    /// <summary>A bare noun or verb ("visit", "exercise") that needs a foreign party in its sentence.</summary>
    Weak,
}

/// <summary>Reads the strengths the trigger data files give, and ranks strengths for the order of a sentence's triggers.</summary>
internal static class TriggerStrengths
{
    /// <summary>The strength a <c>triggers.tsv</c> row names (<c>strong</c>, <c>weak</c>, <c>course</c>); anything else is strong.</summary>
    internal static TriggerStrength Parse(string name) => name switch
    {
        "weak" => TriggerStrength.Weak,
        "course" or "cued" => TriggerStrength.Course,
        "course-object" => TriggerStrength.CourseObject,
        _ => TriggerStrength.Strong,
    };

    /// <summary>True for the two strengths a mechanism's name gives.</summary>
    internal static bool IsMechanism(this TriggerStrength s) => s is TriggerStrength.Numbered or TriggerStrength.Mechanism;

    /// <summary>Numbered sessions first, weak triggers last, the rest between.</summary>
    internal static int Rank(this TriggerStrength s) => s switch { TriggerStrength.Numbered => 0, TriggerStrength.Weak or TriggerStrength.CourseObject => 2, _ => 1 };

    /// <summary>The lower-case name used in traces.</summary>
    internal static string Name(this TriggerStrength s) => s switch
    {
        TriggerStrength.Numbered => "numbered",
        TriggerStrength.Mechanism => "mechanism",
        TriggerStrength.Strong => "strong",
        TriggerStrength.Course => "course",
        TriggerStrength.CourseObject => "course-object",
        _ => "weak",
    };
}
