using System.CommandLine;
using Attache.Cli.Commands;

namespace Attache.Cli;

/// <summary>Entry point of the <c>attache</c> command.</summary>
public static class Program
{
    /// <summary>Every command, in the order help lists them; a new command adds its <c>Create</c> here.</summary>
    internal static readonly Func<Command>[] Commands =
    [
        ExtractCommand.Create,
    ];

    /// <summary>Runs the command line; exit codes are listed in docs/cli.md.</summary>
    public static Task<int> Main(string[] args) => Run(args, Commands.Select(create => create()).Concat(RecordCommands.All()));

    /// <summary>Parses and runs; a usage error (unknown option, bad value) exits with 2.</summary>
    internal static async Task<int> Run(string[] args, IEnumerable<Command> commands, InvocationConfiguration? io = null, CancellationToken cancel = default)
    {
        var root = new RootCommand("Attaché: defense-diplomacy events from French and English news dispatches.");
        foreach (var command in commands) root.Subcommands.Add(command);
        var parsed = root.Parse(args);
        var code = await parsed.InvokeAsync(io, cancel).ConfigureAwait(false);
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
    }
}
