using System.CommandLine;
using Attache.Queue;
using Attache.Storage;

namespace Attache.Cli.Commands;

/// <summary><c>attache queue --db postgresql://… [--json]</c>: how many ingest jobs are pending, running, failed and done.</summary>
public static class QueueCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = StoreCommand.DbOption();
        var json = new Option<bool>("--json") { Description = "Print {\"pending\": N, \"running\": N, \"failed\": N, \"done\": N}" };
        var command = new Command("queue", "Count the queued ingest jobs (PostgreSQL): pending, running, failed, done; a script can wait for pending and running to reach 0") { db, json };
        command.SetAction(async (parse, ct) =>
        {
            var target = EventStores.Resolve(parse.GetValue(db));
            if (IngestJobs.Problem(target) is { } problem)
            {
                await Console.Error.WriteLineAsync($"attache: {problem}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            try
            {
                var counts = IngestJobs.Open(target).Counts();
                Console.WriteLine(parse.GetValue(json)
                    ? $"{{\"pending\": {counts.Pending}, \"running\": {counts.Running}, \"failed\": {counts.Failed}, \"done\": {counts.Done}}}"
                    : $"pending {counts.Pending}, running {counts.Running}, failed {counts.Failed}, done {counts.Done}");
                return ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                await Console.Error.WriteLineAsync($"attache: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Database;
            }
        });
        return command;
    }
}
