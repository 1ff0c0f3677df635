using System.CommandLine;
using Attache.Record;

namespace Attache.Cli.Commands;

/// <summary><c>attache people [NAME] [--json]</c>: people of the knowledge base with their offices and events.</summary>
public static class PeopleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var name = new Argument<string?>("NAME") { Arity = ArgumentArity.ZeroOrOne, Description = "Part of a name (any form, accents ignored); without it, everyone is listed" };
        var db = StoreCommand.DbOption();
        var json = StoreCommand.JsonOption();
        var command = new Command("people", "People of the knowledge base (everyone, or those whose name contains NAME), with offices first and last seen") { name, db, json };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(parse.GetValue(db), async store =>
        {
            var people = await store.FindPeopleAsync(parse.GetValue(name), ct).ConfigureAwait(false);
            if (parse.GetValue(json)) RecordJson.Write(w => WriteJson(w, people));
            else
            {
                foreach (var p in people)
                {
                    StoreCommand.WriteLine($"{p.Name} ({p.Country ?? "?"})  [{p.Id}]  {Plural.Of(p.EventIds.Count, "event")}");
                    var others = p.Aliases.Where(a => a != p.Name).ToList();
                    if (others.Count > 0) StoreCommand.WriteLine($"  also: {string.Join("; ", others)}");
                    foreach (var o in p.Offices) StoreCommand.WriteLine($"  {o.Title}  {o.FirstSeen ?? "?"} .. {o.LastSeen ?? "?"}");
                }
                Console.WriteLine(Plural.Of(people.Count, "person"));
            }
            return StoreCommand.Ok;
        }));
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, IReadOnlyList<PersonRecord> people)
    {
        w.WriteStartArray();
        foreach (var p in people)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            if (p.Country is null) w.WriteNull("country"); else w.WriteString("country", p.Country);
            RecordJson.WriteStrings(w, "aliases", p.Aliases);
            w.WriteStartArray("offices");
            foreach (var o in p.Offices)
            {
                w.WriteStartObject();
                w.WriteString("title", o.Title);
                if (o.Country is null) w.WriteNull("country"); else w.WriteString("country", o.Country);
                if (o.FirstSeen is null) w.WriteNull("first_seen"); else w.WriteString("first_seen", o.FirstSeen);
                if (o.LastSeen is null) w.WriteNull("last_seen"); else w.WriteString("last_seen", o.LastSeen);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            RecordJson.WriteStrings(w, "events", p.EventIds);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
