using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Attache.Languages;

namespace Attache.Cleaning;

/// <summary>The cleaning rules of <c>data/lang/common/cleaning.tsv</c> and every language's <c>cleaning.tsv</c>, compiled once.</summary>
internal sealed class CleaningRules
{
    private const string FileName = "cleaning";

    /// <summary>How long one regex may run on one document before its rule is skipped.</summary>
    internal static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly Lazy<CleaningRules> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The rules from the embedded data files.</summary>
    public static CleaningRules Default => Lazy.Value;

    /// <summary>Same-length character substitutions.</summary>
    public Dictionary<char, char> CharMap { get; } = [];

    /// <summary>Characters removed from the text.</summary>
    public HashSet<char> Deleted { get; } = [];

    /// <summary>Zero-width patterns where a lost space is re-inserted.</summary>
    public List<Regex> Splits { get; } = [];

    /// <summary>Tokens never split.</summary>
    public HashSet<string> NoSplit { get; } = new(StringComparer.Ordinal);

    /// <summary>Token prefixes before which no split is made.</summary>
    public HashSet<string> NoSplitPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Characters that exempt a whitespace-delimited chunk from splitting.</summary>
    public HashSet<char> NoSplitChars { get; } = [];

    /// <summary>The length of the longest <see cref="NoSplit"/> word or <see cref="NoSplitPrefixes"/> prefix.</summary>
    public int NoSplitLongest => _noSplitLongest ??= NoSplit.Concat(NoSplitPrefixes).Select(w => w.Length).DefaultIfEmpty(0).Max();

    private int? _noSplitLongest;

    /// <summary>What a caption says that keeps its text (a signing it shows may be the only report of an agreement).</summary>
    public List<Regex> CaptionKeeps { get; } = [];

    /// <summary>Header-line patterns with a <c>date</c> group.</summary>
    public List<Regex> Headers { get; } = [];

    /// <summary>Patterns blanked as a whole.</summary>
    public List<Regex> Blanks { get; } = [];

    /// <summary>Photo-credit patterns.</summary>
    public List<Regex> Captions { get; } = [];

    /// <summary>Dateline patterns with <c>place</c> and <c>date</c> groups.</summary>
    public List<Regex> Datelines { get; } = [];

    /// <summary>Agency-tail patterns.</summary>
    public List<Regex> Tails { get; } = [];

    /// <summary>
    /// What to do with each UTF-16 code unit: itself when unchanged, its replacement when mapped, <see cref="DeleteMark"/>
    /// when deleted (a deleted U+FFFF is impossible: U+FFFF itself is never deleted). Built from <see cref="CharMap"/> and <see cref="Deleted"/>.
    /// </summary>
    public char[] CharTable { get; } = new char[char.MaxValue + 1];

    /// <summary>The <see cref="CharTable"/> entry of a deleted character.</summary>
    public const char DeleteMark = '\uFFFF';

    /// <summary>Integer settings by name.</summary>
    public Dictionary<string, int> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>An integer setting, or <paramref name="fallback"/> when the data does not give it.</summary>
    public int Setting(string name, int fallback) => Settings.TryGetValue(name, out var v) ? v : fallback;

    private static CleaningRules Load()
    {
        var rules = new CleaningRules();
        var tables = new List<IReadOnlyList<string[]>> { LanguageData.Common.Table(FileName) };
        tables.AddRange(LanguageData.Available.Select(l => LanguageData.For(l).Table(FileName)));
        var defines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
            foreach (var row in table)
                rules.Add(row, defines);
        for (var c = 0; c <= char.MaxValue; c++) rules.CharTable[c] = (char)c;
        foreach (var (from, to) in rules.CharMap) rules.CharTable[from] = to;
        foreach (var c in rules.Deleted) rules.CharTable[c] = DeleteMark;
        rules.CharTable[DeleteMark] = '\uFFFD';
        return rules;
    }

    private void Add(string[] row, Dictionary<string, string> defines)
    {
        if (row.Length < 2 || row[1].Length == 0) return;
        var kind = row[0];
        var value = row.Length > 2 ? row[2] : "";
        switch (kind)
        {
            case "define":
                defines[row[1]] = Expand(value, defines);
                break;
            case "setting":
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) Settings[row[1]] = n;
                break;
            case "map":
                var to = ParseChars(value);
                if (to.Length != 1) throw new InvalidDataException($"cleaning map row needs one replacement character: {string.Join('\t', row)}");
                foreach (var from in LanguageData.Alternatives(row[1]).SelectMany(ParseChars)) CharMap[from] = to[0];
                break;
            case "delete":
                foreach (var c in LanguageData.Alternatives(row[1]).SelectMany(ParseChars)) Deleted.Add(c);
                break;
            case "nosplit":
                NoSplit.UnionWith(LanguageData.Alternatives(row[1]));
                break;
            case "nosplit-prefix":
                NoSplitPrefixes.UnionWith(LanguageData.Alternatives(row[1]));
                break;
            case "nosplit-chars":
                foreach (var c in LanguageData.Alternatives(row[1]).SelectMany(ParseChars)) NoSplitChars.Add(c);
                break;
            case "split": Splits.Add(Compile(row[1], defines)); break;
            case "header": Headers.Add(Compile(row[1], defines)); break;
            case "blank": Blanks.Add(Compile(row[1], defines)); break;
            case "caption": Captions.Add(Compile(row[1], defines)); break;
            case "caption-keep": CaptionKeeps.Add(Compile(row[1], defines)); break;
            case "dateline": Datelines.Add(Compile(row[1], defines)); break;
            case "tail": Tails.Add(Compile(row[1], defines)); break;
            default: throw new InvalidDataException($"unknown cleaning rule kind '{kind}'");
        }
    }

    private static Regex Compile(string pattern, Dictionary<string, string> defines) =>
        new(Expand(pattern, defines), RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexTimeout);

    /// <summary>Replaces each <c>{NAME}</c> of a defined name by its fragment; other braces (quantifiers) are kept.</summary>
    private static string Expand(string pattern, Dictionary<string, string> defines)
    {
        if (defines.Count == 0 || !pattern.Contains('{', StringComparison.Ordinal)) return pattern;
        var sb = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{')
            {
                var close = pattern.IndexOf('}', i + 1);
                if (close > i && defines.TryGetValue(pattern[(i + 1)..close], out var fragment))
                {
                    sb.Append(fragment);
                    i = close;
                    continue;
                }
            }
            sb.Append(pattern[i]);
        }
        return sb.ToString();
    }

    /// <summary>Reads <c>U+XXXX</c> as one character, anything else literally.</summary>
    private static string ParseChars(string cell)
    {
        if (cell.Length > 2 && (cell.StartsWith("U+", StringComparison.OrdinalIgnoreCase))
            && int.TryParse(cell.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp))
            return char.ConvertFromUtf32(cp);
        return cell;
    }
}
