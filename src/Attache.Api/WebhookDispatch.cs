using Attache.Storage;

namespace Attache.Api;

/// <summary>Sends the webhook deliveries that any ingest (the API's or the CLI's) queued, every
/// <see cref="ApiOptions.WebhookPoll"/>, for as long as the server runs.</summary>
internal sealed class WebhookDispatch(StorePool pool, ApiOptions options, ILogger<WebhookDispatch> log) : BackgroundService
{
    // One client for the server's life (sockets are pooled); redirects are not followed: a receiver answers itself.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sender = new WebhookSender(Http, TimeProvider.System);
        using var timer = new PeriodicTimer(options.WebhookPoll);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await pool.ReadAsync(store => sender.SendDueAsync(store, stoppingToken), stoppingToken).ConfigureAwait(false);
                }
                catch (StoreException e)
                {
                    // The database may be busy or away for a moment: the deliveries wait in it, and the next tick tries again.
                    log.LogWarning("webhook deliveries not sent: {Message}", e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
