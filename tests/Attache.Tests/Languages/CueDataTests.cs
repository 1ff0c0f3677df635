using Attache.Languages;
using Attache.Tokenization;

namespace Attache.Tests.Languages;

/// <summary>Consistency checks on the cue data files (<c>cues.tsv</c>) of every language.</summary>
public sealed class CueDataTests
{
    /// <summary>Phrases that two cue kinds list today, left as they are until measured (the later kind wins in the matcher).</summary>
    private static readonly HashSet<string> KnownOverlaps = new(StringComparer.Ordinal)
    {
        "vi|khong quan", "vi|phong khong", "vi|tiep đo", "vi|tiep do", "vi|tham van", "vi|đinh ky", "vi|dinh ky", "vi|tham gia",
    };

    public static TheoryData<string> Languages() => new(LanguageData.Available);

    /// <summary>The cue matcher keeps one kind per phrase: a phrase listed under a second kind silently leaves the first
    /// (adding "in" as a sea preposition once took it from the place words), so every phrase has one kind.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_cue_phrase_has_one_kind(string language)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (var row in LanguageData.For(language).Table("cues"))
        {
            if (row.Length < 2 || row[0].EndsWith("-suffix", StringComparison.Ordinal)) continue;
            foreach (var phrase in LanguageData.Alternatives(row[1]))
            {
                var key = string.Join(' ', Tokenizer.Keys(phrase));
                if (kinds.TryGetValue(key, out var kind) && kind != row[0] && !KnownOverlaps.Contains($"{language}|{key}"))
                    clashes.Add($"'{phrase}': {kind} and {row[0]}");
                kinds.TryAdd(key, row[0]);
            }
        }
        Assert.True(clashes.Count == 0, $"{language}/cues.tsv lists phrases under two kinds: " + string.Join("; ", clashes));
    }
}
