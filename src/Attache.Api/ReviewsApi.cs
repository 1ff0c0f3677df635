using System.Security.Cryptography;
using System.Text;
using Attache.Record;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Api;

/// <summary>The body of <c>POST /api/events/{id}/review</c>.</summary>
/// <param name="Action"><c>set</c>, <c>confirm</c> or <c>reject</c>.</param>
/// <param name="Field">For <c>set</c>: the field, named as in the record (<c>location.city</c>…).</param>
/// <param name="Value">For <c>set</c>: the value as the CLI takes it (empty clears).</param>
/// <param name="Reason">For <c>reject</c>: <c>not_event</c>, <c>out_of_scope</c> or <c>duplicate</c>.</param>
/// <param name="DuplicateOf">For a reject as a duplicate: the other event.</param>
/// <param name="Why">Why, for the history.</param>
public sealed record ReviewBody(string? Action, string? Field, string? Value, string? Reason, string? DuplicateOf, string? Why);

/// <summary>The body of <c>POST /api/events/{id}/merge</c>.</summary>
/// <param name="Other">The event folded into this one.</param>
/// <param name="Why">Why, for the history.</param>
public sealed record MergeBody(string? Other, string? Why);

/// <summary>The body of <c>POST /api/events/{id}/split</c>.</summary>
/// <param name="Sources">Ids of the documents whose reports are another occurrence.</param>
/// <param name="Why">Why, for the history.</param>
public sealed record SplitBody(IReadOnlyList<string>? Sources, string? Why);

/// <summary>One correction as the API gives it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="EventId">The event's id when it was made.</param>
/// <param name="Action"><c>set</c>, <c>confirm</c>, <c>reject</c>, <c>merge</c>, <c>split</c>.</param>
/// <param name="Field">The field set (a reject as duplicate: the other event).</param>
/// <param name="Value">The value set as typed, a reject's reason, a merge's or split's other event.</param>
/// <param name="Why">The reviewer's reason.</param>
/// <param name="Reviewer">Who.</param>
/// <param name="At">When.</param>
public sealed record CorrectionDto(string Id, string EventId, string Action, string? Field, string? Value, string? Why, string Reviewer, DateTimeOffset At);

/// <summary>An event with its review: status, ETag (also in the <c>ETag</c> header) and corrections.</summary>
/// <param name="Event">The event with the corrections applied.</param>
/// <param name="Status">null, <c>confirmed</c>, <c>edited</c>, <c>rejected</c> or <c>reviewed</c>.</param>
/// <param name="Etag">Send it back in <c>If-Match</c> to write (the <c>ETag</c> header, unquoted).</param>
/// <param name="Corrections">Oldest first.</param>
/// <param name="NewEventId">The event a split created.</param>
public sealed record ReviewDto(EventDto Event, string? Status, string Etag, IReadOnlyList<CorrectionDto> Corrections, string? NewEventId = null);

/// <summary>An event of the review queue and why it needs a reviewer.</summary>
/// <param name="Event">The event.</param>
/// <param name="Need">Higher needs a human more.</param>
/// <param name="Reasons">What makes it doubtful.</param>
public sealed record QueuedEventDto(EventDto Event, int Need, IReadOnlyList<string> Reasons);

/// <summary>Reviews: read an event's review and history, write corrections (reviewer keys, If-Match), the review queue.</summary>
public static class ReviewsApi
{
    /// <summary>Maps the review endpoints under <c>/api/events/{id}</c> and <c>/api/review/queue</c>.</summary>
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Reviews");
        group.MapGet("/{id}/review", GetAsync).WithName("GetReview")
            .WithSummary("An event's review: status, corrections and ETag (also in the ETag header)").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/history", HistoryAsync).WithName("GetHistory")
            .WithSummary("An event's history: each source with its values and each correction, oldest first").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/review", ReviewAsync).WithName("ReviewEvent")
            .WithSummary("Set a field, confirm or reject; requires a reviewer's X-Api-Key and If-Match with the event's ETag (412 when stale)");
        group.MapPost("/{id}/merge", MergeAsync).WithName("MergeEvents")
            .WithSummary("Fold another event into this one; requires a reviewer's X-Api-Key and If-Match");
        group.MapPost("/{id}/split", SplitAsync).WithName("SplitEvent")
            .WithSummary("Take some sources out into a new event; requires a reviewer's X-Api-Key and If-Match");
        app.MapGet("/api/review/queue", QueueAsync).WithTags("Reviews").WithName("ReviewQueue")
            .WithSummary("Unreviewed events, those that most need a human first (conflicting sources, inferred dates, weak fields)");
        return app;
    }

    private static async Task<Results<Ok<ReviewDto>, ProblemHttpResult>> GetAsync(string id, StorePool pool, HttpResponse response, CancellationToken ct)
    {
        id = Problems.RouteId(id);
        var dto = await pool.ReadAsync(store => DtoAsync(store, id, null, ct), ct).ConfigureAwait(false);
        if (dto is null) return Problems.NotFound($"No event '{id}'.");
        response.Headers.ETag = Quote(dto.Etag);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, ProblemHttpResult>> HistoryAsync(string id, StorePool pool, CancellationToken ct)
    {
        id = Problems.RouteId(id);
        var history = await pool.ReadAsync(store => store.HistoryAsync(id, ct), ct).ConfigureAwait(false);
        return history is null ? Problems.NotFound($"No event '{id}'.") : TypedResults.Ok(history);
    }

    private static async Task<IResult> QueueAsync(int? limit, StorePool pool, CancellationToken ct)
    {
        var n = Math.Clamp(limit ?? 50, 1, 500);
        var queue = await pool.ReadAsync(async store =>
        {
            var events = await store.QueryEventsAsync(new EventQuery(), ct).ConfigureAwait(false);
            var reviewed = (await store.ReviewedEventsAsync(ct).ConfigureAwait(false)).Keys.ToHashSet(StringComparer.Ordinal);
            return ReviewNeed.Rank(events, reviewed).Take(n).Select(q => new QueuedEventDto(EventDto.From(q.Event), q.Need, q.Reasons)).ToList();
        }, ct).ConfigureAwait(false);
        return TypedResults.Ok(queue);
    }

    private static Task<IResult> ReviewAsync(string id, ReviewBody body, HttpRequest request, StorePool pool, ApiOptions options, CancellationToken ct)
    {
        ReviewRequest Make(ReviewNote note) => body.Action switch
        {
            "set" => new ReviewRequest(ReviewAction.Set, note, body.Field, body.Value),
            "confirm" => new ReviewRequest(ReviewAction.Confirm, note),
            _ => new ReviewRequest(ReviewAction.Reject, note, Value: body.Reason, DuplicateOf: string.IsNullOrWhiteSpace(body.DuplicateOf) ? null : body.DuplicateOf),
        };
        if (body.Action is not ("set" or "confirm" or "reject"))
            return Task.FromResult<IResult>(Problems.BadRequest("Invalid review", "\"action\" must be set, confirm or reject."));
        return WriteAsync(id, body.Why, request, pool, options, (store, note, etag) => store.ReviewAsync(Problems.RouteId(id), Make(note), etag, ct), ct);
    }

    private static Task<IResult> MergeAsync(string id, MergeBody body, HttpRequest request, StorePool pool, ApiOptions options, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(body.Other)
            ? Task.FromResult<IResult>(Problems.BadRequest("Invalid merge", "\"other\" must name the event to fold into this one."))
            : WriteAsync(id, body.Why, request, pool, options, (store, note, etag) => store.MergeAsync(Problems.RouteId(id), body.Other, note, etag, ct), ct);

    private static Task<IResult> SplitAsync(string id, SplitBody body, HttpRequest request, StorePool pool, ApiOptions options, CancellationToken ct) =>
        body.Sources is not { Count: > 0 } sources
            ? Task.FromResult<IResult>(Problems.BadRequest("Invalid split", "\"sources\" must list the documents whose reports are another occurrence."))
            : WriteAsync(id, body.Why, request, pool, options, (store, note, etag) => store.SplitAsync(Problems.RouteId(id), sources, note, etag, ct), ct);

    /// <summary>Checks the reviewer's key and If-Match, writes, and answers 200 with the new ETag, 412 with the current one,
    /// 404, or 400.</summary>
    private static async Task<IResult> WriteAsync(string id, string? why, HttpRequest request, StorePool pool, ApiOptions options,
        Func<IEventStore, ReviewNote, string, Task<ReviewOutcome>> write, CancellationToken ct)
    {
        id = Problems.RouteId(id);
        if (Reviewer(request, options, out var refused) is not { } reviewer) return refused!;
        var ifMatch = request.Headers.IfMatch.ToString();
        if (ifMatch.Length == 0)
            return TypedResults.Problem("Send the event's ETag (from GET /api/events/{id}/review) in If-Match, so that no reviewer's edit is lost.",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required");
        var (outcome, dto) = await pool.WriteAsync(async store =>
        {
            var o = await write(store, new ReviewNote(reviewer, string.IsNullOrWhiteSpace(why) ? null : why.Trim()), ifMatch).ConfigureAwait(false);
            return (o, o.Result is ReviewResult.Done or ReviewResult.Stale ? await DtoAsync(store, id, o.NewEventId, ct).ConfigureAwait(false) : null);
        }, ct).ConfigureAwait(false);
        switch (outcome.Result)
        {
            case ReviewResult.NotFound:
                return Problems.NotFound($"No event '{id}'.");
            case ReviewResult.Invalid:
                return Problems.BadRequest("Invalid review", outcome.Error ?? "invalid");
            case ReviewResult.Stale:
                request.HttpContext.Response.Headers.ETag = Quote(dto!.Etag);
                return TypedResults.Problem("The event changed since its ETag was read (another reviewer's edit): read it again and reapply your change. Nothing was stored.",
                    statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale ETag", extensions: new Dictionary<string, object?> { ["etag"] = dto.Etag });
            default:
                request.HttpContext.Response.Headers.ETag = Quote(dto!.Etag);
                return TypedResults.Ok(dto);
        }
    }

    /// <summary>The reviewer whose key the request sends, or null with the answer to give.</summary>
    private static string? Reviewer(HttpRequest request, ApiOptions options, out IResult? refused)
    {
        refused = null;
        if (options.ReviewerKeys.Count == 0)
        {
            refused = TypedResults.Problem($"Reviews are disabled: the server has no reviewer keys (set {ApiOptions.ReviewerKeysVariable} to name:key,name:key).",
                statusCode: StatusCodes.Status403Forbidden, title: "Reviews disabled");
            return null;
        }
        var given = request.Headers[ApiOptions.ApiKeyHeader].ToString();
        if (given.Length == 0)
        {
            refused = TypedResults.Problem($"Send your reviewer key in the {ApiOptions.ApiKeyHeader} header.", statusCode: StatusCodes.Status401Unauthorized, title: "API key required");
            return null;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        string? found = null;
        // Every key is compared, in constant time, so timing tells nothing about which keys exist.
        foreach (var (key, name) in options.ReviewerKeys)
            if (CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(key)))) found = name;
        if (found is null) refused = TypedResults.Problem("The key is not a reviewer's key.", statusCode: StatusCodes.Status403Forbidden, title: "Invalid API key");
        return found;
    }

    private static async Task<ReviewDto?> DtoAsync(IEventStore store, string id, string? newEventId, CancellationToken ct)
    {
        if (await store.GetEventAsync(id, ct).ConfigureAwait(false) is not { } stored || await store.GetReviewAsync(id, ct).ConfigureAwait(false) is not { } review) return null;
        return new ReviewDto(EventDto.From(stored), review.Status, review.ETag,
            review.Corrections.Select(c => new CorrectionDto(c.Id, c.EventId, c.Action.ToString().ToLowerInvariant(), c.Field,
                c.Action == ReviewAction.Set && c.Value is { } v ? ReviewFields.Display(v) : c.Value, c.Why, c.Reviewer, c.At)).ToList(), newEventId);
    }

    private static string Quote(string etag) => $"\"{etag}\"";
}
