using Attache.Record;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace Attache.Api;

/// <summary>The body of <c>POST /api/subscriptions</c>: what to follow (at least one), and where to POST new events.</summary>
/// <param name="Pair">Two parties, e.g. <c>JPN-VNM</c>.</param>
/// <param name="Country">A party (ISO alpha-3).</param>
/// <param name="Person">Words starting words of a participant's name (any order).</param>
/// <param name="Mechanism">Words starting words of a mechanism's name (any order), or its series key.</param>
/// <param name="Type">Event type, e.g. <c>dialogue</c>.</param>
/// <param name="Area">Cooperation area, e.g. <c>war_legacy</c>.</param>
/// <param name="Q">Words a source dispatch contains (search syntax).</param>
/// <param name="Webhook">An http(s) URL that is POSTed each new or changed event, signed.</param>
public sealed record SubscriptionInput(string? Pair, string? Country, string? Person, string? Mechanism, string? Type, string? Area, string? Q, string? Webhook);

/// <summary>A subscription.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Feed">Path of its Atom feed.</param>
/// <param name="Pair">Pair followed.</param>
/// <param name="Country">Country followed.</param>
/// <param name="Person">Person followed.</param>
/// <param name="Mechanism">Mechanism followed.</param>
/// <param name="Type">Type followed.</param>
/// <param name="Area">Area followed.</param>
/// <param name="Q">Words followed.</param>
/// <param name="Webhook">Where events are POSTed.</param>
/// <param name="Secret">The HMAC-SHA256 key of the webhook signatures: given once, when the subscription is created.</param>
/// <param name="Created">When it was made.</param>
public sealed record SubscriptionDto(string Id, string Feed, string? Pair, string? Country, string? Person, string? Mechanism, string? Type, string? Area,
    string? Q, string? Webhook, string? Secret, DateTimeOffset Created)
{
    /// <summary>Maps a subscription, with or without its secret.</summary>
    public static SubscriptionDto From(Subscription s, bool withSecret)
    {
        ArgumentNullException.ThrowIfNull(s);
        var c = s.Criteria;
        return new SubscriptionDto(s.Id, s.Feed, c.Pair, c.Country, c.Person, c.Mechanism, c.Type, c.Area, c.Q, s.Webhook, withSecret ? s.Secret : null, s.Created);
    }
}

/// <summary>Subscriptions: saved queries with an Atom feed and an optional webhook. Every endpoint needs the API key.</summary>
public static class SubscriptionsApi
{
    /// <summary>Maps <c>POST</c> and <c>GET /api/subscriptions</c>, <c>GET</c> and <c>DELETE /api/subscriptions/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/subscriptions").WithTags("Subscriptions");
        group.MapPost("/", CreateAsync)
            .WithName("CreateSubscription")
            .WithSummary("Saves a query (pair, country, person, mechanism, type, area, q) with an Atom feed and an optional webhook; requires X-Api-Key")
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                // Declared here rather than with Accepts(), which would answer 415 before the key is checked.
                var schema = await context.GetOrCreateSchemaAsync(typeof(SubscriptionInput), null, ct).ConfigureAwait(false);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "What to follow, e.g. {\"pair\": \"JPN-VNM\"}; at least one criterion.",
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
                };
            })
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListAsync)
            .WithName("ListSubscriptions")
            .WithSummary("Every subscription (without secrets); requires X-Api-Key")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id}", GetAsync)
            .WithName("GetSubscription")
            .WithSummary("One subscription (without its secret); requires X-Api-Key")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", DeleteAsync)
            .WithName("DeleteSubscription")
            .WithSummary("Deletes a subscription, its feed and its pending deliveries; requires X-Api-Key")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<SubscriptionDto>, ProblemHttpResult, ValidationProblem>> CreateAsync(
        HttpRequest request, StorePool pool, ApiOptions options, CancellationToken ct)
    {
        // The key first: a refused request's body is never read.
        if (DocumentsApi.Authorize(request, options) is { } refused) return refused;
        SubscriptionInput? input;
        try
        {
            input = await request.ReadFromJsonAsync<SubscriptionInput>(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return Problems.BadRequest("Invalid subscription", "The body must be a JSON object such as {\"pair\": \"JPN-VNM\"}.");
        }
        if (input is null) return Problems.BadRequest("Invalid subscription", "The body must be a JSON object such as {\"pair\": \"JPN-VNM\"}.");
        var webhook = string.IsNullOrWhiteSpace(input.Webhook) ? null : input.Webhook.Trim();
        var (criteria, errors) = SubscriptionRules.Check(new SubscriptionCriteria(input.Pair, input.Country, input.Person, input.Mechanism, input.Type, input.Area, input.Q), webhook);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Invalid subscription");
        var saved = await pool.WriteAsync(store => store.SubscribeAsync(criteria, webhook, ct), ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/subscriptions/{saved.Id}", SubscriptionDto.From(saved, withSecret: true));
    }

    private static async Task<Results<Ok<List<SubscriptionDto>>, ProblemHttpResult>> ListAsync(HttpRequest request, StorePool pool, ApiOptions options, CancellationToken ct)
    {
        if (DocumentsApi.Authorize(request, options) is { } refused) return refused;
        var all = await pool.ReadAsync(store => store.SubscriptionsAsync(ct), ct).ConfigureAwait(false);
        return TypedResults.Ok(all.Select(s => SubscriptionDto.From(s, withSecret: false)).ToList());
    }

    private static async Task<Results<Ok<SubscriptionDto>, ProblemHttpResult>> GetAsync(string id, HttpRequest request, StorePool pool, ApiOptions options, CancellationToken ct)
    {
        if (DocumentsApi.Authorize(request, options) is { } refused) return refused;
        var s = await pool.ReadAsync(store => store.GetSubscriptionAsync(id, ct), ct).ConfigureAwait(false);
        return s is null ? Problems.NotFound($"No subscription '{id}'.") : TypedResults.Ok(SubscriptionDto.From(s, withSecret: false));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, HttpRequest request, StorePool pool, ApiOptions options, CancellationToken ct)
    {
        if (DocumentsApi.Authorize(request, options) is { } refused) return refused;
        var deleted = await pool.WriteAsync(store => store.UnsubscribeAsync(id, ct), ct).ConfigureAwait(false);
        return deleted ? TypedResults.NoContent() : Problems.NotFound($"No subscription '{id}'.");
    }
}
