using Attache.Model;

namespace Attache.Extraction;

/// <summary>Turns one dispatch into the events it reports.</summary>
/// <remarks>Implementations are thread-safe and never throw on odd text: bad input yields no events.</remarks>
public interface IExtractor
{
    /// <summary>Extracts the events of one document; evidence offsets refer to <see cref="Document.Text"/>.</summary>
    ExtractionResult Extract(Document document);
}
