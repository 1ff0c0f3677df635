using System.CommandLine;
using Attache.Record;

namespace Attache.Cli.Commands;

/// <summary><c>attache events [filters] [--json]</c>: lists stored events, one per real occurrence, with their sources.</summary>
public static class EventsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var country = new Option<string?>("--country") { Description = "A party: ISO alpha-3 code (VNM) or country name (Vietnam, vietnamien)" };
        var partner = new Option<string?>("--partner") { Description = "Another party: code or name" };
        var type = new Option<string?>("--type") { Description = "Event type (dialogue, meeting, visit, agreement, exercise, port_call, assistance, training, phone_call)" };
        var area = new Option<string?>("--area") { Description = "Cooperation area (e.g. war_legacy)" };
        var mechanism = new Option<string?>("--mechanism") { Description = "Words starting words of a mechanism's name (any order), or its series key" };
        var person = new Option<string?>("--person") { Description = "Words starting words of a participant's name (any order, any form)" };
        var from = new Option<string?>("--from") { Description = "Earliest date: YYYY, YYYY-MM or YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Latest date: YYYY, YYYY-MM or YYYY-MM-DD" };
        var text = new Option<string?>("--text") { Description = "Words a source document contains (search syntax: \"a phrase\", prefix*; accents folded)" };
        var command = new Command("events", "List stored events (one per real occurrence) with their sources")
        {
            db, json, country, partner, type, area, mechanism, person, from, to, text,
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
            string? error = null;
            var query = new EventQuery
            {
                Country = parse.GetValue(country) is { } c ? FilterValues.Country(c, "--country", out error) ?? "" : null,
                Partner = error is null && parse.GetValue(partner) is { } p ? FilterValues.Country(p, "--partner", out error) ?? "" : null,
                Type = error is null && parse.GetValue(type) is { } t ? FilterValues.Type(t, out error) : null,
                Area = error is null && parse.GetValue(area) is { } a ? FilterValues.Area(a, out error) : null,
                Mechanism = parse.GetValue(mechanism),
                Person = parse.GetValue(person),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Text = parse.GetValue(text),
            };
            if (error is not null)
            {
                Console.Error.WriteLine("attache: " + error);
                return Task.FromResult(StoreCommand.Usage);
            }
            return StoreCommand.RunAsync(parse.GetValue(db), store => ListAsync(store, query, parse.GetValue(json), ct));
        });
        return command;
    }

    internal static async Task<int> ListAsync(IEventStore store, EventQuery query, bool json, CancellationToken ct)
    {
        var events = await store.QueryEventsAsync(query, ct).ConfigureAwait(false);
        if (json) RecordJson.Write(w => RecordJson.WriteEvents(w, events));
        else
        {
            StoreCommand.WriteTable(Console.Out, RecordJson.Header, events.Select(RecordJson.Row));
            Console.WriteLine($"{Plural.Of(events.Count, "event")} (* date inferred, ! sources disagree)");
        }
        return StoreCommand.Ok;
    }
}
