using System.Diagnostics.CodeAnalysis;
using Attache.Model;
using Attache.Recognition;
using Attache.Recognition.Dates;
using Attache.Tokenization;

namespace Attache.Events.Filters;

/// <summary>The checks the filters and argument rules share: cues near a trigger, its clause, defence scope, foreign context.</summary>
internal static class TriggerFilters
{
    /// <summary>Every cue kind that keeps a trigger from reporting an occurrence.</summary>
    internal static readonly string[] BlockingKinds = ["future", "proposal", "negation", "hypothetical", "habitual", "not-event"];

    internal const int CueWindowBefore = 8;
    internal const int CueWindowAfter = 6;

    /// <summary>Future, proposed, hypothetical and negated events are left out; so are earlier ones the text marks as such.</summary>
    /// <remarks>Only cues of <paramref name="kinds"/> count (by default every blocking kind), so that each filter checks its own.</remarks>
    internal static bool Blocked(AnalyzedText a, Sentence s, int start, int end, bool mechanism, string[]? kinds = null)
    {
        kinds ??= BlockingKinds;
        // A mechanism's name runs on ("… Vietnam-France au niveau de vice-ministre, qui aura lieu"): look further after it.
        var after = mechanism ? 2 * CueWindowAfter : CueWindowAfter;
        foreach (var c in a.CuesNear(s.Start, s.End))
        {
            if (Array.IndexOf(kinds, c.Value.Kind) < 0) continue;
            if (c.End <= s.Start || c.Start >= s.End) continue;
            // "X is in Japan on an official visit, and will also attend the dialogue": a cue in a clause coordinated after the
            // trigger's governs that clause only.
            if (c.End > start - CueWindowBefore && c.Start < end + after && !(c.End <= start && SubordinatorBetween(a, c.End, start))
                && !(c.Start >= end && CoordinatedBetween(a, end, c.Start))) return true;
            // "This will be the minister's first visit to Vietnam and the first Vietnam visit by …": a cue governs its clause.
            if (c.Value.Kind is "future" or "hypothetical" or "negation" or "proposal" && c.End <= start && SameClause(a, c.End, start)) return true;
            // "le premier dialogue …, qui aura lieu cette année": a relative clause on the trigger puts it in the future.
            if (mechanism && c.Value.Kind == "future" && c.Start >= end && c.Start >= 2 && (a.Language.Relatives.Contains(a.Tokens[c.Start - 1].Key) || a.Language.Relatives.Contains(a.Tokens[c.Start - 2].Key))
                && !TriggerWithin(a, end, c.Start)) return true;
        }
        return false;
    }

    /// <summary>True when a comma and a conjunction (", and", ", et") open a new clause between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool CoordinatedBetween(AnalyzedText a, int from, int to) => CoordinationAfter(a, from, to) < to;

    /// <summary>Where the first clause coordinated by a comma and a conjunction starts after <paramref name="from"/>, or <paramref name="to"/>.</summary>
    internal static int CoordinationAfter(AnalyzedText a, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
            if (a.Tokens[k].Key == "," && a.Tokens[k + 1].IsWord && a.Language.Conjunctions.Contains(a.Tokens[k + 1].Key)) return k;
        return to;
    }

    /// <summary>True when the first date after a trigger, before any other trigger of its sentence, names a month and year
    /// before the dispatch's news (its reference month, else its latest year).</summary>
    internal static bool DatedInThePast(AnalyzedText a, DocumentContext ctx, Sentence s, int end)
    {
        if (FirstDateAfter(a, s, end)?.Expression is not { Year: int y, Month: int m, Offset: null }) return false;
        if (ctx.Reference is { Year: int ry, Month: int rm }) return y * 12 + m < ry * 12 + rm - 1;
        if (ctx.Reference is { Year: int ryear }) return y < ryear;
        return ctx.FallbackYear is int fy && y < fy;
    }

    /// <summary>True when the trigger carries a month and year of its own, other than the earlier occasion's ("le protocole
    /// signé en octobre 2011, ainsi que le mécanisme signé en mars 2012": two signings).</summary>
    internal static bool OwnMonth(AnalyzedText a, Sentence s, int end, PartialDate? earlier) =>
        FirstDateAfter(a, s, end)?.Expression is { Year: int y, Month: int m, Offset: null } && earlier is { Year: int ey, Month: int em } && (y, m) != (ey, em);

    /// <summary>The first date after a trigger and before the next trigger of its sentence.</summary>
    private static DateMention? FirstDateAfter(AnalyzedText a, Sentence s, int end)
    {
        var from = a.Tokens[end - 1].End;
        var until = AnalyzedText.StartingIn(a.Triggers, end, s.End).ToArray().Where(t => t.Start >= end && t.End <= s.End).Select(t => a.Tokens[t.Start].Start).DefaultIfEmpty(s.CharEnd).Min();
        return a.DatesStartingIn(from, until).ToArray().Where(dm => dm.Span.Start >= from && dm.Span.End <= until).MinBy(dm => dm.Span.Start);
    }

    private static bool TriggerWithin(AnalyzedText a, int start, int end)
    {
        foreach (var t in AnalyzedText.StartingIn(a.Triggers, start, end))
            if (t.Start >= start && t.End <= end) return true;
        return false;
    }

    /// <summary>True when a period bound or a past cue ("depuis", "since") ends at most two characters before <paramref name="offset"/>.</summary>
    internal static bool BoundBefore(AnalyzedText a, int offset) => Bound(a, offset) is not null;

    /// <summary>True when the date at <paramref name="offset"/> opens a period that runs to now ("since 2010", "depuis 1993",
    /// "kể từ năm 2010"): what happened in it is counted, not one occurrence. "Until Monday" closes a stay and "by 2030" is
    /// a goal, which say nothing of the kind.</summary>
    internal static bool SinceBefore(AnalyzedText a, int offset) => Bound(a, offset) is "past" or "period-start" && !FirstTimeBefore(a, offset);

    /// <summary>"For the first time since 2019", "pour la première fois depuis 2019": a first since a date is one occurrence,
    /// and its "since" measures the gap; it neither counts occurrences nor dates this one in the past.</summary>
    internal static bool FirstTimeBefore(AnalyzedText a, int offset)
    {
        var k = a.TokenAt(offset);
        foreach (var c in a.CuesNear(Math.Max(0, k - 6), k))
            if (c.Value.Kind == "first-time" && c.End <= k && k - c.End <= 3) return true;
        return false;
    }

    private static string? Bound(AnalyzedText a, int offset)
    {
        foreach (var c in a.CuesEndingNear(offset - 2, offset))
            if (c.Value.Kind is "period-bound" or "period-start" or "past" && a.Tokens[c.End - 1].End <= offset && offset - a.Tokens[c.End - 1].End <= 2) return c.Value.Kind;
        return null;
    }

    private static bool SubordinatorBetween(AnalyzedText a, int from, int to)
    {
        foreach (var c in a.CuesNear(from, to))
            if (c.Value.Kind == "subordinator" && c.Start >= from && c.Start < to) return true;
        return false;
    }

    private static bool SameClause(AnalyzedText a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // "a passing exercise (PASSEX) and a search and rescue exercise": a short aside in brackets does not end the clause.
            if (a.Tokens[k].Key == "(" && ShortAside(a, k, to) is int close) { k = close; continue; }
            if (a.Tokens[k].Key is "," or ";" or ":" or "(" or ")" or "\"" || a.Language.Conjunctions.Contains(a.Tokens[k].Key) && k + 1 < to && a.TriggerAt[k + 1]) return false;
        }
        // "hoped that X will share … while meeting Y": a subordinator opens a clause of its own, timed by the main verb.
        return !SubordinatorBetween(a, from, to);
    }

    /// <summary>The closing bracket of an aside of at most three tokens opened at <paramref name="open"/>, or null.</summary>
    private static int? ShortAside(AnalyzedText a, int open, int to)
    {
        for (var k = open + 1; k < Math.Min(to, open + 5); k++)
            if (a.Tokens[k].Key == ")") return k;
        return null;
    }

    internal static bool SequenceBetween(AnalyzedText a, int from, int to)
    {
        foreach (var c in a.CuesNear(from, to))
            if (c.Value.Kind == "sequence" && c.Start >= from && c.Start < to) return true;
        return false;
    }

    internal static bool HasCue(AnalyzedText a, Sentence s, string kind) => a.HasCueWithin(s.Start, s.End, kind);

    internal static bool DefenseScope(AnalyzedText a, Sentence s, bool talks = false)
    {
        if (a.HasCueWithin(s.Start, s.End, "defense")) return true;
        for (var k = s.Start; k < s.End; k++)
            if (a.DefenseAt[k]) return true;
        foreach (var pm in a.MentionsStartingIn(s.Start, s.End))
            if (pm.Start >= s.Start && pm.End <= s.End && a.People[pm.PersonId].Defense) return true;
        // In a dispatch about defense, talks with an official ("a reception for the Japanese Ambassador") are in scope
        // even when their sentence does not repeat the word.
        if (DefenseDispatch(a))
        {
            foreach (var pm in a.MentionsStartingIn(s.Start, s.End))
                if (pm.Start >= s.Start && pm.End <= s.End && a.People[pm.PersonId].Title is not null) return true;
            // … and so are the talks of "the two ministers", "les deux parties": the officials the dispatch has already named.
            if (talks && a.HasCueWithin(s.Start, s.End, "both-sides", "both-people")) return true;
            // … and the officials it names again by their titles alone ("the minister and his counterpart signed").
            if (EventParticipants.TitleReferents(a, s).Exists(id => a.People[id].Title is not null)) return true;
        }
        return false;
    }

    private const int DefenseDispatchCues = 4;

    internal static bool DefenseDispatch(AnalyzedText a)
    {
        if (a.People.Exists(p => p.Defense)) return true;
        return a.DefenseTokens >= DefenseDispatchCues;
    }

    /// <summary>True when the sentence names a ship by its type or prefix ("JS Shiranui", "the frigate", "un navire") before <paramref name="end"/>.</summary>
    internal static bool NamesShip(AnalyzedText a, Sentence s, int end)
    {
        for (var k = s.Start; k < Math.Min(end, s.End); k++)
            if (a.IsShipWord(k) && !a.TitleAt[k]) return true;
        return false;
    }

    private const int FrameGap = 3;

    /// <summary>True when a session-frame cue ("à l'occasion de", "on the occasion of") stands a few words before a numbered session.</summary>
    internal static bool FramedBySession(AnalyzedText a, Sentence s)
    {
        foreach (var cue in a.CuesNear(s.Start, s.End))
        {
            if (cue.Value.Kind != "session-frame" || cue.Start < s.Start || cue.End > s.End) continue;
            foreach (var m in AnalyzedText.StartingIn(a.Mechanisms, cue.End, Math.Min(s.End, cue.End + FrameGap + 2)))
                if (m.Start >= cue.End && m.Start <= cue.End + FrameGap + 1 && m.Value.Type == Model.EventType.Dialogue
                    && Events.MechanismEditions.EditionBefore(a, m.Start) is not null) return true;
        }
        return false;
    }

    internal static bool HasForeignContext(AnalyzedText a, Sentence s)
    {
        for (var k = s.Start; k < s.End; k++)
            if (a.CountryAt[k] is not null || a.OrgCountryAt[k] is not null) return true;
        if (a.HasCueWithin(s.Start, s.End, "both-sides", "both-people")) return true;
        foreach (var pm in a.MentionsStartingIn(s.Start, s.End))
            if (pm.Start >= s.Start && pm.End <= s.End) return true;
        return false;
    }

    /// <summary>True when the sentence speaks of the occasion the one before it recalled ("the signing … during this visit").</summary>
    internal static bool OnRecalledOccasion(AnalyzedText a, Sentence s, int si, [NotNullWhen(true)] Draft? last) =>
        last is { Status: EventStatus.Background, Date: not null } && last.FirstSentence >= si - 1
        && (HasCue(a, s, "that-occasion") || HasCue(a, s, "during-stay"));
}
