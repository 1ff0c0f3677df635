using System.Globalization;
using Dapper;

namespace Attache.Storage;

/// <summary>What a watch has done with one item of a feed.</summary>
/// <param name="Status"><c>stored</c> (its document is in the record, new or already there) or <c>failed</c> (given up after repeated failures), or <c>retry</c>.</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="DocumentId">The stored document, when there is one.</param>
public sealed record FeedItemState(string Status, int Attempts, string? DocumentId);

/// <summary>The state of <c>attache watch</c>, kept in the database so that a restart resumes where it stopped.</summary>
public interface IFeedStateStore
{
    /// <summary>What was done with an item of a feed, or null when it was never seen.</summary>
    Task<FeedItemState?> GetFeedItemAsync(string feedUrl, string itemUrl, CancellationToken cancellationToken = default);

    /// <summary>Records what was done with an item of a feed (committed at once).</summary>
    Task SetFeedItemAsync(string feedUrl, string itemUrl, FeedItemState state, string? error, CancellationToken cancellationToken = default);
}

/// <summary>The validators of a fetched address's last answer (<c>ETag</c>, <c>Last-Modified</c>), sent back so that an unchanged answer is a 304.</summary>
/// <param name="ETag">The entity tag, as the server sent it (quotes included).</param>
/// <param name="LastModified">The Last-Modified date, in HTTP form.</param>
public sealed record HttpValidators(string? ETag, string? LastModified);

/// <summary>Conditional-request validators kept in the database, so that they survive a restart of <c>attache watch</c>.</summary>
public interface IHttpValidatorStore
{
    /// <summary>The validators last stored for an address, or null.</summary>
    Task<HttpValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Stores (or, with neither validator, forgets) the validators of an address (committed at once).</summary>
    Task SetValidatorsAsync(string url, HttpValidators validators, CancellationToken cancellationToken = default);
}

/// <summary>The feed state on the same database as the record (table <c>feed_items</c>, migration 4).</summary>
public sealed partial class SqlEventStore : IFeedStateStore, IHttpValidatorStore
{
    /// <inheritdoc />
    public async Task<HttpValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken = default)
    {
        try
        {
            var row = await _connection.QuerySingleOrDefaultAsync<ValidatorRow>(
                new CommandDefinition("SELECT etag, last_modified FROM http_validators WHERE url = @url", new { url }, ReadTx, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row is null ? null : new HttpValidators(row.ETag, row.LastModified);
        }
        catch (Exception e) when (_provider.Translate(e) is { } clear)
        {
            throw clear;
        }
    }

    /// <inheritdoc />
    public async Task SetValidatorsAsync(string url, HttpValidators validators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validators);
        var now = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        try
        {
            await _connection.ExecuteAsync(new CommandDefinition(
                validators is { ETag: null, LastModified: null }
                    ? "DELETE FROM http_validators WHERE url = @url"
                    : """
                      INSERT INTO http_validators (url, etag, last_modified, checked_at) VALUES (@url, @ETag, @LastModified, @now)
                      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at
                      """,
                new { url, validators.ETag, validators.LastModified, now }, ReadTx, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception e) when (_provider.Translate(e) is { } clear)
        {
            throw clear;
        }
    }

    /// <inheritdoc />
    public async Task<FeedItemState?> GetFeedItemAsync(string feedUrl, string itemUrl, CancellationToken cancellationToken = default)
    {
        try
        {
            var row = await _connection.QuerySingleOrDefaultAsync<FeedItemRow>(
                new CommandDefinition("SELECT status, attempts, document_id FROM feed_items WHERE feed_url = @feedUrl AND item_url = @itemUrl",
                    new { feedUrl, itemUrl }, ReadTx, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row is null ? null : new FeedItemState(row.Status, (int)row.Attempts, row.DocumentId);
        }
        catch (Exception e) when (_provider.Translate(e) is { } clear)
        {
            throw clear;
        }
    }

    /// <inheritdoc />
    public async Task SetFeedItemAsync(string feedUrl, string itemUrl, FeedItemState state, string? error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        try
        {
            await _connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO feed_items (feed_url, item_url, status, attempts, document_id, error, first_seen, last_tried)
                VALUES (@feedUrl, @itemUrl, @Status, @Attempts, @DocumentId, @error, @now, @now)
                ON CONFLICT (feed_url, item_url) DO UPDATE SET status = excluded.status, attempts = excluded.attempts,
                    document_id = excluded.document_id, error = excluded.error, last_tried = excluded.last_tried
                """,
                new { feedUrl, itemUrl, state.Status, state.Attempts, state.DocumentId, error, now }, ReadTx, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception e) when (_provider.Translate(e) is { } clear)
        {
            throw clear;
        }
    }

    private sealed class ValidatorRow
    {
        public string? ETag { get; set; }

        public string? LastModified { get; set; }
    }

    private sealed class FeedItemRow
    {
        public string Status { get; set; } = "";

        public long Attempts { get; set; }

        public string? DocumentId { get; set; }
    }
}
