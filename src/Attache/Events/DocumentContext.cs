using Attache.Model;

namespace Attache.Events;

/// <summary>What the assembler knows of a document beyond its sentences: reference date and dateline.</summary>
/// <param name="Reference">Publication or header date that anchors date resolution.</param>
/// <param name="DatelineCity">The dateline's city, when it names one.</param>
/// <param name="DatelineCountry">The dateline's country (of its city, or the country it names).</param>
/// <param name="DatelineDate">The dateline's date, resolved.</param>
/// <param name="FallbackYear">With no reference date, the latest year the dispatch writes: the year of its news.</param>
internal sealed record DocumentContext(PartialDate? Reference, string? DatelineCity, string? DatelineCountry, PartialDate? DatelineDate, int? FallbackYear = null);
