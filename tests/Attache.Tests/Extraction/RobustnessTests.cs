using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Attache.Extraction;
using Attache.Model;
using Attache.Tokenization;
using Xunit.Abstractions;

namespace Attache.Tests.Extraction;

/// <summary>
/// The seeds and the dispatches of <c>TestData/robustness</c> (written for this test, invented names) rewritten as
/// the wire rewrites them: diacritics stripped, all on one line, CRLF line ends, non-breaking spaces after punctuation,
/// typographic quotes and apostrophes. Each variant must give nearly the events of the original (event F1 against the
/// original's own output, matched as score.py matches, at least 0.95 over the whole set) with evidence inside its text.
/// </summary>
public partial class RobustnessTests(ITestOutputHelper output)
{
    private static readonly Extractor Engine = new();
    private const double MinF1 = 0.95;

    internal sealed record Dispatch(string Id, string Language, string Text);

    internal static IReadOnlyList<Dispatch> Dispatches { get; } = Load();

    private static List<Dispatch> Load()
    {
        var list = new List<Dispatch>
        {
            new("seed-000", "fr", SeedFixtureTests.SeedText("000")),
            new("seed-004", "fr", SeedFixtureTests.SeedText("004")),
        };
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "robustness");
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            list.Add(new Dispatch(name, name[..2], File.ReadAllText(file)));
        }
        return list;
    }

    public static readonly string[] VariantKinds = ["no-diacritics", "one-line", "crlf", "nbsp", "typographic"];

    public static TheoryData<string> Kinds() => [.. VariantKinds];

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"(?<=[,.;:!?)»«])\x20")]
    private static partial Regex SpaceAfterPunctuation();

    [GeneratedRegex("\"")]
    private static partial Regex StraightDoubleQuote();

    internal static string Variant(string kind, string text) => kind switch
    {
        "no-diacritics" => TextFolding.StripDiacritics(text),
        "one-line" => LineBreak().Replace(text, " "),
        "crlf" => LineBreak().Replace(text, "\r\n"),
        "nbsp" => SpaceAfterPunctuation().Replace(text, "\u00A0"),
        "typographic" => Typographic(text),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Apostrophes as ’, straight double quotes as alternating “ ”.</summary>
    private static string Typographic(string text)
    {
        var open = true;
        var quoted = StraightDoubleQuote().Replace(text, _ =>
        {
            var q = open ? "\u201C" : "\u201D";
            open = !open;
            return q;
        });
        return quoted.Replace('\'', '\u2019');
    }

    private sealed record Score(int Tp, int NPred, int NGold)
    {
        public double F1 => EventAlignment.F1(Tp, NPred, NGold);
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"matched {Tp}, variant {NPred}, original {NGold}, F1 {F1:0.000}");
    }

    private static Score Compare(IReadOnlyList<Event> variant, IReadOnlyList<Event> original, StringBuilder diff, string id)
    {
        var matches = EventAlignment.Align(variant, original);
        if (matches.Count != variant.Count || matches.Count != original.Count)
        {
            diff.AppendLine(CultureInfo.InvariantCulture, $"    {id}: original");
            foreach (var (e, i) in original.Select((e, i) => (e, i))) diff.AppendLine(CultureInfo.InvariantCulture, $"      {(matches.Any(m => m.Gold == i) ? "=" : "-")} {EventAlignment.Describe(e)}");
            diff.AppendLine("      variant");
            foreach (var (e, i) in variant.Select((e, i) => (e, i))) diff.AppendLine(CultureInfo.InvariantCulture, $"      {(matches.Any(m => m.Pred == i) ? "=" : "+")} {EventAlignment.Describe(e)}");
        }
        return new Score(matches.Count, variant.Count, original.Count);
    }

    private static List<string> SpansOutside(string text, IEnumerable<Event> events) =>
        [.. events.SelectMany(e => e.Evidence.Where(s => s.Start < 0 || s.End < s.Start || s.End > text.Length)
            .Select(s => $"{EventAlignment.Describe(e)}: [{s.Start}, {s.End}) outside [0, {text.Length})"))];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Variant_GivesNearlyTheOriginalsEvents(string kind)
    {
        int tpR = 0, predR = 0, goldR = 0, tpA = 0, predA = 0, goldA = 0;
        var diff = new StringBuilder();
        var outside = new List<string>();
        foreach (var d in Dispatches)
        {
            var original = Engine.Extract(new Document(d.Id, d.Text)).Events;
            var text = Variant(kind, d.Text);
            var variant = Engine.Extract(new Document(d.Id, text)).Events;
            outside.AddRange(SpansOutside(text, variant).Select(s => $"{d.Id}: {s}"));

            var all = Compare(variant, original, diff, d.Id);
            (tpA, predA, goldA) = (tpA + all.Tp, predA + all.NPred, goldA + all.NGold);
            var reported = Compare([.. variant.Where(e => e.Status == EventStatus.Reported)], [.. original.Where(e => e.Status == EventStatus.Reported)], new StringBuilder(), d.Id);
            (tpR, predR, goldR) = (tpR + reported.Tp, predR + reported.NPred, goldR + reported.NGold);
        }
        var sR = new Score(tpR, predR, goldR);
        var sA = new Score(tpA, predA, goldA);
        output.WriteLine($"variant {kind} over {Dispatches.Count} dispatches");
        output.WriteLine($"  reported events (score.py default): {sR}");
        output.WriteLine($"  all events (--status all):          {sA}");
        if (diff.Length > 0) output.WriteLine("  differences:\n" + diff.ToString().TrimEnd());

        Assert.True(outside.Count == 0, $"{kind}: evidence outside the text:\n" + string.Join("\n", outside));
        Assert.True(sR.F1 >= MinF1, $"{kind}: reported-event F1 {sR.F1:0.000} < {MinF1} ({sR})\n{diff}");
        Assert.True(sA.F1 >= MinF1, $"{kind}: all-event F1 {sA.F1:0.000} < {MinF1} ({sA})\n{diff}");
    }

    [Fact]
    public void Originals_EvidenceLiesInsideTheText_AndOutputIsPrinted()
    {
        var outside = new List<string>();
        foreach (var d in Dispatches)
        {
            var events = Engine.Extract(new Document(d.Id, d.Text)).Events;
            output.WriteLine($"{d.Id}: {events.Count} event(s)");
            foreach (var e in events) output.WriteLine("  " + EventAlignment.Describe(e));
            outside.AddRange(SpansOutside(d.Text, events).Select(s => $"{d.Id}: {s}"));
        }
        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Variant_ActuallyChangesTheText(string kind)
    {
        // Guards the harness: every variant kind rewrites at least one dispatch.
        Assert.Contains(Dispatches, d => Variant(kind, d.Text) != d.Text);
    }
}
