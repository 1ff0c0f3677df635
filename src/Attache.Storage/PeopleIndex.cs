using Attache.Record;

namespace Attache.Storage;

/// <summary>A person found by ingest's lookups; <see cref="Known"/> when the looked-up form is already one of their names.
/// <see cref="Tokens"/> are the name's <see cref="Attache.Record.PersonNames.Tokens"/> when already known.</summary>
internal readonly record struct PersonMatch(string Id, string Name, string? Country, bool Known, string[]? Tokens = null);

/// <summary>The tables <c>people</c>, <c>person_names</c> and <c>person_tokens</c> held in memory by one store, so that
/// ingest finds people without querying them.</summary>
/// <remarks>Valid only for the <c>store_version</c> in <see cref="Version"/>: the store drops it as soon as another writer
/// may have changed the record, and when a transaction that changed it does not commit. Each method answers or changes
/// exactly as the SQL it replaces (same filters, same conflict rules), so a store gives the same people with or without it.</remarks>
internal sealed class PeopleIndex(long version)
{
    private sealed class Person(string id, string name, int tokenCount, string? country)
    {
        public string Id { get; } = id;
        public string Name { get; private set; } = name;
        public string[] NameTokens { get; private set; } = PersonNames.Tokens(name);
        public int TokenCount { get; set; } = tokenCount;
        public string? Country { get; set; } = country;
        // This person's rows of person_tokens.
        public HashSet<string> Tokens { get; } = new(StringComparer.Ordinal);

        public void Rename(string name)
        {
            if (name == Name) return;
            Name = name;
            NameTokens = PersonNames.Tokens(name);
        }
    }

    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly HashSet<(string PersonId, string Name)> _names = [];
    private readonly Dictionary<string, HashSet<string>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byConcat = new(StringComparer.Ordinal);
    // Person objects rather than ids: the shared-words count walks thousands of them for a common word.
    private readonly Dictionary<string, List<Person>> _byToken = new(StringComparer.Ordinal);

    /// <summary>The <c>store_version</c> these rows are those of.</summary>
    public long Version { get; set; } = version;

    /// <summary>As <c>INSERT INTO people … ON CONFLICT DO NOTHING</c>.</summary>
    public void AddPerson(string id, string name, int tokenCount, string? country)
    {
        if (!_people.ContainsKey(id)) _people[id] = new Person(id, name, tokenCount, country);
    }

    /// <summary>As <c>UPDATE people SET name, token_count, country = COALESCE(country, @country)</c>.</summary>
    public void UpdatePerson(string id, string name, int tokenCount, string? country)
    {
        if (!_people.TryGetValue(id, out var p)) return;
        p.Rename(name);
        p.TokenCount = tokenCount;
        p.Country ??= country;
    }

    /// <summary>As <c>INSERT INTO person_names … ON CONFLICT DO NOTHING</c>.</summary>
    public void AddName(string personId, string name, string key, string concat)
    {
        if (!_names.Add((personId, name))) return;
        Add(_byKey, key, personId);
        Add(_byConcat, concat, personId);
    }

    /// <summary>As <c>INSERT INTO person_tokens … ON CONFLICT DO NOTHING</c>.</summary>
    public void AddToken(string token, string personId)
    {
        if (!_people.TryGetValue(personId, out var p) || !p.Tokens.Add(token)) return;
        if (!_byToken.TryGetValue(token, out var list)) _byToken[token] = list = [];
        list.Add(p);
    }

    /// <summary>People with a name of this key or concatenated key, in id order (the exact-form query).</summary>
    public List<PersonMatch> Exact(string key, string concat, string name)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        if (_byKey.TryGetValue(key, out var k)) ids.UnionWith(k);
        if (_byConcat.TryGetValue(concat, out var c)) ids.UnionWith(c);
        var result = new List<PersonMatch>(ids.Count);
        foreach (var id in ids)
            if (_people.TryGetValue(id, out var p)) result.Add(new PersonMatch(id, p.Name, p.Country, _names.Contains((id, name)), p.NameTokens));
        return result;
    }

    /// <summary>People having at least <paramref name="need"/> of the words, or one of them when their name has one word,
    /// of no country or of <paramref name="country"/> when it is given, in id order (the shared-words query).</summary>
    public List<PersonMatch> SharingWords(IReadOnlyList<string> tokens, int need, string? country)
    {
        var counts = new Dictionary<Person, int>(ReferenceEqualityComparer.Instance);
        foreach (var token in tokens)
            if (_byToken.TryGetValue(token, out var people))
                foreach (var p in people)
                    if (country is null || p.Country is null || p.Country == country)
                        counts[p] = counts.GetValueOrDefault(p) + 1;
        var result = new List<PersonMatch>();
        foreach (var (p, count) in counts)
            if (count >= need || p.TokenCount == 1) result.Add(new PersonMatch(p.Id, p.Name, p.Country, false, p.NameTokens));
        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string id)
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(id);
    }
}
