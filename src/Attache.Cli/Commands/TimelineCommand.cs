using System.CommandLine;
using Attache.Record;

namespace Attache.Cli.Commands;

/// <summary><c>attache timeline A B [--json]</c>: the events between two countries, in date order.</summary>
public static class TimelineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var a = new Argument<string>("A") { Description = "A country: ISO alpha-3 code (VNM) or name (Vietnam)" };
        var b = new Argument<string>("B") { Description = "Another country: code or name" };
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var command = new Command("timeline", "The events between two countries, in date order") { a, b, db, json };
        command.SetAction((parse, ct) =>
        {
            if (FilterValues.Country(parse.GetValue(a)!, "A", out var error) is not { } first || FilterValues.Country(parse.GetValue(b)!, "B", out error) is not { } second)
            {
                Console.Error.WriteLine("attache: " + error);
                return Task.FromResult(StoreCommand.Usage);
            }
            return StoreCommand.RunAsync(parse.GetValue(db), store =>
                EventsCommand.ListAsync(store, new EventQuery { Country = first, Partner = second }, parse.GetValue(json), ct));
        });
        return command;
    }
}
