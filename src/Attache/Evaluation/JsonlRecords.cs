using System.Text.Json;
using System.Text.Json.Nodes;

namespace Attache.Evaluation;

/// <summary>Records of a JSON Lines file by their <c>id</c>, as <c>score.py</c> loads them: a later line with the same id
/// replaces the earlier one in its place; blank lines are skipped.</summary>
/// <param name="Records">Each record by id (a missing id is the text <c>None</c>, as in the script), in file order.</param>
/// <param name="Errors">Lines that were not JSON objects, as <c>LINE: message</c>; they are left out.</param>
public sealed record JsonlRecords(IReadOnlyDictionary<string, JsonObject> Records, IReadOnlyList<string> Errors)
{
    /// <summary>Reads the lines of a reader.</summary>
    public static JsonlRecords Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // OrderedDictionary keeps an id at its first place when a later line replaces it, as a Python dict does.
        var records = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var errors = new List<string>();
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Trim().Length == 0) continue;
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line);
            }
            catch (JsonException e)
            {
                errors.Add($"{n}: not JSON: {e.Message.ReplaceLineEndings(" ")}");
                continue;
            }
            if (node is not JsonObject o)
            {
                errors.Add($"{n}: not a JSON object");
                continue;
            }
            records[IdOf(o)] = o;
        }
        return new JsonlRecords(records, errors);
    }

    /// <summary>Builds the records from lines already parsed, e.g. an extraction's output.</summary>
    public static JsonlRecords FromObjects(IEnumerable<JsonObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var records = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var o in objects) records[IdOf(o)] = o;
        return new JsonlRecords(records, []);
    }

    private static string IdOf(JsonObject o) => o["id"] switch
    {
        null => "None",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => other.ToJsonString(),
    };
}
