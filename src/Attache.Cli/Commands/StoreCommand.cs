using System.CommandLine;
using Attache.Input;
using Attache.Record;
using Attache.Storage;

namespace Attache.Cli.Commands;

/// <summary>What record commands share: the <c>--db</c> and <c>--json</c> options, opening the store, clear errors.</summary>
internal static class StoreCommand
{
    public const int Ok = ExitCodes.Ok;
    public const int BadInput = ExitCodes.ItemsFailed;
    public const int Usage = ExitCodes.Usage;
    public const int DatabaseError = ExitCodes.Database;
    public const int NotFound = ExitCodes.NotFound;

    public static Option<string?> DbOption() => new("--db")
    {
        Description = $"SQLite file, or PostgreSQL connection string (Host=...); default ${EventStores.EnvironmentVariable}, else ./{EventStores.DefaultFile}",
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of a table" };

    /// <summary>Opens the store, runs the action, and turns database problems into one line on stderr.</summary>
    /// <param name="db">The <c>--db</c> value.</param>
    /// <param name="action">What to do with the store.</param>
    /// <param name="create">Whether the command stores (it may create the database); commands that read never create or change one.</param>
    /// <param name="wait">How long to wait for another writer's lock while opening (creating or migrating); null: not at all.</param>
    public static async Task<int> RunAsync(string? db, Func<IEventStore, Task<int>> action, bool create = false, LockWait? wait = null)
    {
        try
        {
            await using var store = create
                ? await (wait ?? LockWait.None).RunAsync("the database", () => EventStores.OpenAsync(db), () => true, CancellationToken.None).ConfigureAwait(false)
                : await EventStores.OpenExistingAsync(db).ConfigureAwait(false);
            return await action(store).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            await Console.Error.WriteLineAsync($"attache: {e.Message}").ConfigureAwait(false);
            return DatabaseError;
        }
    }

    /// <summary>Writes one line of stored text, with control and text-direction characters shown as escapes.</summary>
    public static void WriteLine(string line) => Console.WriteLine(Printable.Escape(line));

    /// <summary>Pads columns to their widest cell, two spaces apart; cells are escaped like <see cref="WriteLine"/>.</summary>
    public static void WriteTable(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows.Select(r => r.Select(Printable.Escape).ToArray()));
        var widths = header.Select((_, i) => all.Max(r => Math.Min(60, r[i].Length))).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((c, i) => (c.Length > 60 ? c[..57] + "..." : c).PadRight(i == row.Length - 1 ? 0 : widths[i]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }
}
