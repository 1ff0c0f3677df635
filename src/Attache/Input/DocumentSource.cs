using System.Globalization;
using System.Text;
using System.Text.Json;
using Attache.Model;

namespace Attache.Input;

/// <summary>Reads documents from JSON Lines files, <c>.txt</c> files, directories of them, or standard input.</summary>
/// <remarks>
/// Items come out in input order, each either a <see cref="Document"/> or an <see cref="InputError"/> naming the file
/// and line; bad data never throws and never stops the items after it. JSON Lines are streamed line by line, and a
/// line far over the size limit is skipped without being held in memory. Not thread-safe: enumerate once per reader.
/// </remarks>
public sealed class DocumentSource
{
    /// <summary>The name standard input goes by in errors.</summary>
    public const string StdinName = "<stdin>";

    /// <summary>The default limit on a document's text: 2 MB of UTF-8.</summary>
    public const long DefaultMaxDocumentBytes = 2L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] HtmlExtensions = [".html", ".htm"];
    private readonly Func<string, string, PageArticle?>? _htmlText;

    /// <summary>Creates a reader that rejects documents whose text is over <paramref name="maxDocumentBytes"/> bytes of UTF-8.</summary>
    /// <param name="maxDocumentBytes">The limit on a document's text.</param>
    /// <param name="htmlText">
    /// Takes a page's address (a path for a saved page) and HTML and returns its article and metadata (null when it finds no
    /// article); when given, <c>.html</c> and <c>.htm</c> files are read as one document each, and WARC files
    /// (<c>.warc</c>, <c>.warc.gz</c>) as one document per HTML response. The core library leaves the choice of
    /// readability library to its host.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The limit is not positive.</exception>
    public DocumentSource(long maxDocumentBytes = DefaultMaxDocumentBytes, Func<string, string, PageArticle?>? htmlText = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDocumentBytes);
        MaxDocumentBytes = maxDocumentBytes;
        _htmlText = htmlText;
    }

    /// <summary>How far reading has gone through WARC files, and which records were skipped.</summary>
    public ReadProgress Progress { get; } = new();

    /// <summary>The largest page read from a WARC record, in bytes: pages carry several times their text in markup.</summary>
    public long MaxPageBytes => Math.Max(MaxDocumentBytes * 4, 8L * 1024 * 1024);

    /// <summary>The largest document text accepted, in bytes of UTF-8.</summary>
    public long MaxDocumentBytes { get; }

    /// <summary>What the command line says about the limit (measured on one core: the cost grows faster than the size).</summary>
    public const string DefaultLimitHint =
        "raise the limit with --max-doc-bytes N; beyond about 5 MB a document costs more than its size: a 20 MB one took 92 s and 1.6 GB of memory";

    /// <summary>Added to the message of a document over the limit: how to raise it, and what that costs.</summary>
    public string LimitHint { get; init; } = DefaultLimitHint;

    /// <summary>True when <paramref name="input"/> names standard input (<c>-</c>), an existing file or an existing directory.</summary>
    public static bool Exists(string input) => input == "-" || File.Exists(input) || Directory.Exists(input);

    /// <summary>Reads every input in turn; no input, or <c>-</c>, means JSON Lines on standard input.</summary>
    /// <param name="inputs">Paths of files or directories, or <c>-</c>.</param>
    /// <param name="openStdin">Opens standard input; defaults to the console's.</param>
    public IEnumerable<InputItem> Read(IReadOnlyList<string> inputs, Func<Stream>? openStdin = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        openStdin ??= Console.OpenStandardInput;
        if (inputs.Count == 0) return ReadStdin(openStdin);
        return inputs.SelectMany(input => input == "-" ? ReadStdin(openStdin) : ReadPath(input));
    }

    /// <summary>Reads one path: a directory (its <c>.jsonl</c> and <c>.txt</c> files, recursively, in ordinal path order), a <c>.txt</c> file, or any other file as JSON Lines.</summary>
    public IEnumerable<InputItem> ReadPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return ReadDirectory(path);
        if (!File.Exists(path)) return [InputItem.FromError(path, null, "no such file or directory")];
        return ReadFile(path);
    }

    /// <summary>Reads JSON Lines from a stream, one document per non-blank line.</summary>
    /// <param name="stream">The stream, read to its end but not disposed.</param>
    /// <param name="source">The name to give in errors.</param>
    public IEnumerable<InputItem> ReadJsonLines(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        return ReadJsonLinesCore(stream, source);
    }

    /// <summary>Reads a whole file as the text of one document whose id is the file name without extension.</summary>
    public InputItem ReadTextFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxDocumentBytes + 3)
                return InputItem.FromError(path, null, $"file is {TextChecks.Bytes(info.Length)}, over the limit of {TextChecks.Bytes(MaxDocumentBytes)} ({LimitHint}); skipped");
            return FromTextBytes(path, Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputItem.FromError(path, null, "cannot read: " + OneLine(e.Message));
        }
    }

    private IEnumerable<InputItem> ReadStdin(Func<Stream> openStdin)
    {
        Stream stream;
        try
        {
            stream = openStdin();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return [InputItem.FromError(StdinName, null, "cannot read: " + OneLine(e.Message))];
        }
        return ReadJsonLinesCore(stream, StdinName);
    }

    private IEnumerable<InputItem> ReadFile(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)) return [ReadTextFile(path)];
        if (_htmlText is not null && HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) return [ReadHtmlFile(path, _htmlText)];
        if (_htmlText is not null && WarcReader.IsWarcPath(path)) return ReadWarcFile(path, _htmlText);
        return ReadJsonLinesFile(path);
    }

    private IEnumerable<InputItem> ReadWarcFile(string path, Func<string, string, PageArticle?> htmlPage)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.FromError(path, null, "cannot read: " + OneLine(e.Message))];
        }
        return Owned(stream, ReadWarcCore(stream, path, htmlPage));
    }

    private IEnumerable<InputItem> ReadWarcCore(FileStream stream, string path, Func<string, string, PageArticle?> htmlPage)
    {
        var start = Progress.BytesRead;
        WarcReader? reader = null;
        string? opening = null;
        try
        {
            reader = new WarcReader(stream, MaxPageBytes + 64 * 1024);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            opening = "cannot read: " + OneLine(e.Message);
        }
        if (reader is null)
        {
            yield return InputItem.FromError(path, null, opening!);
            yield break;
        }
        using var owned = reader;
        while (true)
        {
            WarcRecord? record;
            string? failure = null;
            try
            {
                record = reader.Next();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                // A cut or corrupt record ends the file: what follows cannot be found reliably (lengths frame the records).
                record = null;
                failure = OneLine(e.Message);
            }
            Progress.BytesRead = start + stream.Position;
            if (failure is not null)
            {
                yield return InputItem.FromError(path, null, failure + "; the rest of the file is skipped");
                yield break;
            }
            if (record is null) yield break;
            Progress.Records++;
            var item = FromWarcRecord(path, record, htmlPage);
            if (item is not null) yield return item;
        }
    }

    /// <summary>A document for an HTML response record, an error for a bad one, null (counted as skipped) for the others.</summary>
    private InputItem? FromWarcRecord(string path, WarcRecord record, Func<string, string, PageArticle?> htmlPage)
    {
        if (!record.Type.Equals("response", StringComparison.OrdinalIgnoreCase))
        {
            Progress.Skip(record.Type.Length == 0 ? "untyped" : record.Type);
            return null;
        }
        var where = record.TargetUri ?? $"record at byte {record.Offset.ToString(CultureInfo.InvariantCulture)}";
        if (record.Content is null)
            return InputItem.FromError(path, null, $"{where}: response is {TextChecks.Bytes(record.ContentLength)}, over the limit of {TextChecks.Bytes(MaxPageBytes)} for a page; skipped");
        if (record.TargetUri is null || !Uri.TryCreate(record.TargetUri, UriKind.Absolute, out _))
        {
            Progress.Skip("no target URI");
            return null;
        }
        var payload = HttpPayload.Parse(record.Content);
        if (payload is null)
        {
            Progress.Skip("not HTTP");
            return null;
        }
        if (payload.Status != 200)
        {
            Progress.Skip("status " + payload.Status.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        if (!payload.IsHtml)
        {
            Progress.Skip("not HTML");
            return null;
        }
        var body = payload.Body;
        if (payload.ContentEncoding is { Length: > 0 } ce && !ce.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            // Crawlers that store the body as sent keep its Content-Encoding: gzip, deflate and br are undone here.
            var (decoded, problem) = Decompress(body, ce);
            if (decoded is null) return InputItem.FromError(path, null, $"{where}: {problem}; skipped");
            body = decoded;
        }
        var (html, _) = HtmlEncoding.Decode(body.Span, HtmlEncoding.CharsetOf(payload.ContentType));
        return FromPage(path, record.TargetUri, html, htmlPage, record.Date is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : null);
    }

    /// <summary>A body with its Content-Encoding undone (gzip, x-gzip, deflate, br), at most <see cref="MaxPageBytes"/> once decoded; or why not.</summary>
    private (byte[]? Body, string? Problem) Decompress(ReadOnlyMemory<byte> body, string encoding)
    {
        var name = encoding.Trim().ToLowerInvariant();
        try
        {
            using var input = new MemoryStream(body.ToArray(), writable: false);
            using Stream decoder = name switch
            {
                "gzip" or "x-gzip" => new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress),
                "deflate" => new System.IO.Compression.ZLibStream(input, System.IO.Compression.CompressionMode.Decompress),
                "br" => new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress),
                _ => Stream.Null,
            };
            if (ReferenceEquals(decoder, Stream.Null)) return (null, $"body is {encoding}-encoded, which is not read");
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = decoder.Read(chunk, 0, chunk.Length)) > 0)
            {
                output.Write(chunk, 0, n);
                // A small body that inflates without end (a "zip bomb") is stopped at the page limit.
                if (output.Length > MaxPageBytes) return (null, $"{encoding}-encoded body is over {TextChecks.Bytes(MaxPageBytes)} once decoded");
            }
            return (output.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            return (null, $"{encoding}-encoded body cannot be decoded: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>A document from a fetched page's HTML: its article and metadata; the id is the page's normalized (canonical) address.</summary>
    /// <param name="source">Where the page came from, for messages: its address, a feed's or an archive's path.</param>
    /// <param name="url">The address it was fetched from.</param>
    /// <param name="html">The decoded page.</param>
    /// <param name="fetched">When it was fetched: a stand-in publication date for a page that declares none (news is crawled soon after it is published).</param>
    /// <exception cref="InvalidOperationException">The reader was made without a page reader.</exception>
    public InputItem ReadPage(string source, string url, string html, DateOnly? fetched)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(html);
        return FromPage(source, url, html, _htmlText ?? throw new InvalidOperationException("this reader has no page reader"), fetched);
    }

    private InputItem FromPage(string source, string url, string html, Func<string, string, PageArticle?> htmlPage, DateOnly? fetched)
    {
        // A page read on its own is named once in messages; one of a feed or an archive is named after its source.
        var at = source == url ? "" : url + ": ";
        PageArticle? article;
        try
        {
            article = htmlPage(url, html);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return InputItem.FromError(source, null, $"{at}cannot read the page: {OneLine(e.Message)}; skipped");
        }
        if (article is null || string.IsNullOrWhiteSpace(article.Text)) return InputItem.FromError(source, null, $"{at}no article text found in the page; skipped");
        var size = Encoding.UTF8.GetByteCount(article.Text);
        if (size > MaxDocumentBytes)
            return InputItem.FromError(source, null, $"{at}article text is {TextChecks.Bytes(size)}, over the limit of {TextChecks.Bytes(MaxDocumentBytes)} ({LimitHint}); skipped");
        var address = PageUrls.Normalize(article.Url ?? url);
        // The extractor reads a full date in the address itself, and prefers it to a fetch date.
        var published = article.Published ?? (UrlDate.Parse(address) is { Day: not null } ? null : fetched);
        var document = new Document(PageUrls.DocumentId(address), article.Text, address, published, article.Language);
        if (DocumentIds.Problem(document.Id) is { } badId) return InputItem.FromError(source, null, $"{at}{badId}; skipped");
        return InputItem.FromDocument(source, null, document);
    }

    private InputItem ReadHtmlFile(string path, Func<string, string, PageArticle?> htmlPage)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxPageBytes)
                return InputItem.FromError(path, null, $"page is {TextChecks.Bytes(info.Length)}, over the limit of {TextChecks.Bytes(MaxPageBytes)}; skipped");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputItem.FromError(path, null, "cannot read: " + OneLine(e.Message));
        }
        if (TextChecks.BinaryReason(bytes, anyNul: true) is { } binary) return InputItem.FromError(path, null, binary + "; skipped");
        // Saved pages are in whatever encoding their site used: windows-1252 and ISO-8859-1 pages are decoded as such.
        var (html, _) = HtmlEncoding.Decode(bytes);
        var id = Path.GetFileNameWithoutExtension(path);
        if (string.IsNullOrWhiteSpace(id)) return InputItem.FromError(path, null, "empty id (file name); skipped");
        if (DocumentIds.Problem(id) is { } badId) return InputItem.FromError(path, null, badId + " (the id is the file name); skipped");
        try
        {
            var article = htmlPage(path, html);
            if (article is null || string.IsNullOrWhiteSpace(article.Text)) return InputItem.FromError(path, null, "no article text found in the page");
            var size = Encoding.UTF8.GetByteCount(article.Text);
            if (size > MaxDocumentBytes)
                return InputItem.FromError(path, null, $"article text is {TextChecks.Bytes(size)}, over the limit of {TextChecks.Bytes(MaxDocumentBytes)} ({LimitHint}); skipped");
            var url = article.Url is { } u ? PageUrls.Normalize(u) : null;
            return InputItem.FromDocument(path, null, new Document(id, article.Text, url, article.Published, article.Language));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return InputItem.FromError(path, null, "cannot read the page: " + OneLine(e.Message));
        }
    }

    private IEnumerable<InputItem> ReadDirectory(string path)
    {
        List<string> files;
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
            files = [.. Directory.EnumerateFiles(path, "*", options)
                .Where(f => Path.GetExtension(f) is var x && (x.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || x.Equals(".txt", StringComparison.OrdinalIgnoreCase)
                    || (_htmlText is not null && (HtmlExtensions.Contains(x, StringComparer.OrdinalIgnoreCase) || WarcReader.IsWarcPath(f)))))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.FromError(path, null, "cannot list directory: " + OneLine(e.Message))];
        }
        return files.SelectMany(ReadFile);
    }

    private IEnumerable<InputItem> ReadJsonLinesFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.FromError(path, null, "cannot read: " + OneLine(e.Message))];
        }
        return Owned(stream, ReadJsonLinesCore(stream, path));
    }

    private static IEnumerable<InputItem> Owned(Stream stream, IEnumerable<InputItem> items)
    {
        using (stream)
        {
            foreach (var item in items) yield return item;
        }
    }

    private IEnumerable<InputItem> ReadJsonLinesCore(Stream stream, string source)
    {
        // A line may hold the text JSON-escaped (up to 6 bytes per byte of text), so allow that much before
        // giving up on a line without reading it into memory.
        var maxLine = (int)Math.Min(int.MaxValue / 2, MaxDocumentBytes * 6 + 64 * 1024);
        var reader = new LineReader(stream, maxLine);
        var first = Step(reader, source, sniff: true);
        if (first is not null)
        {
            yield return first;
            yield break;
        }
        var lineNo = 0;
        var seenContent = false;
        while (true)
        {
            var failure = Step(reader, source, sniff: false);
            if (failure is not null)
            {
                yield return failure with { Line = lineNo + 1, Error = failure.Error! with { Line = lineNo + 1 } };
                yield break;
            }
            if (reader.AtEnd) yield break;
            lineNo++;
            // Plain text piped in gets one hint instead of an error for each of its lines.
            if (!seenContent && source == StdinName && !reader.Oversized && !TextChecks.IsBlank(reader.Line))
            {
                seenContent = true;
                var start = reader.Line;
                if (start.StartsWith("\uFEFF"u8)) start = start[3..];
                start = start.TrimStart(" \t\r"u8);
                if (start.Length > 0 && start[0] != (byte)'{')
                {
                    yield return InputItem.FromError(source, lineNo,
                        "standard input is read as JSON Lines ({\"id\": ..., \"text\": ...} per line) and this is not JSON; for plain text, save it to a .txt file and give its path");
                    yield break;
                }
            }
            var item = ParseLine(reader, source, lineNo);
            if (item is not null) yield return item;
        }
    }

    /// <summary>Sniffs or advances the reader, turning I/O failures and binary content into an error item.</summary>
    private static InputItem? Step(LineReader reader, string source, bool sniff)
    {
        try
        {
            if (sniff)
            {
                var reason = TextChecks.BinaryReason(reader.Peek(), anyNul: false);
                return reason is null ? null : InputItem.FromError(source, null, reason + "; skipped");
            }
            reader.Next();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            return InputItem.FromError(source, null, "cannot read: " + OneLine(e.Message));
        }
    }

    private InputItem? ParseLine(LineReader reader, string source, int lineNo)
    {
        if (reader.Oversized)
            return InputItem.FromError(source, lineNo, $"line is {TextChecks.Bytes(reader.TotalLength)}, too long for a document of at most {TextChecks.Bytes(MaxDocumentBytes)} ({LimitHint}); skipped");
        var line = reader.Line;
        if (lineNo == 1 && line.StartsWith("\uFEFF"u8)) line = line[3..];
        if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
        if (TextChecks.IsBlank(line)) return null;
        var bad = TextChecks.FirstInvalidUtf8(line);
        if (bad >= 0) return InputItem.FromError(source, lineNo, $"invalid UTF-8 at byte {bad + 1} of the line; skipped");
        if (line.Contains((byte)0)) return InputItem.FromError(source, lineNo, "binary data (NUL byte) in the line; skipped");
        return ParseJson(line, source, lineNo);
    }

    private InputItem ParseJson(ReadOnlySpan<byte> line, string source, int lineNo)
    {
        string? id = null, text = null, url = null, published = null, lang = null;
        var hasPublished = false;
        try
        {
            var json = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
            json.Read();
            if (json.TokenType != JsonTokenType.StartObject)
                return InputItem.FromError(source, lineNo, $"expected a JSON object, found {Describe(json.TokenType)}; skipped");
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var name = json.GetString();
                json.Read();
                switch (name)
                {
                    case "id":
                        if (json.TokenType == JsonTokenType.String) id = json.GetString();
                        else if (json.TokenType == JsonTokenType.Number) id = Encoding.UTF8.GetString(json.ValueSpan);
                        else if (json.TokenType != JsonTokenType.Null) return FieldError(source, lineNo, "id", "a string", json.TokenType);
                        break;
                    case "text":
                        if (json.TokenType == JsonTokenType.Null) text = null;
                        else if (json.TokenType != JsonTokenType.String) return FieldError(source, lineNo, "text", "a string", json.TokenType);
                        else text = json.GetString();
                        break;
                    case "url":
                        if (json.TokenType == JsonTokenType.String) url = json.GetString();
                        else if (json.TokenType != JsonTokenType.Null) return FieldError(source, lineNo, "url", "a string", json.TokenType);
                        break;
                    case "published":
                        if (json.TokenType == JsonTokenType.String) (published, hasPublished) = (json.GetString(), true);
                        else if (json.TokenType != JsonTokenType.Null) return FieldError(source, lineNo, "published", "a date string YYYY-MM-DD", json.TokenType);
                        break;
                    case "lang":
                        if (json.TokenType == JsonTokenType.String) lang = json.GetString();
                        json.Skip();
                        break;
                    default:
                        json.Skip();
                        break;
                }
            }
            // Reading past the object makes the reader reject anything after it on the line.
            while (json.Read())
            {
            }
        }
        catch (JsonException e)
        {
            return InputItem.FromError(source, lineNo, $"invalid JSON at byte {e.BytePositionInLine + 1 ?? 0}: {JsonMessage(e)}; skipped");
        }
        catch (InvalidOperationException e)
        {
            // Raised for strings holding lone surrogates (\ud800), which no .NET string can carry faithfully.
            return InputItem.FromError(source, lineNo, "invalid string in JSON: " + OneLine(e.Message) + "; skipped");
        }

        if (string.IsNullOrWhiteSpace(id)) return InputItem.FromError(source, lineNo, (id is null ? "missing \"id\"" : "empty \"id\"") + "; skipped");
        if (DocumentIds.Problem(id) is { } badId) return InputItem.FromError(source, lineNo, badId + "; skipped");
        if (text is null) return InputItem.FromError(source, lineNo, $"document \"{Short(id)}\": missing \"text\"; skipped");
        if (TextChecks.IsBlank(text)) return InputItem.FromError(source, lineNo, $"document \"{Short(id)}\": empty text; skipped");
        var size = Encoding.UTF8.GetByteCount(text);
        if (size > MaxDocumentBytes)
            return InputItem.FromError(source, lineNo, $"document \"{Short(id)}\": text is {TextChecks.Bytes(size)}, over the limit of {TextChecks.Bytes(MaxDocumentBytes)} ({LimitHint}); skipped");
        DateOnly? date = null;
        if (hasPublished)
        {
            if (!TryParseDate(published, out var d))
                return InputItem.FromError(source, lineNo, $"document \"{Short(id)}\": \"published\" is not a date YYYY-MM-DD: \"{Short(published)}\"; skipped");
            date = d;
        }
        return InputItem.FromDocument(source, lineNo, new Document(id, text, url, date, string.IsNullOrWhiteSpace(lang) ? null : lang.Trim()));
    }

    private InputItem FromTextBytes(string path, string id, byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        var binary = TextChecks.BinaryReason(span, anyNul: true);
        if (binary is not null) return InputItem.FromError(path, null, binary + "; skipped");
        var bad = TextChecks.FirstInvalidUtf8(span);
        if (bad >= 0)
        {
            var line = span[..bad].Count((byte)'\n') + 1;
            var column = bad - (span[..bad].LastIndexOf((byte)'\n') + 1) + 1;
            return InputItem.FromError(path, line, $"invalid UTF-8 at byte {column} of the line; skipped");
        }
        if (span.Length > MaxDocumentBytes)
            return InputItem.FromError(path, null, $"text is {TextChecks.Bytes(span.Length)}, over the limit of {TextChecks.Bytes(MaxDocumentBytes)} ({LimitHint}); skipped");
        var text = StrictUtf8.GetString(span);
        if (TextChecks.IsBlank(text)) return InputItem.FromError(path, null, "empty text; skipped");
        if (string.IsNullOrWhiteSpace(id)) return InputItem.FromError(path, null, "empty id (file name); skipped");
        if (DocumentIds.Problem(id) is { } badId) return InputItem.FromError(path, null, badId + " (the id is the file name); skipped");
        return InputItem.FromDocument(path, null, new Document(id, text));
    }

    private static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is null) return false;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        // Timestamps such as 2024-02-27T08:00:00Z keep their calendar date.
        if (text.Length > 10 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            date = DateOnly.FromDateTime(stamp.DateTime);
            return true;
        }
        return false;
    }

    private static InputItem FieldError(string source, int line, string field, string expected, JsonTokenType found) =>
        InputItem.FromError(source, line, $"\"{field}\" must be {expected}, found {Describe(found)}; skipped");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string JsonMessage(JsonException e)
    {
        var m = OneLine(e.Message);
        var cut = m.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? m[..cut] : m).TrimEnd('.', ' ');
    }

    private static string Short(string? s) => s is null ? "" : Printable.Escape(s.Length <= 60 ? s : s[..57] + "...");

    internal static string OneLine(string s) => s.ReplaceLineEndings(" ");
}
