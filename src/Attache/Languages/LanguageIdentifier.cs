namespace Attache.Languages;

/// <summary>Tells which available language a text is in by counting its tokens found in each language's <c>stopwords.tsv</c>.</summary>
/// <remarks>Case- and diacritic-insensitive (tokens and stopwords are compared folded). Thread-safe.</remarks>
public sealed class LanguageIdentifier
{
    /// <summary>The language returned when no token is a known stopword.</summary>
    public const string DefaultLanguage = "en";

    private const int SampleLength = 1500;
    private readonly (string Language, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup)[] _languages;
    private readonly string _default;

    /// <summary>An identifier over every language in <see cref="LanguageData.Available"/>, defaulting to <see cref="DefaultLanguage"/>.</summary>
    public LanguageIdentifier()
        : this(DefaultLanguage)
    {
    }

    /// <summary>An identifier over every available language, returning <paramref name="defaultLanguage"/> when nothing is known.</summary>
    public LanguageIdentifier(string defaultLanguage)
    {
        _default = defaultLanguage;
        _languages = LanguageData.Available
            .Select(l => (l, new HashSet<string>(
                LanguageData.For(l).Table("stopwords").Where(r => r.Length > 0 && r[0].Length > 0).Select(r => Tokenization.TextFolding.Fold(r[0])),
                StringComparer.Ordinal)))
            .Where(l => l.Item2.Count > 0)
            .Select(l => (l.l, l.Item2.GetAlternateLookup<ReadOnlySpan<char>>()))
            .ToArray();
    }

    /// <summary>The code (<c>fr</c>, <c>en</c>…) of the language whose stopwords occur most often; the default when none occurs or on a tie.</summary>
    public string Identify(string text)
    {
        if (string.IsNullOrEmpty(text) || _languages.Length == 0) return _default;
        var scores = new int[_languages.Length];
        // The first few thousand characters decide: a dispatch does not change language half-way.
        var folded = Tokenization.TextFolding.Fold(text.AsSpan(0, Math.Min(text.Length, SampleLength)));
        var i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && !char.IsLetter(folded[i])) i++;
            var start = i;
            while (i < folded.Length && char.IsLetter(folded[i])) i++;
            if (i == start) continue;
            var token = folded.AsSpan(start, i - start);
            for (var l = 0; l < _languages.Length; l++)
                if (_languages[l].Lookup.Contains(token)) scores[l]++;
        }
        var best = -1;
        var bestScore = 0;
        var tie = false;
        for (var l = 0; l < scores.Length; l++)
        {
            if (scores[l] > bestScore)
            {
                best = l;
                bestScore = scores[l];
                tie = false;
            }
            else if (scores[l] == bestScore && bestScore > 0)
            {
                tie = true;
            }
        }
        return best < 0 || tie ? _default : _languages[best].Language;
    }
}
