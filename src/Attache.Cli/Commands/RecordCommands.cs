using System.CommandLine;

namespace Attache.Cli.Commands;

/// <summary>The commands that work on the record (the store): ingest, watch, init, events, search, subscribe, subscriptions, deliveries, timeline, mechanisms, people, sources, export, review, merge, split, reextract, serve, worker, queue.</summary>
/// <remarks>Exit codes: see <see cref="ExitCodes"/>.</remarks>
public static class RecordCommands
{
    /// <summary>Every record command, to add to the root command.</summary>
    public static IEnumerable<Command> All() =>
    [
        IngestCommand.Create(),
        WatchCommand.Create(),
        InitCommand.Create(),
        EventsCommand.Create(),
        SearchCommand.Create(),
        .. SubscriptionsCommand.Create(),
        TimelineCommand.Create(),
        MechanismsCommand.Create(),
        PeopleCommand.Create(),
        SourcesCommand.Create(),
        ExportCommand.Create(),
        .. ReviewCommand.Create(),
        ServeCommand.Create(),
        WorkerCommand.Create(),
        QueueCommand.Create(),
    ];
}
