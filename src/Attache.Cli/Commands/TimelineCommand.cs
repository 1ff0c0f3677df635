using System.CommandLine;
using Attache.Record;

namespace Attache.Cli.Commands;

/// <summary><c>attache timeline A B [--json]</c>: the events between two countries, in date order.</summary>
public static class TimelineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var a = new Argument<string>("A") { Description = "A country (ISO alpha-3)" };
        var b = new Argument<string>("B") { Description = "Another country (ISO alpha-3)" };
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var command = new Command("timeline", "The events between two countries, in date order") { a, b, db, json };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(parse.GetValue(db), store =>
            EventsCommand.ListAsync(store, new EventQuery { Country = parse.GetValue(a), Partner = parse.GetValue(b) }, parse.GetValue(json), ct)));
        return command;
    }
}
