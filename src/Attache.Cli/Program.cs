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
        EvalCommand.Create,
    ];

    /// <summary>Runs the command line; exit codes are listed in docs/cli.md.</summary>
    public static Task<int> Main(string[] args) => Run(args, Commands.Select(create => create()).Concat(RecordCommands.All()));

    /// <summary>Parses and runs; a usage error (unknown command, option or value) is reported in one line each and exits with 2.</summary>
    internal static async Task<int> Run(string[] args, IEnumerable<Command> commands, InvocationConfiguration? io = null, CancellationToken cancel = default)
    {
        var root = new RootCommand("Attaché: defense-diplomacy events from French and English news dispatches.\n\n" + ExitCodes.Table);
        foreach (var command in commands) root.Subcommands.Add(command);
        // No command at all: the overview of commands is the useful answer, and still a usage error for scripts.
        if (args.Length == 0)
        {
            await root.Parse(["--help"]).InvokeAsync(io, cancel).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        var parsed = root.Parse(args);
        var problems = UsageErrors.Of(parsed);
        if (problems.Count > 0)
        {
            var error = io?.Error ?? Console.Error;
            foreach (var problem in problems) await error.WriteLineAsync("attache: " + problem).ConfigureAwait(false);
            var path = string.Join(' ', parsed.CommandResult.Command.Parents.OfType<Command>().Reverse().Append(parsed.CommandResult.Command).Select(c => c.Name).Skip(1));
            await error.WriteLineAsync($"attache: see 'attache {(path.Length == 0 ? "" : path + " ")}--help'").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        return await parsed.InvokeAsync(io, cancel).ConfigureAwait(false);
    }
}
