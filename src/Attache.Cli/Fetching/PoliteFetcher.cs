using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Attache.Cli.Fetching;

/// <summary>How the fetcher behaves towards the sites it reads.</summary>
/// <param name="Timeout">The longest wait for one response, headers and body.</param>
/// <param name="PerHostDelay">The least time between two requests to the same host (1 s: one request per second).</param>
/// <param name="MaxBytes">The largest response body read; a larger one is refused.</param>
/// <param name="MaxRedirects">Redirects followed before giving up.</param>
/// <param name="MaxRetries">Retries after a 429 or a 5xx.</param>
/// <param name="MaxRetryAfter">The longest Retry-After waited for; a longer one fails the request.</param>
internal sealed record FetchOptions(TimeSpan Timeout, TimeSpan PerHostDelay, long MaxBytes = 10L * 1024 * 1024, int MaxRedirects = 5, int MaxRetries = 2, TimeSpan MaxRetryAfter = default)
{
    /// <summary>30 s per response, one request per second per host.</summary>
    public static FetchOptions Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));

    /// <summary>The longest Retry-After honoured: a minute unless set.</summary>
    public TimeSpan RetryAfterCap => MaxRetryAfter > TimeSpan.Zero ? MaxRetryAfter : TimeSpan.FromMinutes(1);
}

/// <summary>A fetched response: its final address, status, type and body, or why there is none.</summary>
/// <param name="Url">The address finally answered (after redirects).</param>
/// <param name="Status">The HTTP status (0 when no response came).</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="Body">The body, null on error or 304.</param>
/// <param name="ETag">The validator to send back next time.</param>
/// <param name="LastModified">The Last-Modified header to send back next time.</param>
/// <param name="Error">Why there is no body, in one line, or null.</param>
internal sealed record FetchResult(Uri Url, int Status, string? ContentType, byte[]? Body, string? ETag, string? LastModified, string? Error)
{
    /// <summary>True for a 304: the resource is unchanged since the validators sent.</summary>
    public bool NotModified => Status == 304;
}

/// <summary>Fetches pages and feeds politely: a descriptive User-Agent, robots.txt honoured (cached per host), one request at
/// a time per host with a delay between them, timeouts, bounded redirects (loops detected), retries on 429/5xx honouring
/// Retry-After, conditional requests and a size cap.</summary>
/// <remarks>One instance per command run; its robots.txt cache and host clock live as long as it does.</remarks>
internal sealed class PoliteFetcher : IDisposable
{
    /// <summary>The agent token that robots.txt groups are matched against.</summary>
    public const string AgentToken = "attache";

    /// <summary>Says who we are and why, so a site's operator can tell.</summary>
    public const string UserAgent = "attache/1.0 (defence-diplomacy news reader; honours robots.txt; one request per second per host)";

    private readonly HttpClient _http;
    private readonly FetchOptions _options;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, RobotsRules> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (SemaphoreSlim Gate, DateTimeOffset Next)> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public PoliteFetcher(FetchOptions options, TimeProvider? clock = null)
    {
        _options = options;
        _clock = clock ?? TimeProvider.System;
        // Redirects are followed here, not by the handler, so that each hop is checked against robots.txt and loops are seen.
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5");
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Fetches <paramref name="url"/>; never throws for what the network or the site does (the result says), only on cancellation.</summary>
    public async Task<FetchResult> GetAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken ct = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!await AllowedAsync(current, ct).ConfigureAwait(false))
                return new FetchResult(current, 0, null, null, null, null, "disallowed by the site's robots.txt; not fetched");
            var result = await GetOnceAsync(current, etag, lastModified, ct).ConfigureAwait(false);
            if (result.Status is not (301 or 302 or 303 or 307 or 308) || result.Error is not null) return result;
            if (result.ContentType is not { } location || !Uri.TryCreate(current, location, out var next) || (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps))
                return result with { Error = $"HTTP {result.Status} without a usable Location" };
            if (!seen.Add(next.AbsoluteUri)) return result with { Url = next, Error = $"redirect loop (back to {next})" };
            if (hop >= _options.MaxRedirects) return result with { Url = next, Error = $"more than {_options.MaxRedirects} redirects" };
            current = next;
        }
    }

    /// <summary>One request (with its retries), without following redirects: a redirect's Location comes back as ContentType.</summary>
    private async Task<FetchResult> GetOnceAsync(Uri url, string? etag, string? lastModified, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var gate = await TurnAsync(url, ct).ConfigureAwait(false);
            TimeSpan? retryIn = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(_options.Timeout);
                try
                {
                    using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                    var status = (int)response.StatusCode;
                    var tag = response.Headers.ETag?.ToString();
                    var modified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
                    if (status is >= 300 and < 400 && status != 304)
                        return new FetchResult(url, status, response.Headers.Location?.OriginalString, null, null, null, null);
                    if (status == 304) return new FetchResult(url, 304, null, null, etag, lastModified, null);
                    if ((status == 429 || status >= 500) && attempt < _options.MaxRetries)
                    {
                        var wait = RetryAfter(response.Headers.RetryAfter) ?? Backoff(attempt);
                        if (wait > _options.RetryAfterCap)
                            return new FetchResult(url, status, null, null, null, null, $"HTTP {status}, asked to retry after {wait.TotalSeconds:0} s (more than {_options.RetryAfterCap.TotalSeconds:0} s); not fetched");
                        retryIn = wait;
                    }
                    else if (status is < 200 or >= 300)
                    {
                        return new FetchResult(url, status, null, null, null, null, $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
                    }
                    else
                    {
                        var type = response.Content.Headers.ContentType?.ToString();
                        if (response.Content.Headers.ContentLength is long length && length > _options.MaxBytes)
                            return new FetchResult(url, status, type, null, null, null, $"response is {length:N0} bytes, over the limit of {_options.MaxBytes:N0}; not read");
                        var body = await ReadCappedAsync(response, timeout.Token).ConfigureAwait(false);
                        return body is null
                            ? new FetchResult(url, status, type, null, null, null, $"response is over the limit of {_options.MaxBytes:N0} bytes; not read")
                            : new FetchResult(url, status, type, body, tag, modified, null);
                    }
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    return new FetchResult(url, 0, null, null, null, null, $"no response within {_options.Timeout.TotalSeconds:0.#} s (timeout)");
                }
                catch (HttpRequestException e)
                {
                    if (attempt >= _options.MaxRetries) return new FetchResult(url, 0, null, null, null, null, "cannot fetch: " + e.Message.ReplaceLineEndings(" "));
                    retryIn = Backoff(attempt);
                }
                catch (IOException e)
                {
                    return new FetchResult(url, 0, null, null, null, null, "cannot fetch: " + e.Message.ReplaceLineEndings(" "));
                }
            }
            finally
            {
                Release(url, gate);
            }
            await Task.Delay(retryIn!.Value, _clock, ct).ConfigureAwait(false);
        }
    }

    private async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, n);
            // Sites that send no Content-Length are cut off here, not read whole.
            if (buffer.Length > _options.MaxBytes) return null;
        }
        return buffer.ToArray();
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - _clock.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

    // Exponential back-off with jitter, so that clients retrying together do not hit the site together again.
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt) * (0.5 + Random.Shared.NextDouble()));

    private async Task<bool> AllowedAsync(Uri url, CancellationToken ct)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        RobotsRules? rules;
        lock (_lock) _robots.TryGetValue(key, out rules);
        if (rules is null)
        {
            var robotsUrl = new Uri(new Uri(key), "/robots.txt");
            var result = await GetOnceAsync(robotsUrl, null, null, ct).ConfigureAwait(false);
            // No robots.txt (or an unreadable one) allows everything, as the robots exclusion standard says for 4xx.
            rules = result.Body is { } body ? RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(body), AgentToken) : RobotsRules.AllowAll;
            lock (_lock) _robots[key] = rules;
        }
        return rules.Allows(url.PathAndQuery);
    }

    private async Task<SemaphoreSlim> TurnAsync(Uri url, CancellationToken ct)
    {
        SemaphoreSlim gate;
        lock (_lock)
        {
            if (!_hosts.TryGetValue(url.Authority, out var entry)) _hosts[url.Authority] = entry = (new SemaphoreSlim(1, 1), DateTimeOffset.MinValue);
            gate = entry.Gate;
        }
        await gate.WaitAsync(ct).ConfigureAwait(false);
        DateTimeOffset next;
        lock (_lock) next = _hosts[url.Authority].Next;
        var wait = next - _clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, _clock, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                gate.Release();
                throw;
            }
        }
        return gate;
    }

    private void Release(Uri url, SemaphoreSlim gate)
    {
        lock (_lock) _hosts[url.Authority] = (gate, _clock.GetUtcNow() + _options.PerHostDelay);
        gate.Release();
    }
}
