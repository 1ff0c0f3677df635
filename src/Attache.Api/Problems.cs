using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>RFC 7807 problem answers shared by the endpoints.</summary>
internal static class Problems
{
    /// <summary>Routing leaves an encoded slash (<c>%2F</c>) in a route value; document ids may contain slashes.</summary>
    public static string RouteId(string id) => id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult BadRequest(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: extensions);
}

/// <summary>Checks on country codes given in queries and paths.</summary>
internal static class Countries
{
    public static bool IsCode(string s) => s.Trim().Length == 3 && s.Trim().All(char.IsAsciiLetter);

    /// <summary>Parses <c>VNM-JPN</c> (or with <c>,</c> or <c>/</c>) into two sorted upper-case codes.</summary>
    public static string[]? Pair(string? text)
    {
        var parts = (text ?? "").ToUpperInvariant().Split(['-', ',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts.All(IsCode) || parts[0] == parts[1]) return null;
        return [.. parts.Order(StringComparer.Ordinal)];
    }
}
