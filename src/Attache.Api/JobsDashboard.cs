using System.Security.Cryptography;
using System.Text;
using Attache.Queue;
using Attache.Storage;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>Hangfire's own dashboard of the ingest queue under <c>/jobs</c>, behind the API key; no jobs run here.</summary>
internal static class JobsDashboard
{
    /// <summary>Where the dashboard is mounted.</summary>
    public const string Path = "/jobs";

    /// <summary>The cookie that carries the key's proof after <c>?key=</c> was given once.</summary>
    public const string CookieName = "attache_jobs";

    /// <summary>The query parameter a browser gives the key in, since it cannot send <c>X-Api-Key</c>.</summary>
    public const string KeyParameter = "key";

    /// <summary>Mounts the dashboard (or, over SQLite or without a key, the answer that says why there is none).</summary>
    public static void MapJobsDashboard(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ApiOptions>();
        var db = options.Database;
        app.Map(Path, branch =>
        {
            if (db is null || IngestJobs.Problem(db) is not null)
            {
                branch.Run(context => TypedResults.Problem(
                    "The jobs dashboard shows the ingest queue, and the queue needs PostgreSQL (serve --db postgresql://USER:PASSWORD@HOST/DB); this server reads a SQLite file.",
                    statusCode: StatusCodes.Status404NotFound, title: "No job queue").ExecuteAsync(context));
                return;
            }
            branch.Use((context, next) => Gate(context, next, options));
            var dashboard = new LazyDashboard(db);
            branch.Run(dashboard.InvokeAsync);
        });
    }

    /// <summary>Lets through a request with the key's cookie; trades a valid <c>?key=</c> for the cookie.</summary>
    private static Task Gate(HttpContext context, RequestDelegate next, ApiOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
            return TypedResults.Problem($"The jobs dashboard is disabled: the server has no API key (set {ApiOptions.ApiKeyVariable}).",
                statusCode: StatusCodes.Status403Forbidden, title: "Jobs dashboard disabled").ExecuteAsync(context);
        var proof = Proof(options.ApiKey);
        if (context.Request.Query.TryGetValue(KeyParameter, out var given))
        {
            if (!Same(Proof(given.ToString()), proof)) return Refuse(context, "The API key is not valid.");
            context.Response.Cookies.Append(CookieName, Convert.ToHexString(proof), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = Path,
            });
            // Away from the URL that holds the key, so that it stays out of the history and of Referer headers.
            var query = QueryString.Create(context.Request.Query.Where(p => p.Key != KeyParameter));
            context.Response.Redirect(context.Request.PathBase + context.Request.Path + query);
            return Task.CompletedTask;
        }
        var cookie = context.Request.Cookies[CookieName];
        byte[]? sent = null;
        try
        {
            if (cookie is not null) sent = Convert.FromHexString(cookie);
        }
        catch (FormatException)
        {
        }
        return sent is not null && Same(sent, proof) ? next(context)
            : Refuse(context, $"Open {Path}?{KeyParameter}=YOUR_API_KEY once: the browser then keeps a cookie for {Path}.");
    }

    private static Task Refuse(HttpContext context, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "API key required").ExecuteAsync(context);

    // The cookie holds a hash of the key, not the key: it opens only this dashboard, and reading it does not give the
    // key that writes to the record.
    private static byte[] Proof(string key) => SHA256.HashData(Encoding.UTF8.GetBytes("attache-jobs-dashboard:" + key));

    private static bool Same(byte[] a, byte[] b) => CryptographicOperations.FixedTimeEquals(a, b);

    /// <summary>Opens the queue's storage at the first request rather than at start, so that <c>serve</c> starts (and
    /// answers everything else) while the queue's database is away; a failed open is tried again by the next request.</summary>
    private sealed class LazyDashboard(string db)
    {
        private AspNetCoreDashboardMiddleware? _middleware;

        private readonly Lock _gate = new();

        public Task InvokeAsync(HttpContext context) => Middleware().Invoke(context);

        private AspNetCoreDashboardMiddleware Middleware()
        {
            if (Volatile.Read(ref _middleware) is { } ready) return ready;
            lock (_gate)
            {
                if (_middleware is not null) return _middleware;
                // StoreException (database away) goes to the exception handler: a 503 with one line.
                var jobs = IngestJobs.Open(db);
                var options = new DashboardOptions
                {
                    // The gate above has checked the key; Hangfire's default would allow local requests only.
                    Authorization = [new Allowed()],
                    // A view of the queue: no requeue or delete from here, so the page needs no anti-forgery tokens.
                    IsReadOnlyFunc = _ => true,
                    DisplayStorageConnectionString = false,
                    DashboardTitle = "Attaché jobs",
                    AppPath = "/",
                };
                _middleware = new AspNetCoreDashboardMiddleware(NotFound, jobs.Storage, options, DashboardRoutes.Routes);
                return _middleware;
            }
        }

        private static Task NotFound(HttpContext context) =>
            TypedResults.Problem("No such page of the jobs dashboard.", statusCode: StatusCodes.Status404NotFound, title: "Not found").ExecuteAsync(context);
    }

    private sealed class Allowed : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => true;
    }
}
