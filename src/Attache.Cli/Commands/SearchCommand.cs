using System.CommandLine;
using System.Globalization;
using System.Text;
using Attache.Record;

namespace Attache.Cli.Commands;

/// <summary><c>attache search QUERY [filters] [--json]</c>: documents ranked by a full-text query, with a snippet and the events each supports.</summary>
public static class SearchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var words = new Argument<string[]>("query")
        {
            Description = "Words (all must occur, any order; accents and case ignored), \"a phrase\", prefix*",
            Arity = ArgumentArity.OneOrMore,
        };
        var country = new Option<string?>("--country") { Description = "A party of a supported event (ISO alpha-3)" };
        var partner = new Option<string?>("--partner") { Description = "Another party (ISO alpha-3)" };
        var type = new Option<string?>("--type") { Description = "Event type (dialogue, meeting, visit, …)" };
        var area = new Option<string?>("--area") { Description = "Cooperation area (e.g. war_legacy)" };
        var mechanism = new Option<string?>("--mechanism") { Description = "Words starting words of a mechanism's name (any order), or its series key" };
        var person = new Option<string?>("--person") { Description = "Words starting words of a participant's name (any order)" };
        var from = new Option<string?>("--from") { Description = "Earliest event date: YYYY, YYYY-MM or YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Latest event date" };
        var limit = new Option<int>("--limit") { Description = "At most this many documents (default 20)", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search of the stored documents, best first, with the events each supports")
        {
            words, db, json, country, partner, type, area, mechanism, person, from, to, limit,
        };
        command.SetAction((parse, ct) =>
        {
            foreach (var (opt, value) in new[] { (from, parse.GetValue(from)), (to, parse.GetValue(to)) })
            {
                if (value is not null && PartialDates.Bound(value, upper: false) is null)
                {
                    Console.Error.WriteLine($"attache: {opt.Name} must be YYYY, YYYY-MM or YYYY-MM-DD, not '{value}'");
                    return Task.FromResult(StoreCommand.Usage);
                }
            }
            // Each argument is one clause as the shell gave it: a quoted argument with spaces is a phrase.
            var text = string.Join(' ', (parse.GetValue(words) ?? []).Select(w => w.Contains(' ', StringComparison.Ordinal) && !w.Contains('"', StringComparison.Ordinal) ? $"\"{w}\"" : w));
            if (SearchText.Parse(text).Count == 0)
            {
                Console.Error.WriteLine("attache: the query has no letter or digit to search for");
                return Task.FromResult(StoreCommand.Usage);
            }
            if (parse.GetValue(limit) < 1)
            {
                Console.Error.WriteLine("attache: --limit must be 1 or more");
                return Task.FromResult(StoreCommand.Usage);
            }
            var filter = new EventQuery
            {
                Country = parse.GetValue(country),
                Partner = parse.GetValue(partner),
                Type = parse.GetValue(type),
                Area = parse.GetValue(area),
                Mechanism = parse.GetValue(mechanism),
                Person = parse.GetValue(person),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
            };
            var query = new SearchQuery { Text = text, Filter = filter == new EventQuery() ? null : filter, Limit = parse.GetValue(limit) };
            return StoreCommand.RunAsync(parse.GetValue(db), store => RunAsync(store, query, parse.GetValue(json), ct));
        });
        return command;
    }

    private static async Task<int> RunAsync(IEventStore store, SearchQuery query, bool json, CancellationToken ct)
    {
        var hits = await store.SearchAsync(query, ct).ConfigureAwait(false);
        if (json)
        {
            RecordJson.Write(w =>
            {
                w.WriteStartArray();
                foreach (var h in hits)
                {
                    w.WriteStartObject();
                    w.WriteString("id", h.Document.Id);
                    if (h.Document.Url is null) w.WriteNull("url"); else w.WriteString("url", h.Document.Url);
                    if (h.Document.Published is null) w.WriteNull("published"); else w.WriteString("published", h.Document.Published.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("title", h.Title);
                    w.WriteNumber("score", h.Score);
                    w.WriteStartObject("snippet");
                    w.WriteNumber("start", h.Snippet.Start);
                    w.WriteNumber("end", h.Snippet.End);
                    w.WriteString("text", h.Snippet.Text);
                    w.WriteStartArray("highlights");
                    foreach (var s in h.Snippet.Highlights)
                    {
                        w.WriteStartArray();
                        w.WriteNumberValue(s.Start);
                        w.WriteNumberValue(s.End);
                        w.WriteEndArray();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WritePropertyName("events");
                    RecordJson.WriteEvents(w, h.Events);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
            return StoreCommand.Ok;
        }
        var rank = 0;
        foreach (var h in hits)
        {
            rank++;
            var day = h.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            StoreCommand.WriteLine($"{rank}. {h.Document.Id}{(day is null ? "" : "  " + day)}  {h.Title}");
            StoreCommand.WriteLine("   " + Marked(h.Snippet, h.Document.Text.Length));
            foreach (var e in h.Events) StoreCommand.WriteLine("   event " + string.Join("  ", RecordJson.Row(e).Where(c => c.Length > 0).Take(6)));
        }
        Console.WriteLine($"{hits.Count} documents");
        return StoreCommand.Ok;
    }

    /// <summary>The snippet on one line, matched words in [brackets], … where the text goes on.</summary>
    internal static string Marked(SearchSnippet snippet, int textLength)
    {
        var sb = new StringBuilder(snippet.Start > 0 ? "…" : "");
        var at = 0;
        foreach (var h in snippet.Highlights)
        {
            sb.Append(snippet.Text, at, h.Start - at).Append('[').Append(snippet.Text, h.Start, h.End - h.Start).Append(']');
            at = h.End;
        }
        sb.Append(snippet.Text, at, snippet.Text.Length - at);
        if (snippet.End < textLength) sb.Append('…');
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
