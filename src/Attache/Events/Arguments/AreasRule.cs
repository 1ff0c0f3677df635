using Attache.Model;
using Attache.Recognition;

namespace Attache.Events.Arguments;

/// <summary>
/// The cooperation areas: the keywords of the sentences the event owns, i.e. up to the next reported event's first
/// sentence (a visit owns only its own: what is discussed during it belongs to the talks held during it); a port call
/// is naval cooperation.
/// </summary>
internal static class AreasRule
{
    /// <summary>The rule's name in the trace.</summary>
    internal const string Name = nameof(AreasRule);

    /// <summary>The areas of <paramref name="d"/> among <paramref name="all"/>, with their source.</summary>
    internal static (SortedSet<CooperationArea> Areas, FieldSource Source) Apply(AnalyzedText a, Draft d, List<Draft> all)
    {
        var owned = new SortedSet<int>(d.Sentences);
        if (d.Status == EventStatus.Reported && d.Type != EventType.Visit)
        {
            var next = Draft.NextReported(all, d, a.Sentences.Count, skipVisits: true);
            for (var si = d.FirstSentence; si < next; si++) owned.Add(si);
        }
        var areas = new SortedSet<CooperationArea>();
        int start = int.MaxValue, end = -1;
        foreach (var m in AnalyzedText.StartingIn(a.Areas, a.Sentences[owned.Min].Start, a.Sentences[owned.Max].End))
            // "Chief of Naval Staff", "the Indian Navy": a word inside an office or an organisation's name names who acts, not
            // what they cooperate on.
            if (owned.Contains(a.SentenceOf(m.Start)) && (m.Value.Needs is not { } needs || a.SentenceHasCue(m.Start, needs)) && !InName(a, m.Start, m.End))
            {
                areas.Add(m.Value.Area);
                (start, end) = (Math.Min(start, m.Start), Math.Max(end, m.End));
            }
        var source = end < 0 ? new FieldSource(Name, "no area keyword in the sentences the event owns", null)
            : new FieldSource(Name, $"area keywords in the {owned.Count} sentence(s) the event owns", Evidence.Tokens(a, start, end));
        if (d.Type == EventType.PortCall && areas.Add(CooperationArea.NavalCooperation) && end < 0)
            source = new FieldSource(Name, "a port call is naval cooperation", d.Sources?[EventField.Type].Span);
        return (areas, source);
    }

    private static bool InName(AnalyzedText a, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!a.TitleAt[k]) return false;
        return true;
    }
}
