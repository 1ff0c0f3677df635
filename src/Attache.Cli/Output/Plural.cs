using System.Globalization;

namespace Attache.Cli;

/// <summary>Counts with their noun in the right number: "1 event", "2 events".</summary>
internal static class Plural
{
    /// <summary>The count and the noun, plural unless the count is one (<c>person</c> becomes <c>people</c>, <c>series</c> stays).</summary>
    public static string Of(long count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun switch
        {
            "person" => "people",
            "series" => "series",
            _ when noun.EndsWith('y') => noun[..^1] + "ies",
            _ => noun + "s",
        });
}
