using Attache.Model;

namespace Attache.Cleaning;

/// <summary>What the cleaner read from a dispatch's header line and dateline before blanking them.</summary>
/// <param name="HeaderDate">The date of a leading header line such as <c>date 2024-02</c>, or null.</param>
/// <param name="DatelinePlace">The dateline's place as written (<c>Hanoi</c>, <c>HÀ NỘI</c>, <c>VIETNAM</c>), or null.</param>
/// <param name="DatelineDate">The dateline's date as written (<c>4 mars</c>, <c>March 14</c>), or null.</param>
/// <param name="DatelineSpan">Where the dateline was, in cleaned-text coordinates, or null when there was none.</param>
public sealed record DocumentMetadata(
    PartialDate? HeaderDate,
    string? DatelinePlace,
    string? DatelineDate,
    TextSpan? DatelineSpan)
{
    /// <summary>No header, no dateline.</summary>
    public static DocumentMetadata Empty { get; } = new(null, null, null, null);
}
