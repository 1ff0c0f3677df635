namespace Attache.Model;

/// <summary>A news dispatch as read from input: an identifier, its raw text and optional metadata.</summary>
/// <param name="Id">Caller-chosen identifier, echoed in the output.</param>
/// <param name="Text">The dispatch text exactly as given; evidence offsets refer to it.</param>
/// <param name="Url">Where the dispatch was published, when known.</param>
/// <param name="Published">Publication date, which anchors date resolution when given.</param>
/// <param name="Language">A language hint (<c>fr</c>, <c>en</c>); detected when absent.</param>
public sealed record Document(string Id, string Text, string? Url = null, DateOnly? Published = null, string? Language = null);
