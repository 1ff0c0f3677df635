using System.Text.Encodings.Web;
using System.Text.Unicode;
using Attache.Extraction;
using Attache.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace Attache.Api;

/// <summary>Composition of the API and dashboard: the services to add and the endpoints to map.</summary>
public static class AttacheApi
{
    /// <summary>Builds the web application for the options, listening on <paramref name="urls"/> (e.g. <c>http://127.0.0.1:5080</c>).</summary>
    public static WebApplication Build(ApiOptions options, string urls, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [], EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start (a port in use) is thrown to the caller, which reports it in one line: the host's own log of it
        // is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddAttacheApi(options);
        var app = builder.Build();
        app.MapAttacheApi();
        return app;
    }

    /// <summary>Adds the store pool, the ingest service, JSON settings, problem details and the OpenAPI document.</summary>
    public static IServiceCollection AddAttacheApi(this IServiceCollection services, ApiOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<StorePool>();
        services.AddSingleton<RecordSummary>();
        services.AddSingleton<IExtractor, Extractor>();
        services.AddSingleton<DocumentIngestor>();
        services.AddHostedService<WebhookDispatch>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<StoreExceptionHandler>();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Attaché record API";
            doc.Info.Description = "Defense-diplomacy events extracted from news dispatches, with the sentences that support them.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Maps error handling, the dashboard, the jobs dashboard, the OpenAPI document and UI, and every endpoint group.</summary>
    public static WebApplication MapAttacheApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First, so that error answers carry the headers too (see SecurityHeaders).
        app.Use(SecurityHeaders);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var files = new EmbeddedFileProvider(typeof(AttacheApi).Assembly, "Attache.Api.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapJobsDashboard();
        app.MapOpenApi();
        // Offline and self-contained: no fonts, telemetry, agent, MCP or "open in client" button that would reach scalar.com.
        app.MapScalarApiReference("/docs", o => o.WithTitle("Attaché API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts()
            .DisableTelemetry().DisableAgent().DisableMcp().HideClientButton());
        app.MapEventsApi();
        app.MapReviewsApi();
        app.MapDocumentsApi();
        app.MapPairsApi();
        app.MapPeopleApi();
        app.MapSearchApi();
        app.MapSubscriptionsApi();
        app.MapFeedsApi();
        app.MapExtractApi();
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<StorePool>().DisposeAsync().AsTask().GetAwaiter().GetResult());
        return app;
    }

    /// <summary>The dashboard loads nothing from elsewhere and runs no inline script: a content policy makes that a rule.</summary>
    /// <remarks>Set as the response starts rather than on the way in: the exception handler clears every header before
    /// it writes its problem answer, and would drop headers set earlier.</remarks>
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // Hangfire's pages (under /jobs) run no inline script but their script sets an inline style (Chromium refused
            // one on the overview under style-src 'self'): inline styles are allowed there, and only there.
            // PathBase too: inside /jobs, Map has moved the prefix there by the time the answer starts.
            var path = context.Request.PathBase + context.Request.Path;
            if (path.StartsWithSegments(JobsDashboard.Path, StringComparison.Ordinal))
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            else if (!path.StartsWithSegments("/docs", StringComparison.Ordinal))
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}

/// <summary>Answers a database problem with 503 and its one-line message, never a stack trace.</summary>
internal sealed class StoreExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StoreException store) return false;
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "Database unavailable", Detail = store.Message },
        }).ConfigureAwait(false);
    }
}
