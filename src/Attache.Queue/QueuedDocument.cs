using System.Globalization;
using Attache.Model;

namespace Attache.Queue;

/// <summary>A document as a job carries it: what <see cref="Document"/> holds, in a shape the job engine's JSON round-trips.</summary>
public sealed class QueuedDocument
{
    /// <summary>The document's identifier.</summary>
    public string Id { get; init; } = "";

    /// <summary>Its text.</summary>
    public string Text { get; init; } = "";

    /// <summary>Its address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Its publication date as <c>YYYY-MM-DD</c> (text, so that no time zone can shift it on the way).</summary>
    public string? Published { get; init; }

    /// <summary>Its language, when the input gave one.</summary>
    public string? Language { get; init; }

    /// <summary>The job's copy of a document.</summary>
    public static QueuedDocument From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new QueuedDocument
        {
            Id = document.Id,
            Text = document.Text,
            Url = document.Url,
            Published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Language = document.Language,
        };
    }

    /// <summary>The document again, as the reader gave it.</summary>
    public Document ToDocument() =>
        new(Id, Text, Url, Published is null ? null : DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture), Language);
}
