using System.Collections.Concurrent;
using Attache.Model;
using Attache.Recognition;
using Attache.Recognition.Dates;
using Attache.Recognition.Numbers;
using Attache.Serialization;
using Attache.Tokenization;

namespace Attache.Languages;

/// <summary>How a country is referred to: by its name, an adjective, or a combining form in a compound.</summary>
public enum CountryForm
{
    /// <summary>"Japon", "Japan".</summary>
    Name,
    /// <summary>"japonais", "Japanese".</summary>
    Adjective,
    /// <summary>"nippo" in "nippo-vietnamien".</summary>
    Combining,
}

/// <summary>A country reference found by the gazetteer.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code.</param>
/// <param name="Form">How the text refers to it.</param>
public sealed record CountryEntry(string Code, CountryForm Form);

/// <summary>A navy's ship prefix: the country whose ships carry it, and whether it stands only before a hull number.</summary>
public sealed record ShipPrefix(string Country, bool HullNumberOnly);

/// <summary>A city or seat: its English exonym and its country.</summary>
/// <param name="City">English exonym without diacritics.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code.</param>
public sealed record CityEntry(string City, string Country);

/// <summary>An organisation, possibly tied to a country.</summary>
/// <param name="Country">ISO 3166-1 alpha-3 code, or null for multilateral bodies.</param>
/// <param name="Kind">ministry, armed_force, service, coast_guard, academy or multilateral.</param>
public sealed record OrganizationEntry(string? Country, string Kind);

/// <summary>A phrase that starts or qualifies an event, with the role it plays.</summary>
/// <param name="Kind">The cue's role, e.g. <c>future</c>, <c>negation</c>, <c>both-sides</c>.</param>
public sealed record CueEntry(string Kind);

/// <summary>A title or rank phrase.</summary>
/// <param name="Kind"><c>rank</c>, <c>office</c> or <c>honorific</c>.</param>
public sealed record TitleEntry(string Kind);

/// <summary>A mechanism head phrase ("Dialogue sur la politique de défense") and the event type its sessions are.</summary>
/// <param name="Type">The event type of a session.</param>
/// <param name="NeedsEdition">True for a bare word ("le 4e dialogue") that names a session only with an ordinal before it.</param>
public sealed record MechanismEntry(EventType Type, bool NeedsEdition = false);

/// <summary>A cooperation-area keyword, possibly counted only when a cue of some kind is in its sentence.</summary>
/// <param name="Area">The area the keyword signals.</param>
/// <param name="Needs">The cue kind the sentence must also hold ("ASEAN" counts with "coordination", not with "ties"), or null.</param>
public sealed record AreaEntry(CooperationArea Area, string? Needs);

/// <summary>An event trigger phrase.</summary>
/// <param name="Type">The event type it signals.</param>
/// <param name="Strength"><c>strong</c> triggers stand alone; <c>weak</c> ones need a foreign party in the sentence.</param>
public sealed record TriggerEntry(EventType Type, string Strength);

/// <summary>Everything the engine knows about one language, compiled from its data files (and the common folder).</summary>
/// <remarks>Built once per language and shared; all members are read-only after construction.</remarks>
public sealed class LanguageResources
{
    private static readonly ConcurrentDictionary<string, LanguageResources> Cache = new(StringComparer.Ordinal);

    private LanguageResources(string language)
    {
        Language = language;
        (Countries, Exclusions, Cities, Organizations, Titles) = (new(Vocabulary), new(Vocabulary), new(Vocabulary), new(Vocabulary), new(Vocabulary));
        (Triggers, Mechanisms, Areas, Cues) = (new(Vocabulary), new(Vocabulary), new(Vocabulary), new(Vocabulary));
        var data = LanguageData.For(language);
        var common = LanguageData.Common;

        foreach (var row in common.Table("countries"))
            if (row.Length >= 2) CountryNames[row[0]] = row[1];
        foreach (var row in data.Table("countries"))
        {
            if (row.Length < 2) continue;
            // "US" is a name, an adjective and a combining form: the first reading, as a name, wins.
            foreach (var p in LanguageData.Alternatives(row[1])) Countries.TryAdd(p, new CountryEntry(row[0], CountryForm.Name));
            if (row.Length > 2) foreach (var p in LanguageData.Alternatives(row[2])) Countries.TryAdd(p, new CountryEntry(row[0], CountryForm.Adjective));
            if (row.Length > 3) foreach (var p in LanguageData.Alternatives(row[3])) Countries.TryAdd(p, new CountryEntry(row[0], CountryForm.Combining));
        }
        foreach (var row in data.Table("country-exclusions"))
            if (row.Length >= 1) Exclusions.Add(row[0], true);

        foreach (var table in new[] { common.Table("cities"), data.Table("cities") })
        {
            foreach (var row in table)
            {
                if (row.Length < 2) continue;
                var entry = new CityEntry(row[0], row[1]);
                Cities.Add(row[0], entry);
                if (row.Length > 2) AddAll(Cities, row[2], entry);
            }
        }
        foreach (var row in common.Table("city-homonyms"))
            if (row.Length >= 2) CityHomonyms[row[0]] = row[1];
        foreach (var row in common.Table("seats"))
            if (row.Length >= 3) AddAll(Cities, row[0], new CityEntry(row[1], row[2]));

        foreach (var row in data.Table("organizations"))
            if (row.Length >= 3) AddAll(Organizations, row[2], new OrganizationEntry(row[0].Length == 3 ? row[0] : null, row[1]));

        foreach (var row in data.Table("titles"))
            if (row.Length >= 2) AddAll(Titles, row[1], new TitleEntry(row[0]));

        foreach (var row in data.Table("triggers"))
            if (row.Length >= 3 && EventJson.TryParseType(row[0], out var type)) AddAll(Triggers, row[2], new TriggerEntry(type, row[1]));

        foreach (var row in data.Table("mechanisms"))
            if (row.Length >= 2 && EventJson.TryParseType(row[0], out var type))
                AddAll(Mechanisms, row[1], new MechanismEntry(type, row.Length > 2 && row[2] == "needs-edition"));

        foreach (var row in data.Table("areas"))
            if (row.Length >= 2 && EventJson.TryParseArea(row[0], out var area))
                AddAll(Areas, row[1], new AreaEntry(area, row.Length > 2 && row[2].StartsWith("needs:", StringComparison.Ordinal) ? row[2]["needs:".Length..] : null));

        foreach (var row in data.Table("cues"))
            if (row.Length >= 2 && !row[0].EndsWith("-suffix", StringComparison.Ordinal)) AddAll(Cues, row[1], new CueEntry(row[0]));
        HasNotTriggerCues = data.Table("cues").Any(r => r.Length >= 2 && r[0] == "not-trigger");

        NameStopwords = Words(data, "name-stopwords");
        NameParticles = Words(data, "name-particles");
        Determiners = Words(data, "determiners");
        FunctionWords = Words(data, "stopwords");
        foreach (var row in data.Table("ordinals"))
            if (row.Length >= 2 && row[0] == "suffix")
                foreach (var w in LanguageData.Alternatives(row[1])) OrdinalSuffixes.Add(TextFolding.Fold(w));
        ShipWords = Words(data, "ship-words");
        foreach (var row in common.Table("ship-prefixes"))
            if (row.Length >= 2)
                foreach (var prefix in LanguageData.Alternatives(row[1])) ShipPrefixes[prefix] = new ShipPrefix(row[0], row.Length > 2 && row[2] == "hull-number");
        EditionWords = Words(data, "edition-words");
        Relatives = Words(data, "relatives");
        PartnerWords = Words(data, "partner-words");
        Anaphoric = Words(data, "anaphoric");
        foreach (var row in common.Table("territories"))
            if (row.Length >= 2) Sovereigns[row[0]] = row[1];
        Conjunctions = Words(data, "conjunctions");
        foreach (var row in common.Table("family-names"))
            if (row.Length >= 4)
                FamilyNames.Add((row[0], LanguageData.Alternatives(row[3]).Select(w => TextFolding.Fold(w)).ToHashSet(StringComparer.Ordinal), int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var row in data.Table("cues"))
            if (row.Length >= 2 && row[0].EndsWith("-suffix", StringComparison.Ordinal))
                foreach (var w in LanguageData.Alternatives(row[1])) SuffixCues.Add((TextFolding.Fold(w), row[0][..^"-suffix".Length]));
        foreach (var row in data.Table("abbreviations"))
            foreach (var w in row.SelectMany(LanguageData.Alternatives)) Abbreviations.Add(TextFolding.Fold(w.TrimEnd('.')));

        Dates = new DateRecognizer(data);
        Ordinals = new OrdinalRecognizer(data);
    }

    /// <summary>The language code.</summary>
    public string Language { get; }

    /// <summary>English short names by ISO code.</summary>
    public Dictionary<string, string> CountryNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The words of every phrase matcher below, numbered once for all of them.</summary>
    internal PhraseVocabulary Vocabulary { get; } = new();

    /// <summary>Country names, adjectives and combining forms.</summary>
    public PhraseMatcher<CountryEntry> Countries { get; }

    /// <summary>Phrases containing a country word that do not refer to it as a party ("océan Indien").</summary>
    public PhraseMatcher<bool> Exclusions { get; }

    /// <summary>Cities, bases and seats.</summary>
    public PhraseMatcher<CityEntry> Cities { get; }

    /// <summary>Ministries, armed forces, services and multilateral bodies.</summary>
    public PhraseMatcher<OrganizationEntry> Organizations { get; }

    /// <summary>Ranks, offices and honorifics.</summary>
    public PhraseMatcher<TitleEntry> Titles { get; }

    /// <summary>Event triggers.</summary>
    public PhraseMatcher<TriggerEntry> Triggers { get; }

    /// <summary>Mechanism head phrases.</summary>
    public PhraseMatcher<MechanismEntry> Mechanisms { get; }

    /// <summary>Cooperation-area keywords.</summary>
    public PhraseMatcher<AreaEntry> Areas { get; }

    /// <summary>Modality, coreference and role cues.</summary>
    public PhraseMatcher<CueEntry> Cues { get; }

    /// <summary>True when the language lists "not-trigger" cues: words that contain a trigger without being one.</summary>
    public bool HasNotTriggerCues { get; }

    /// <summary>Capitalised words that never start or continue a person's name.</summary>
    public HashSet<string> NameStopwords { get; }

    /// <summary>Lower-case particles allowed inside names ("de", "van", "bin").</summary>
    public HashSet<string> NameParticles { get; }

    /// <summary>Determiners after which a capitalised run is a thing, not a person (folded).</summary>
    public HashSet<string> Determiners { get; }

    /// <summary>Function words and the commonest words of the news (folded): never the first word of a name.</summary>
    public HashSet<string> FunctionWords { get; }

    /// <summary>Suffixes that make a number an ordinal ("e", "ème", "th"), folded.</summary>
    public HashSet<string> OrdinalSuffixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Words for ships and ship prefixes, after which a capitalised name is a ship ("la frégate Prairial", "USS"), folded.</summary>
    public HashSet<string> ShipWords { get; }

    /// <summary>Cities whose name another town shares, to that town's country (Tripoli: Lebanon as well as Libya).</summary>
    public Dictionary<string, string> CityHomonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Navies' ship prefixes in exact case ("INS", "HMAS", "KRI") to the country whose ships carry them.</summary>
    public Dictionary<string, ShipPrefix> ShipPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that count a session ("édition", "edition", "session"), folded.</summary>
    public HashSet<string> EditionWords { get; }

    /// <summary>Relative pronouns, which open a clause about the noun before them ("qui aura lieu"), folded.</summary>
    public HashSet<string> Relatives { get; }

    /// <summary>Prepositions that bring an event's partner into its trigger ("talks with", "entretien avec"), folded.</summary>
    public HashSet<string> PartnerWords { get; }

    /// <summary>Determiners that make an event noun refer back to an occasion already reported ("la rencontre"), folded.</summary>
    public HashSet<string> Anaphoric { get; }

    /// <summary>The sovereign state that acts for a dependent territory (New Caledonia: France), by ISO code.</summary>
    public Dictionary<string, string> Sovereigns { get; } = new(StringComparer.Ordinal);

    /// <summary>Coordinating conjunctions, which end a title in apposition (folded).</summary>
    public HashSet<string> Conjunctions { get; }

    /// <summary>Family names typical of one country, with the name lengths (in words) for which they are a safe hint.</summary>
    public List<(string Country, HashSet<string> Names, int MinWords, int MaxWords)> FamilyNames { get; } = [];

    /// <summary>Word endings that carry a cue, e.g. French future-tense endings (folded suffix, cue kind).</summary>
    public List<(string Suffix, string Kind)> SuffixCues { get; } = [];

    /// <summary>Abbreviations after which a period does not end a sentence (folded, without the period).</summary>
    public HashSet<string> Abbreviations { get; } = new(StringComparer.Ordinal);

    /// <summary>The language's date recogniser.</summary>
    public DateRecognizer Dates { get; }

    /// <summary>The language's ordinal recogniser.</summary>
    public OrdinalRecognizer Ordinals { get; }

    /// <summary>The compiled resources of a language.</summary>
    public static LanguageResources For(string language) => Cache.GetOrAdd(language, l => new LanguageResources(l));

    /// <summary>Every word of a one-column word list, folded.</summary>
    private static HashSet<string> Words(LanguageData data, string table) =>
        data.Table(table).SelectMany(row => row.SelectMany(LanguageData.Alternatives)).Select(w => TextFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static void AddAll<T>(PhraseMatcher<T> matcher, string cell, T value)
    {
        foreach (var phrase in LanguageData.Alternatives(cell)) matcher.Add(phrase, value);
    }
}
