namespace Attache.Cli;

/// <summary>The exit codes of every <c>attache</c> command: one table, shown by <c>attache --help</c> and in docs/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>Everything was done.</summary>
    public const int Ok = 0;

    /// <summary>Some input items were bad (each reported on standard error); the others were processed.</summary>
    public const int ItemsFailed = 1;

    /// <summary>The command line was wrong: unknown option or value, missing input file; nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>The database could not be used: missing, unreachable, locked, or not an Attaché database.</summary>
    public const int Database = 3;

    /// <summary>What was asked for does not exist (an unknown event id).</summary>
    public const int NotFound = 4;

    /// <summary>The run stopped early: the output could not be written, the address could not be listened on, or an internal error.</summary>
    public const int Fatal = 5;

    /// <summary>Interrupted (Ctrl+C); no output file was left.</summary>
    public const int Cancelled = 130;

    /// <summary>The table as <c>--help</c> prints it.</summary>
    public const string Table = """
        Exit codes (every command):
          0    done
          1    some input items were bad (each reported on standard error); the others were processed
          2    usage error: unknown command, option or value, missing input; nothing was done
          3    the database could not be used: missing, unreachable, locked, or not an Attaché database
          4    not found: no such event
          5    the run stopped: the output could not be written, the address could not be listened on, or an internal error
          130  interrupted (Ctrl+C)
        """;
}
