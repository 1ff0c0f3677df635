namespace Attache.Input;

/// <summary>What a web page gives: its article text and the metadata it declares.</summary>
/// <param name="Text">The title and article text, as the dispatch to extract from.</param>
/// <param name="Title">The headline, when the page has one.</param>
/// <param name="Url">The canonical address (<c>&lt;link rel="canonical"&gt;</c>, <c>og:url</c>), else the address it was read from.</param>
/// <param name="Published">The publication date the page declares (in the publisher's time zone), when it declares one.</param>
/// <param name="Language">The page's language (<c>fr</c>, <c>en</c>), when it declares one.</param>
public sealed record PageArticle(string Text, string? Title = null, string? Url = null, DateOnly? Published = null, string? Language = null);
