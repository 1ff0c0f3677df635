namespace Attache.Api;

/// <summary>How the API is served: which store, which key guards writes, how large a request body may be.</summary>
public sealed record ApiOptions
{
    /// <summary>The environment variable holding the key that write requests must send in <c>X-Api-Key</c>.</summary>
    public const string ApiKeyVariable = "ATTACHE_API_KEY";

    /// <summary>The environment variable holding the reviewers' keys, <c>name:key</c> separated by commas.</summary>
    public const string ReviewerKeysVariable = "ATTACHE_REVIEWER_KEYS";

    /// <summary>The environment variable that overrides <see cref="MaxBodyBytes"/>.</summary>
    public const string MaxBodyVariable = "ATTACHE_MAX_BODY_BYTES";

    /// <summary>The header carrying the API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The default largest request body: 8 MB.</summary>
    public const long DefaultMaxBodyBytes = 8L * 1024 * 1024;

    /// <summary>The database (<c>--db</c> value: SQLite path or PostgreSQL connection string); null means the default.</summary>
    public string? Database { get; init; }

    /// <summary>The key writes require; null or empty disables writes.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Reviewers by their key: a review write names its reviewer by the key it sends in <c>X-Api-Key</c>.</summary>
    public IReadOnlyDictionary<string, string> ReviewerKeys { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Parses <c>name:key,name:key</c>; entries without a name or a key are ignored.</summary>
    public static IReadOnlyDictionary<string, string> ParseReviewerKeys(string? text)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < entry.Length - 1) keys[entry[(colon + 1)..].Trim()] = entry[..colon].Trim();
        }
        return keys;
    }

    /// <summary>Request bodies over this many bytes are refused with 413.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>The largest page of events one request may ask for.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>How many store connections serve requests at once.</summary>
    public int MaxConnections { get; init; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>How often the server sends the webhook deliveries that are due.</summary>
    public TimeSpan WebhookPoll { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Options for a database, with the key and body limit taken from the environment.</summary>
    public static ApiOptions FromEnvironment(string? database) => new()
    {
        Database = database,
        ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null,
        ReviewerKeys = ParseReviewerKeys(Environment.GetEnvironmentVariable(ReviewerKeysVariable)),
        MaxBodyBytes = long.TryParse(Environment.GetEnvironmentVariable(MaxBodyVariable), out var max) && max > 0 ? max : DefaultMaxBodyBytes,
    };
}
