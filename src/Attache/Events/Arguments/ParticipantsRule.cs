using Attache.Events.Triggers;
using Attache.Model;
using Attache.Recognition;

namespace Attache.Events.Arguments;

/// <summary>The people of the event: those its sentence names, each side's own in a sentence of two occasions, a visit's visitors.</summary>
internal sealed class ParticipantsRule : IArgumentRule
{
    public string Name => nameof(ParticipantsRule);

    public string? Apply(ArgumentContext c)
    {
        var (a, s) = (c.A, c.S);
        var people = new List<int>();
        foreach (var pm in a.MentionsStartingIn(s.Start, s.End))
            if (pm.Start >= s.Start && pm.End <= s.End && !people.Contains(pm.PersonId)) people.Add(pm.PersonId);
        var reason = "the people the sentence names";
        Model.TextSpan? span = c.SentenceSpan;
        // "X received Y, who is in Vietnam to attend the 2nd dialogue": when the sentence reports talks too, the session's
        // participant is the one named just before it, the guest who came for it.
        if (c.Trigger.Type == EventType.Dialogue && !Filters.TriggerFilters.FramedBySession(a, s) && AnalyzedText.StartingIn(a.Triggers, s.Start, s.End).ToArray().Any(t => t.Value.Type == EventType.Meeting && TriggerStrengths.Parse(t.Value.Strength) == TriggerStrength.Strong && t.Start >= s.Start && t.End <= c.Trigger.Start))
        {
            var guest = a.PersonMentions.LastOrDefault(pm => pm.Start >= s.Start && pm.End <= c.Trigger.Start);
            if (guest is not null) (people, reason, span) = ([guest.PersonId], "the guest named before the session, beside talks in the same sentence", Evidence.Tokens(a, guest.Start, guest.End));
        }
        // "the Defence Secretary and the Deputy Minister of National Defence of Vietnam signed": a title without a name
        // refers to the one person named earlier whose title holds it.
        var referred = EventParticipants.TitleReferents(a, s).Where(id => !people.Contains(id)).ToList();
        if (referred.Count > 0)
        {
            people.AddRange(referred);
            reason += "; and by their titles alone, people named earlier";
        }
        c.People = people;
        c.Source(EventField.Participants, Name, people.Count == 0 ? "no one named in the sentence" : reason, people.Count == 0 ? null : span);
        return null;
    }

    /// <summary>
    /// Two occasions of one sentence ("X held talks with Y before being received by Z"): each keeps the sentence's subject
    /// and the people of its own clause. Returns both drafts, replaced.
    /// </summary>
    internal static (Draft First, Draft Second) SplitClauses(AnalyzedText a, Draft first, Draft second)
    {
        var s = a.Sentences[second.FirstSentence];
        var boundary = a.Tokens[second.TriggerStart].Start;
        var subject = a.PersonMentions.FirstOrDefault(pm => pm.Start >= s.Start && pm.End <= first.TriggerStart)?.PersonId;
        var firstPeople = first.People.Where(id => id == subject || a.PersonMentions.Any(pm => pm.PersonId == id && pm.Start >= s.Start && a.Tokens[pm.Start].Start < boundary)).ToList();
        var secondPeople = second.People.Where(id => id == subject || a.PersonMentions.Any(pm => pm.PersonId == id && a.Tokens[pm.Start].Start >= boundary && pm.End <= s.End)).ToList();
        var source = new FieldSource(nameof(ParticipantsRule), "two occasions in one sentence: the subject and the people of each one's clause", new Model.TextSpan(s.CharStart, s.CharEnd));
        return (first with { People = firstPeople, Sources = (first.Sources ?? FieldSources.Empty).With(EventField.Participants, source) },
            second with { People = secondPeople, Sources = (second.Sources ?? FieldSources.Empty).With(EventField.Participants, source) });
    }

    /// <summary>
    /// The participants an event lists: a visit lists its visitors (the hosts, of the country visited, took part in the
    /// talks, not in the visit); between two countries, people the text gives no country for are on the side no one
    /// else named speaks for ("Vietnamese Defence Minister X received Admiral Y").
    /// </summary>
    internal static (List<Participant> Participants, string? Adjusted) ForEvent(AnalyzedText a, Draft d)
    {
        var people = d.People.Select(id => a.People[id]).ToList();
        string? adjusted = null;
        // "Southern Vanguard began as a bilateral drill": the exercise's name read as a person's elsewhere is still its name.
        if (d.Type == EventType.Exercise && d.Mechanism is { } m && people.RemoveAll(p => string.Equals(Record.TextKey.Fold(p.Name), Record.TextKey.Fold(m.Name), StringComparison.Ordinal)) > 0)
            adjusted = "the exercise's name left out";
        if (d.Type == EventType.Visit && d.Location?.Country is { } host && people.Any(p => p.Country != host))
        {
            if (people.Any(p => p.Country == host)) adjusted = "the hosts left out: a visit lists its visitors";
            people = people.Where(p => p.Country != host).ToList();
        }
        var participants = people.Select(p => new Participant(p.Name, p.Country, p.Title)).ToList();
        // "Rajnath Singh is in Japan on an official visit": who visits a country, or calls at its port, comes from the other side.
        if (d.Type is EventType.Visit or EventType.PortCall && d.Countries.Count == 2 && d.Location?.Country is { } visited
            && d.Countries.Contains(visited) && participants.Any(p => p.Country is null))
        {
            var visitors = d.Countries.First(c => c != visited);
            participants = [.. participants.Select(p => p.Country is null ? p with { Country = visitors } : p)];
            adjusted = (adjusted is null ? "" : adjusted + "; ") + "people without a country put on the visitors' side";
        }
        if (d.Countries.Count == 2 && participants.Where(p => p.Country is not null).Select(p => p.Country).Distinct().ToList() is [{ } side]
            && d.Countries.Contains(side) && participants.Any(p => p.Country is null)
            && d.Countries.First(c => c != side) is var other && !UnnamedCounterparts(a, a.Sentences[d.FirstSentence], other))
        {
            participants = [.. participants.Select(p => p.Country is null ? p with { Country = other } : p)];
            adjusted = (adjusted is null ? "" : adjusted + "; ") + "people without a country put on the side no one else speaks for";
        }
        return (participants, adjusted);
    }

    /// <summary>"… à Tokyo avec leurs homologues japonais": the sentence gives <paramref name="country"/>'s side as counterparts
    /// it does not name, so whoever it names without a country is not of that side.</summary>
    private static bool UnnamedCounterparts(AnalyzedText a, Tokenization.Sentence s, string country)
    {
        foreach (var cue in a.CuesNear(s.Start, s.End))
        {
            if (cue.Value.Kind != "counterpart" || cue.Start < s.Start || cue.End > s.End) continue;
            // The country stands next to the word ("their Japanese counterparts", "leurs homologues japonais") and no name follows.
            var near = Enumerable.Range(Math.Max(s.Start, cue.Start - 2), Math.Min(s.End, cue.End + 2) - Math.Max(s.Start, cue.Start - 2)).Any(k => a.CountryAt[k] == country);
            var named = a.PersonMentions.Any(pm => pm.Start >= cue.End && pm.Start <= cue.End + 4 && pm.End <= s.End);
            if (near && !named) return true;
        }
        return false;
    }
}
