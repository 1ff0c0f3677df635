using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Attache.Input;
using Attache.Model;
using Attache.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace Attache.Api;

/// <summary>Documents: read one (its text, for highlighting), and ingest new ones (guarded by the API key).</summary>
public static class DocumentsApi
{
    /// <summary>Maps <c>GET /api/documents/{id}</c> and <c>POST /api/documents</c>.</summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/{id}", GetAsync)
            .WithName("GetDocument")
            .WithSummary("One stored document with its full text (evidence offsets refer to it)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", PostAsync)
            .WithName("IngestDocuments")
            .WithSummary("Ingests documents (one JSON object, an array, or JSON Lines); requires the X-Api-Key header")
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                // Declared here rather than with Accepts(), which would answer 415 before the key is checked.
                var schema = await context.GetOrCreateSchemaAsync(typeof(DocumentInput), null, ct).ConfigureAwait(false);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "One document object, an array of them, or JSON Lines (one object per line).",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = schema },
                        ["application/x-ndjson"] = new() { Schema = schema },
                    },
                };
            })
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> GetAsync(string id, StorePool pool, CancellationToken ct)
    {
        id = Problems.RouteId(id);
        var doc = await pool.ReadAsync(store => store.GetDocumentAsync(id, ct), ct).ConfigureAwait(false);
        return doc is null ? Problems.NotFound($"No document '{id}'.")
            : TypedResults.Ok(new DocumentDto(doc.Id, doc.Url, Dto.Day(doc.Published), doc.Language, doc.Text));
    }

    private static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> PostAsync(
        HttpRequest request, StorePool pool, ApiOptions options, DocumentIngestor ingestor, CancellationToken ct)
    {
        // Checked in this order so that a refused request is never read, let alone stored.
        if (Authorize(request, options) is { } refused) return refused;
        if (request.ContentLength > options.MaxBodyBytes) return TooLarge(options);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.MaxBodyBytes;
        byte[] body;
        try
        {
            body = await ReadBodyAsync(request.Body, options.MaxBodyBytes, ct).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        if (body.Length > options.MaxBodyBytes) return TooLarge(options);
        var (documents, errors) = Parse(body, options.MaxBodyBytes);
        if (errors.Count > 0)
            return Problems.BadRequest("Invalid documents", $"{errors.Count} item(s) could not be read; nothing was stored.",
                new Dictionary<string, object?> { ["errors"] = errors });
        if (documents.Count == 0) return Problems.BadRequest("Invalid documents", "The body holds no document; nothing was stored.");
        var duplicates = documents.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
            return Problems.BadRequest("Invalid documents", $"Document ids repeated in one request: {string.Join(", ", duplicates)}; nothing was stored.");

        var response = await pool.WriteAsync<IngestResponse?>(async store =>
        {
            // Every document is checked before any is stored, so a conflicting batch changes nothing.
            foreach (var d in documents)
                if (await DocumentIngestor.CheckAsync(store, d, ct).ConfigureAwait(false) is not null) return null;
            var items = new List<IngestItemDto>();
            foreach (var d in documents)
            {
                var r = await ingestor.IngestAsync(store, d, cancellationToken: ct).ConfigureAwait(false);
                items.Add(new IngestItemDto(r.DocumentId, r.Status.ToString().ToLowerInvariant(), r.EventsNew, r.EventsMerged, r.Error));
            }
            return new IngestResponse(items, items.Count(i => i.Status == "new"), items.Count(i => i.Status == "unchanged"), items.Count(i => i.Status == "failed"));
        }, ct).ConfigureAwait(false);
        return response is null
            ? TypedResults.Problem("A document id is already stored with a different text; give the new version another id. Nothing was stored.",
                statusCode: StatusCodes.Status409Conflict, title: "Document id conflict")
            : TypedResults.Ok(response);
    }

    internal static ProblemHttpResult? Authorize(HttpRequest request, ApiOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
            return TypedResults.Problem($"Writes are disabled: the server has no API key (set {ApiOptions.ApiKeyVariable}).",
                statusCode: StatusCodes.Status403Forbidden, title: "Writes disabled");
        var given = request.Headers[ApiOptions.ApiKeyHeader].ToString();
        if (given.Length == 0)
            return TypedResults.Problem($"Send the API key in the {ApiOptions.ApiKeyHeader} header.", statusCode: StatusCodes.Status401Unauthorized, title: "API key required");
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(options.ApiKey))))
            return TypedResults.Problem("The API key is not valid.", statusCode: StatusCodes.Status403Forbidden, title: "Invalid API key");
        return null;
    }

    private static ProblemHttpResult TooLarge(ApiOptions options) =>
        TypedResults.Problem($"The body is over the limit of {options.MaxBodyBytes} bytes; nothing was stored.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");

    /// <summary>Reads at most <paramref name="max"/> + 1 bytes, so an oversized body without a length is still caught.</summary>
    private static async Task<byte[]> ReadBodyAsync(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > max) break;
        }
        return buffer.ToArray();
    }

    /// <summary>Reads the documents of a body: one JSON object, an array of them, or JSON Lines, with the CLI's validation.</summary>
    internal static (List<Document> Documents, List<string> Errors) Parse(byte[] body, long maxDocumentBytes)
    {
        var source = new DocumentSource(maxDocumentBytes)
        {
            LimitHint = $"the server's limit is set with --max-body-bytes or {ApiOptions.MaxBodyVariable}; beyond about 5 MB a document costs more than its size: a 20 MB one took 92 s and 1.6 GB of memory",
        };
        byte[] lines = body;
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            // A whole JSON value: turn it into JSON Lines so every document goes through the same reader as the CLI's.
            // The items' raw bytes are copied, not transcoded: invalid UTF-8 inside a string is then reported by that
            // reader as for JSON Lines (transcoding threw, a 500). Line breaks outside strings become spaces; JSON allows
            // none inside them.
            var items = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
            using var joined = new MemoryStream(body.Length + items.Count);
            foreach (var item in items)
            {
                var start = joined.Length;
                joined.Write(JsonMarshal.GetRawUtf8Value(item));
                var written = joined.GetBuffer().AsSpan((int)start, (int)(joined.Length - start));
                written.Replace((byte)'\n', (byte)' ');
                written.Replace((byte)'\r', (byte)' ');
                joined.WriteByte((byte)'\n');
            }
            lines = joined.ToArray();
        }
        catch (JsonException)
        {
            // Not one JSON value: read as JSON Lines, whose reader reports each bad line.
        }
        var documents = new List<Document>();
        var errors = new List<string>();
        using var stream = new MemoryStream(lines);
        foreach (var item in source.ReadJsonLines(stream, "body"))
        {
            if (item.Document is { } d) documents.Add(d);
            else if (item.Error is { } e) errors.Add(e.ToString());
        }
        return (documents, errors);
    }
}
