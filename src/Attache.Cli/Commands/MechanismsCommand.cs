using System.CommandLine;
using Attache.Record;

namespace Attache.Cli.Commands;

/// <summary><c>attache mechanisms [--pair VNM-JPN] [--json]</c>: recurring mechanisms as series of editions.</summary>
public static class MechanismsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var pair = new Option<string?>("--pair") { Description = "Only the series between exactly these two countries, e.g. VNM-JPN" };
        var command = new Command("mechanisms", "Recurring mechanisms as series of editions, with missing and conflicting editions") { db, json, pair };
        command.SetAction((parse, ct) =>
        {
            string[]? countries = null;
            if (parse.GetValue(pair) is { } p)
            {
                countries = p.Split(['-', ',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (countries.Length != 2)
                {
                    Console.Error.WriteLine($"attache: --pair must be two country codes such as VNM-JPN, not '{p}'");
                    return Task.FromResult(StoreCommand.Usage);
                }
                for (var i = 0; i < 2; i++)
                {
                    if (FilterValues.Country(countries[i], "--pair", out var error) is not { } code)
                    {
                        Console.Error.WriteLine("attache: " + error);
                        return Task.FromResult(StoreCommand.Usage);
                    }
                    countries[i] = code;
                }
            }
            return StoreCommand.RunAsync(parse.GetValue(db), store => RunAsync(store, countries, parse.GetValue(json), ct));
        });
        return command;
    }

    private static async Task<int> RunAsync(IEventStore store, string[]? pair, bool json, CancellationToken ct)
    {
        var series = await MechanismSeriesBuilder.BuildAsync(store, pair, ct).ConfigureAwait(false);
        if (json)
        {
            RecordJson.Write(w =>
            {
                w.WriteStartArray();
                foreach (var s in series)
                {
                    w.WriteStartObject();
                    w.WriteString("name", s.Name);
                    w.WriteString("key", s.Key);
                    RecordJson.WriteStrings(w, "countries", s.Countries);
                    RecordJson.WriteStrings(w, "names", s.Names);
                    w.WriteStartArray("editions");
                    foreach (var e in s.Editions)
                    {
                        w.WriteStartObject();
                        if (e.Edition is int n) w.WriteNumber("edition", n); else w.WriteNull("edition");
                        if (e.Date is null) w.WriteNull("date"); else w.WriteString("date", e.Date.ToString());
                        RecordJson.WriteLocation(w, "location", e.Location);
                        RecordJson.WriteParticipants(w, e.Participants);
                        RecordJson.WriteStrings(w, "sources", e.Sources);
                        RecordJson.WriteStrings(w, "events", e.EventIds);
                        if (e.Inferred is not null) w.WriteString("date_inferred", e.Inferred);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteStartArray("missing");
                    foreach (var m in s.Missing) w.WriteNumberValue(m);
                    w.WriteEndArray();
                    RecordJson.WriteStrings(w, "conflicts", s.Conflicts);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
            return StoreCommand.Ok;
        }
        foreach (var s in series)
        {
            StoreCommand.WriteLine($"{s.Name} ({string.Join('-', s.Countries)})  [{s.Key}]");
            StoreCommand.WriteTable(Console.Out, ["  EDITION", "DATE", "PLACE", "PARTICIPANTS", "SOURCES"], s.Editions.Select(e => new[]
            {
                "  " + (e.Edition?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"),
                (e.Date?.ToString() ?? "?") + (e.Inferred is null ? "" : "*"),
                e.Location is { } l ? string.Join(", ", new[] { l.City, l.Country }.Where(x => x is not null)) : "",
                string.Join("; ", e.Participants.Select(p => p.Name)),
                string.Join(", ", e.Sources),
            }));
            if (s.Missing.Count > 0) StoreCommand.WriteLine($"  missing editions: {string.Join(", ", s.Missing)}");
            foreach (var c in s.Conflicts) StoreCommand.WriteLine($"  conflict: {c}");
            Console.WriteLine();
        }
        Console.WriteLine(Plural.Of(series.Count, "series"));
        return StoreCommand.Ok;
    }
}
