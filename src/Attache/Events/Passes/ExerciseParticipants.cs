using Attache.Model;
using Attache.Recognition;

namespace Attache.Events.Passes;

/// <summary>
/// A multinational exercise names its other participants in a later sentence ("French and British elements also took
/// part in the exercises"): the countries of the sentences after an exercise, before the next event, that say who took
/// part (in an exercise, or right after it: "y prennent part") are its parties too.
/// </summary>
internal sealed class ExerciseParticipants : IDocumentPass
{
    public string Name => nameof(ExerciseParticipants);

    public List<Draft> Run(PassContext c, List<Draft> drafts)
    {
        var a = c.A;
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Type != EventType.Exercise || d.Countries.Count < 2) continue;
            List<string>? added = null;
            TextSpan? span = null;
            var until = Draft.NextReported(drafts, d, a.Sentences.Count);
            for (var si = d.FirstSentence + 1; si < until; si++)
            {
                var s = a.Sentences[si];
                if (!a.HasCueWithin(s.Start, s.End, "participation") || !(si == d.FirstSentence + 1 || SpeaksOfExercise(a, s))) continue;
                for (var k = s.Start; k < s.End; k++)
                    if (a.CountryAt[k] is { } code && !d.Countries.Contains(code) && !(added ??= []).Contains(code)) added.Add(code);
                span ??= new TextSpan(s.CharStart, s.CharEnd);
            }
            if (added is null) continue;
            var countries = d.Countries.Concat(added).ToList();
            drafts[i] = d with
            {
                Countries = countries,
                Sources = (d.Sources ?? FieldSources.Empty).With(EventField.Countries, new FieldSource(Name, "countries a later sentence names as taking part: " + string.Join(", ", added), span)),
            };
            c.Trace?.Step(d.Id, Name, Decision.Kept, "countries taking part added: " + string.Join(", ", added), null);
        }
        return drafts;
    }

    private static bool SpeaksOfExercise(AnalyzedText a, Tokenization.Sentence s)
    {
        foreach (var t in a.Triggers)
            if (t.Start >= s.Start && t.End <= s.End && t.Value.Type == EventType.Exercise) return true;
        return false;
    }
}
