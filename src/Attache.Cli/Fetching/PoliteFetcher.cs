using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Attache.Cli.Fetching;

/// <summary>How the fetcher behaves towards the sites it reads.</summary>
/// <param name="Timeout">The longest wait for one response, headers and body.</param>
/// <param name="PerHostDelay">The time one request to a host costs of its rate (1 s: one request per second per host; 0: no limit).</param>
/// <param name="MaxBytes">The largest response body read; a larger one is refused.</param>
/// <param name="MaxRedirects">Redirects followed before giving up.</param>
/// <param name="MaxRetries">Retries after a 429, a 5xx or a failed connection.</param>
/// <param name="MaxRetryAfter">The longest Retry-After waited for; a longer one fails the request.</param>
/// <param name="RetryDelay">The first back-off when the site names no Retry-After (doubled each retry, with jitter).</param>
/// <param name="BreakAfter">Failed attempts on one host, within a minute and at least half of its attempts, that open its circuit.</param>
/// <param name="BreakFor">How long an open circuit refuses requests to its host before one is tried again.</param>
internal sealed record FetchOptions(TimeSpan Timeout, TimeSpan PerHostDelay, long MaxBytes = 10L * 1024 * 1024, int MaxRedirects = 5, int MaxRetries = 2,
    TimeSpan MaxRetryAfter = default, TimeSpan RetryDelay = default, int BreakAfter = 8, TimeSpan BreakFor = default)
{
    /// <summary>30 s per response, one request per second per host.</summary>
    public static FetchOptions Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));

    /// <summary>The longest Retry-After honoured: a minute unless set.</summary>
    public TimeSpan RetryAfterCap => MaxRetryAfter > TimeSpan.Zero ? MaxRetryAfter : TimeSpan.FromMinutes(1);

    /// <summary>The first back-off: half a second unless set.</summary>
    public TimeSpan FirstBackoff => RetryDelay > TimeSpan.Zero ? RetryDelay : TimeSpan.FromMilliseconds(500);

    /// <summary>How long a circuit stays open: 30 s unless set.</summary>
    public TimeSpan BreakDuration => BreakFor > TimeSpan.Zero ? BreakFor : TimeSpan.FromSeconds(30);
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

/// <summary>Fetches pages and feeds politely: a descriptive User-Agent, robots.txt honoured (cached per host), bounded redirects
/// (loops detected), conditional requests and a size cap, over one HttpClient pipeline from IHttpClientFactory whose resilience
/// handler gives each host its own rate limit, retries (back-off with jitter, Retry-After honoured), circuit breaker and timeout.</summary>
/// <remarks>One instance per command run; its robots.txt cache and its hosts' pipelines live as long as it does.</remarks>
internal sealed class PoliteFetcher : IDisposable
{
    /// <summary>The agent token that robots.txt groups are matched against.</summary>
    public const string AgentToken = "attache";

    /// <summary>Says who we are and why, so a site's operator can tell.</summary>
    public const string UserAgent = "attache/1.0 (defence-diplomacy news reader; honours robots.txt; one request per second per host)";

    /// <summary>The named client of the pipeline.</summary>
    private const string ClientName = "attache-fetcher";

    private readonly ServiceProvider _services;
    private readonly HttpClient _http;
    private readonly FetchOptions _options;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, RobotsRules> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public PoliteFetcher(FetchOptions options, TimeProvider? clock = null)
    {
        _options = options;
        _clock = clock ?? TimeProvider.System;
        var services = new ServiceCollection();
        // The resilience strategies wait (back-off, Retry-After, break duration) on this clock.
        services.AddSingleton(_clock);
        services.AddHttpClient(ClientName, http =>
            {
                // Each attempt has its own timeout in the pipeline; the client's would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5");
            })
            // Redirects are followed here, not by the handler, so that each hop is checked against robots.txt and loops are seen.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = options.Timeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("polite", (pipeline, context) => Build(pipeline, context, options))
            // One pipeline per scheme, host and port: a failing site opens its own circuit and spends its own rate.
            .SelectPipelineByAuthority();
        _services = services.BuildServiceProvider();
        _http = _services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
    }

    /// <summary>The strategies, outermost first: retry, circuit breaker, rate limit, attempt timeout.</summary>
    /// <remarks>The rate limit is inside the retry so that every attempt waits its turn, and inside the breaker so that an open
    /// circuit refuses at once, without queueing; the timeout is innermost so that it counts the attempt, not the queue.</remarks>
    private static void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context, FetchOptions options)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstBackoff,
                MaxDelay = options.RetryAfterCap,
                ShouldRetryAfterHeader = true,
                // A timeout is not retried (a slow site is not helped by more requests), nor an open circuit; a Retry-After
                // over the cap ends the request, with a message that says so.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result: { } r } => IsTransient(r) && !(RetryAfter(r, context.ServiceProvider.GetRequiredService<TimeProvider>()) > options.RetryAfterCap),
                    _ => false,
                }),
            });
        }
        if (options.BreakAfter > 0)
        {
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = Math.Max(2, options.BreakAfter),
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = options.BreakDuration,
            });
        }
        if (options.PerHostDelay > TimeSpan.Zero)
        {
            // One token per period, queued for without limit: a host's requests wait their turn, none is refused.
            var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = options.PerHostDelay,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
            context.OnPipelineDisposed(limiter.Dispose);
            pipeline.AddRateLimiter(limiter);
        }
        pipeline.AddTimeout(options.Timeout);
    }

    private static bool IsTransient(HttpResponseMessage response) => (int)response.StatusCode is 429 or >= 500;

    public void Dispose()
    {
        _http.Dispose();
        _services.Dispose();
    }

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

    /// <summary>One request through the pipeline (its retries included), without following redirects: a redirect's Location comes back as ContentType.</summary>
    private async Task<FetchResult> GetOnceAsync(Uri url, string? etag, string? lastModified, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        // The pipeline times each attempt until its headers; this bounds the body's reading too.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            timeout.CancelAfter(_options.Timeout);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304)
                return new FetchResult(url, status, response.Headers.Location?.OriginalString, null, null, null, null);
            if (status == 304) return new FetchResult(url, 304, null, null, response.Headers.ETag?.ToString() ?? etag, lastModified, null);
            if (status is < 200 or >= 300)
            {
                if (IsTransient(response) && RetryAfter(response, _clock) is { } wait && wait > _options.RetryAfterCap)
                    return new FetchResult(url, status, null, null, null, null, $"HTTP {status}, asked to retry after {wait.TotalSeconds:0} s (more than {_options.RetryAfterCap.TotalSeconds:0} s); not fetched");
                return new FetchResult(url, status, null, null, null, null, $"HTTP {status} {response.ReasonPhrase}".TrimEnd() + (IsTransient(response) && _options.MaxRetries > 0 ? $" (after {_options.MaxRetries} {(_options.MaxRetries == 1 ? "retry" : "retries")})" : ""));
            }
            var type = response.Content.Headers.ContentType?.ToString();
            if (response.Content.Headers.ContentLength is long length && length > _options.MaxBytes)
                return new FetchResult(url, status, type, null, null, null, $"response is {length:N0} bytes, over the limit of {_options.MaxBytes:N0}; not read");
            var body = await ReadCappedAsync(response, timeout.Token).ConfigureAwait(false);
            var tag = response.Headers.ETag?.ToString();
            var modified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
            return body is null
                ? new FetchResult(url, status, type, null, null, null, $"response is over the limit of {_options.MaxBytes:N0} bytes; not read")
                : new FetchResult(url, status, type, body, tag, modified, null);
        }
        catch (TimeoutRejectedException)
        {
            return new FetchResult(url, 0, null, null, null, null, $"no response within {_options.Timeout.TotalSeconds:0.#} s (timeout)");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new FetchResult(url, 0, null, null, null, null, $"no response within {_options.Timeout.TotalSeconds:0.#} s (timeout)");
        }
        catch (BrokenCircuitException)
        {
            return new FetchResult(url, 0, null, null, null, null,
                $"{url.Authority} failed repeatedly; no request sent to it for {_options.BreakDuration.TotalSeconds:0} s (circuit open)");
        }
        catch (HttpRequestException e)
        {
            return new FetchResult(url, 0, null, null, null, null, "cannot fetch: " + e.Message.ReplaceLineEndings(" "));
        }
        catch (IOException e)
        {
            return new FetchResult(url, 0, null, null, null, null, "cannot fetch: " + e.Message.ReplaceLineEndings(" "));
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

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - clock.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

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
}
