using Attache.Model;

namespace Attache.Input;

/// <summary>A problem with one input item (a file or a line), reported instead of throwing so reading goes on.</summary>
/// <param name="Source">The file path as given or found, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">The 1-based line number in a JSON Lines input, or null when the problem concerns the whole file.</param>
/// <param name="Message">One line saying what is wrong, in plain English.</param>
public sealed record InputError(string Source, int? Line, string Message)
{
    /// <summary>Formats as <c>SOURCE:LINE: message</c> (or <c>SOURCE: message</c>), the way compilers report errors.</summary>
    public override string ToString() => InputItem.Locate(Source, Line) + ": " + Message;
}

/// <summary>One item read from input: either a document or an error, with where it came from.</summary>
/// <param name="Source">The file path as given or found, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">The 1-based line of a JSON Lines input, or null for a whole-file document.</param>
/// <param name="Document">The document read, or null when <paramref name="Error"/> is set.</param>
/// <param name="Error">What was wrong, or null when <paramref name="Document"/> is set.</param>
public sealed record InputItem(string Source, int? Line, Document? Document, InputError? Error)
{
    /// <summary>An item holding a document.</summary>
    public static InputItem FromDocument(string source, int? line, Document document) => new(source, line, document, null);

    /// <summary>An item holding an error.</summary>
    public static InputItem FromError(string source, int? line, string message) =>
        new(source, line, null, new InputError(source, line, message));

    /// <summary>An item known to be unchanged since it was stored (a page that answered 304): nothing to read, nothing wrong.</summary>
    public static InputItem Unchanged(string source) => new(source, null, null, null);

    /// <summary>True for an <see cref="Unchanged"/> item.</summary>
    public bool IsUnchanged => Document is null && Error is null;

    /// <summary>Where the item came from, as <c>SOURCE:LINE</c> or <c>SOURCE</c>.</summary>
    public string Location => Locate(Source, Line);

    internal static string Locate(string source, int? line) =>
        line is int l ? $"{source}:{l.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : source;
}
