using System.Globalization;
using System.Text;

namespace Attache.Evaluation;

/// <summary>One figure of a score: a count or a ratio, named as <c>score.py</c> names it.</summary>
/// <param name="Name">The script's key, e.g. <c>event_f1</c>.</param>
/// <param name="Value">The value: a whole count, or a ratio in [0, 1].</param>
/// <param name="IsRatio">True for ratios (printed with three decimals), false for counts.</param>
public sealed record Figure(string Name, double Value, bool IsRatio)
{
    /// <summary>A count.</summary>
    public Figure(string name, int count) : this(name, count, false)
    {
    }

    /// <summary>A ratio.</summary>
    public Figure(string name, double ratio) : this(name, ratio, true)
    {
    }
}

/// <summary>How one gold document's events were matched.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Matched">Predicted events aligned with a gold event.</param>
/// <param name="Predicted">Predicted events scored.</param>
/// <param name="Gold">Gold events scored.</param>
public sealed record DocumentScore(string DocumentId, int Matched, int Predicted, int Gold);

/// <summary>The figures of an evaluation, in the script's order, and each document's matching.</summary>
/// <param name="Figures">The figures, in the order <c>score.py</c> prints them.</param>
/// <param name="Documents">Each scored gold document, in gold file order.</param>
public sealed record EvaluationResult(IReadOnlyList<Figure> Figures, IReadOnlyList<DocumentScore> Documents)
{
    /// <summary>The value of a figure by its name.</summary>
    public double this[string name] => Figures.First(f => f.Name == name).Value;

    /// <summary>The text <c>score.py</c> prints: one figure a line, the name padded to 32, ratios with three decimals; with
    /// <paramref name="byDocument"/>, then each document whose events do not all match.</summary>
    public string ToText(bool byDocument = false)
    {
        var b = new StringBuilder();
        foreach (var f in Figures)
            b.Append(f.Name.PadRight(32)).Append(' ').Append(f.IsRatio ? f.Value.ToString("F3", CultureInfo.InvariantCulture) : ((long)f.Value).ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (byDocument) AppendDocuments(b);
        return b.ToString();
    }

    /// <summary>The JSON <c>score.py --json</c> prints (Python's <c>json.dumps(indent=2)</c>, floats as Python writes them).</summary>
    public string ToJson(bool byDocument = false)
    {
        var b = new StringBuilder("{\n");
        for (var i = 0; i < Figures.Count; i++)
        {
            var f = Figures[i];
            b.Append("  \"").Append(f.Name).Append("\": ").Append(f.IsRatio ? PythonFloat(f.Value) : ((long)f.Value).ToString(CultureInfo.InvariantCulture));
            b.Append(i + 1 < Figures.Count ? ",\n" : "\n");
        }
        b.Append("}\n");
        if (byDocument) AppendDocuments(b);
        return b.ToString();
    }

    private void AppendDocuments(StringBuilder b)
    {
        foreach (var d in Documents)
            if (d.Matched != d.Predicted || d.Matched != d.Gold)
                b.Append(CultureInfo.InvariantCulture, $"doc {d.DocumentId}: matched {d.Matched}, predicted {d.Predicted}, gold {d.Gold}\n");
    }

    /// <summary>Python's <c>repr</c> of a float: the shortest text that reads back the same, with <c>.0</c> on whole values.</summary>
    internal static string PythonFloat(double value)
    {
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        if (s.Contains('E', StringComparison.Ordinal))
        {
            // .NET writes 1E-05, Python 1e-05.
            return s.Replace("E", "e", StringComparison.Ordinal);
        }
        return s.Contains('.', StringComparison.Ordinal) ? s : s + ".0";
    }
}
