using Attache.Model;

namespace Attache.Extraction;

/// <summary>Turns one dispatch into the events it reports.</summary>
/// <remarks>Implementations are thread-safe and never throw on odd text: bad input yields no events.</remarks>
public interface IExtractor
{
    /// <summary>Extracts the events of one document; evidence offsets refer to <see cref="Document.Text"/>.</summary>
    ExtractionResult Extract(Document document);

    /// <summary>Extracts as <see cref="Extract"/> does, with the trace of every trigger candidate and the origin of every field.</summary>
    /// <remarks>An extractor that keeps no trace returns its events with an empty one.</remarks>
    ExtractionResult Explain(Document document) => Extract(document) with { Trace = new ExtractionTrace([], []) };
}
