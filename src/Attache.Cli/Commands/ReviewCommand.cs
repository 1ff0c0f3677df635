using System.CommandLine;
using System.Globalization;
using Attache.Extraction;
using Attache.Input;
using Attache.Record;

namespace Attache.Cli.Commands;

/// <summary><c>attache review</c>, <c>merge</c>, <c>split</c> and <c>reextract</c>: analysts' corrections of the record,
/// kept apart from extraction and always winning over it.</summary>
public static class ReviewCommand
{
    /// <summary>The environment variable naming the reviewer when <c>--reviewer</c> is not given.</summary>
    public const string ReviewerVariable = "ATTACHE_REVIEWER";

    private static Option<string?> ReviewerOption() => new("--reviewer") { Description = $"Who reviews (recorded with each correction); default ${ReviewerVariable}, else the user name" };

    private static Option<string?> WhyOption() => new("--why") { Description = "Why: shown in the event's history" };

    private static Option<string?> IfMatchOption() => new("--if-match") { Description = "Only if the event's ETag (attache review ID shows it) is still this one" };

    private static string Reviewer(string? option) =>
        option is { Length: > 0 } r ? r : Environment.GetEnvironmentVariable(ReviewerVariable) is { Length: > 0 } e ? e : Environment.UserName;

    /// <summary>The commands, to add to the root command.</summary>
    public static IEnumerable<Command> Create() => [Review(), Merge(), Split(), Reextract()];

    private static Command Review()
    {
        var id = new Argument<string>("EVENT-ID") { Description = "An event id from 'attache events'" };
        var set = new Option<string[]>("--set") { Description = $"FIELD=VALUE, repeatable; fields: {string.Join(", ", ReviewFields.Names)} (lists comma-separated; participants 'Name (VNM); Name'; empty clears)", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var reject = new Option<string?>("--reject") { Description = "Reject it: not_event (default), out_of_scope or duplicate", Arity = ArgumentArity.ZeroOrOne };
        var duplicateOf = new Option<string?>("--duplicate-of") { Description = "Reject it as a duplicate of this event" };
        var confirm = new Option<bool>("--confirm") { Description = "Confirm it as it stands" };
        var history = new Option<bool>("--history") { Description = "Print its history: each source with its values, each correction" };
        var why = WhyOption();
        var reviewer = ReviewerOption();
        var ifMatch = IfMatchOption();
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var command = new Command("review", "Correct, confirm or reject an event (with who and why); with no action, show its review and ETag")
        {
            id, set, reject, duplicateOf, confirm, history, why, reviewer, ifMatch, db, json,
        };
        command.SetAction((parse, ct) =>
        {
            var eventId = parse.GetValue(id)!;
            var note = new ReviewNote(Reviewer(parse.GetValue(reviewer)), parse.GetValue(why));
            var requests = new List<ReviewRequest>();
            foreach (var pair in parse.GetValue(set) ?? [])
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0) return Task.FromResult(Usage($"--set {pair}: expected FIELD=VALUE"));
                var (field, value) = (pair[..eq].Trim(), pair[(eq + 1)..]);
                if (!ReviewFields.TryParse(field, value, out _, out var error)) return Task.FromResult(Usage("--set " + error));
                requests.Add(new ReviewRequest(ReviewAction.Set, note, field, value));
            }
            var rejecting = parse.GetResult(reject) is not null || parse.GetValue(duplicateOf) is not null;
            if (rejecting && (parse.GetValue(confirm) || requests.Count > 0)) return Task.FromResult(Usage("--reject is given alone, without --set or --confirm"));
            if (rejecting)
            {
                var reason = parse.GetValue(reject) ?? (parse.GetValue(duplicateOf) is null ? "not_event" : "duplicate");
                if (!ReviewFields.RejectReasons.Contains(reason)) return Task.FromResult(Usage($"--reject: one of {string.Join(", ", ReviewFields.RejectReasons)}, not '{reason}'"));
                if (reason == "duplicate" && parse.GetValue(duplicateOf) is null) return Task.FromResult(Usage("--reject duplicate needs --duplicate-of EVENT-ID"));
                requests.Add(new ReviewRequest(ReviewAction.Reject, note, Value: reason, DuplicateOf: parse.GetValue(duplicateOf)));
            }
            if (parse.GetValue(confirm)) requests.Add(new ReviewRequest(ReviewAction.Confirm, note));
            return StoreCommand.RunAsync(parse.GetValue(db), async store =>
            {
                var etag = parse.GetValue(ifMatch);
                foreach (var request in requests)
                {
                    var outcome = await store.ReviewAsync(eventId, request, etag, ct).ConfigureAwait(false);
                    if (Failed(outcome, eventId, store) is { } code) return code;
                    // The next correction of the same command builds on this one.
                    etag = etag is null ? null : outcome.Review!.ETag;
                }
                return await ShowAsync(store, eventId, parse.GetValue(history), parse.GetValue(json), ct).ConfigureAwait(false);
            });
        });
        return command;
    }

    private static Command Merge()
    {
        var id = new Argument<string>("EVENT-ID") { Description = "The event that stays" };
        var other = new Argument<string>("OTHER-ID") { Description = "The event folded into it (the same occurrence)" };
        var why = WhyOption();
        var reviewer = ReviewerOption();
        var ifMatch = IfMatchOption();
        var db = StoreCommand.DbOption();
        var command = new Command("merge", "Fold one event into another: they are the same occurrence (kept through re-ingest and re-extraction)") { id, other, why, reviewer, ifMatch, db };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(parse.GetValue(db), async store =>
        {
            var eventId = parse.GetValue(id)!;
            var outcome = await store.MergeAsync(eventId, parse.GetValue(other)!, new ReviewNote(Reviewer(parse.GetValue(reviewer)), parse.GetValue(why)), parse.GetValue(ifMatch), ct).ConfigureAwait(false);
            if (Failed(outcome, eventId, store) is { } code) return code;
            StoreCommand.WriteLine($"{parse.GetValue(other)} merged into {eventId}");
            return await ShowAsync(store, eventId, false, false, ct).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command Split()
    {
        var id = new Argument<string>("EVENT-ID") { Description = "The event to split" };
        var sources = new Option<string>("--sources") { Description = "Ids of the documents (comma-separated) whose reports are another occurrence", Required = true };
        var why = WhyOption();
        var reviewer = ReviewerOption();
        var ifMatch = IfMatchOption();
        var db = StoreCommand.DbOption();
        var command = new Command("split", "Take some sources out of an event into a new one (kept through re-ingest and re-extraction)") { id, sources, why, reviewer, ifMatch, db };
        command.SetAction((parse, ct) =>
        {
            var docs = (parse.GetValue(sources) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (docs.Length == 0) return Task.FromResult(Usage("--sources: give at least one document id"));
            return StoreCommand.RunAsync(parse.GetValue(db), async store =>
            {
                var eventId = parse.GetValue(id)!;
                var outcome = await store.SplitAsync(eventId, docs, new ReviewNote(Reviewer(parse.GetValue(reviewer)), parse.GetValue(why)), parse.GetValue(ifMatch), ct).ConfigureAwait(false);
                if (Failed(outcome, eventId, store) is { } code) return code;
                StoreCommand.WriteLine($"{string.Join(", ", docs)} split from {eventId} into {outcome.NewEventId}");
                return StoreCommand.Ok;
            });
        });
        return command;
    }

    private static Command Reextract()
    {
        var db = StoreCommand.DbOption();
        var command = new Command("reextract", "Extract every stored document again with this version of Attaché (after an upgrade) and rebuild the events; reviews are kept and applied again") { db };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(parse.GetValue(db), async store =>
        {
            var extractor = new Extractor();
            var failed = 0;
            var (documents, events) = await store.ReextractAsync(d =>
            {
                try
                {
                    return extractor.Extract(new Model.Document(d.Id, d.Text, d.Url, d.Published, d.Language)).Events;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One document's failure keeps its text but no events, as a failed extraction would at ingest.
                    failed++;
                    Console.Error.WriteLine($"attache: document \"{Printable.Escape(d.Id)}\": extraction failed: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
                    return [];
                }
            }, ct).ConfigureAwait(false);
            StoreCommand.WriteLine($"{Plural.Of((int)documents, "document")} extracted again, {Plural.Of((int)events, "event")} in the record; reviews applied");
            return failed == 0 ? StoreCommand.Ok : StoreCommand.BadInput;
        }));
        return command;
    }

    private static int? Failed(ReviewOutcome outcome, string eventId, IEventStore store)
    {
        switch (outcome.Result)
        {
            case ReviewResult.Done:
                return null;
            case ReviewResult.NotFound:
                Console.Error.WriteLine($"attache: no event '{Printable.Escape(eventId)}' in {store.Description}");
                return StoreCommand.NotFound;
            case ReviewResult.Stale:
                Console.Error.WriteLine($"attache: {Printable.Escape(eventId)} changed since ETag was read (now {outcome.Review?.ETag}): nothing stored; read it again");
                return StoreCommand.BadInput;
            default:
                Console.Error.WriteLine($"attache: {outcome.Error}");
                return StoreCommand.Usage;
        }
    }

    private static async Task<int> ShowAsync(IEventStore store, string eventId, bool history, bool json, CancellationToken ct)
    {
        var stored = await store.GetEventAsync(eventId, ct).ConfigureAwait(false);
        var review = await store.GetReviewAsync(eventId, ct).ConfigureAwait(false);
        if (stored is null || review is null)
        {
            await Console.Error.WriteLineAsync($"attache: no event '{Printable.Escape(eventId)}' in {store.Description}").ConfigureAwait(false);
            return StoreCommand.NotFound;
        }
        var entries = history ? await store.HistoryAsync(eventId, ct).ConfigureAwait(false) ?? [] : [];
        if (json)
        {
            RecordJson.Write(w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("event");
                RecordJson.WriteEvent(w, stored);
                w.WriteString("etag", review.ETag);
                if (review.Status is null) w.WriteNull("review"); else w.WriteString("review", review.Status);
                w.WriteStartArray("corrections");
                foreach (var c in review.Corrections)
                {
                    w.WriteStartObject();
                    w.WriteString("action", c.Action.ToString().ToLowerInvariant());
                    if (c.Field is not null) w.WriteString("field", c.Field);
                    if (c.Value is not null) w.WriteString("value", c.Action == ReviewAction.Set ? ReviewFields.Display(c.Value) : c.Value);
                    w.WriteString("reviewer", c.Reviewer);
                    w.WriteString("at", c.At.ToString("O", CultureInfo.InvariantCulture));
                    if (c.Why is not null) w.WriteString("why", c.Why);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (history)
                {
                    w.WriteStartArray("history");
                    foreach (var h in entries)
                    {
                        w.WriteStartObject();
                        w.WriteString("at", h.At.ToString("O", CultureInfo.InvariantCulture));
                        w.WriteString("kind", h.Kind);
                        w.WriteString("who", h.Who);
                        w.WriteString("what", h.What);
                        if (h.Why is not null) w.WriteString("why", h.Why);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            });
            return StoreCommand.Ok;
        }
        StoreCommand.WriteTable(Console.Out, RecordJson.Header, [RecordJson.Row(stored)]);
        StoreCommand.WriteLine($"review: {review.Status ?? "not reviewed"}  etag: {review.ETag}");
        foreach (var c in review.Corrections)
            StoreCommand.WriteLine($"  {c.At:yyyy-MM-dd HH:mm}  {c.Reviewer}  {c.Action.ToString().ToLowerInvariant()}"
                + (c.Field is null ? "" : " " + c.Field) + (c.Value is null ? "" : " = " + (c.Action == ReviewAction.Set ? ReviewFields.Display(c.Value) : c.Value))
                + (c.Why is null ? "" : $"  ({c.Why})"));
        if (history)
        {
            Console.WriteLine("history:");
            foreach (var h in entries)
                StoreCommand.WriteLine($"  {h.At:yyyy-MM-dd HH:mm}  {h.Kind,-8} {h.Who}  {h.What}{(h.Why is null ? "" : $"  ({h.Why})")}");
        }
        return StoreCommand.Ok;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("attache: " + message);
        return StoreCommand.Usage;
    }
}
