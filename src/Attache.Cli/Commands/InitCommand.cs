using System.CommandLine;

namespace Attache.Cli.Commands;

/// <summary><c>attache init [--db]</c>: creates an empty record, or brings an older one to the current schema.</summary>
/// <remarks>Read commands never create or change a database; this and <c>ingest</c> are the commands that do.</remarks>
public static class InitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = StoreCommand.DbOption();
        var command = new Command("init", "Create an empty Attaché database (or upgrade an older one); 'ingest' also creates one") { db };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(parse.GetValue(db), async store =>
        {
            var version = await store.SchemaVersionAsync(ct).ConfigureAwait(false);
            var (documents, events) = await store.CountAsync(ct).ConfigureAwait(false);
            Console.WriteLine($"{store.Description}: ready (schema version {version}; {Plural.Of(documents, "document")}, {Plural.Of(events, "event")})");
            return StoreCommand.Ok;
        }, create: true));
        return command;
    }
}
