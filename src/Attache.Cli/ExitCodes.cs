namespace Attache.Cli;

/// <summary>The exit codes every <c>attache</c> command uses (see docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Every item was processed.</summary>
    public const int Ok = 0;

    /// <summary>Some items failed (each reported on standard error); the output holds the others.</summary>
    public const int ItemsFailed = 1;

    /// <summary>The command line was wrong: unknown option, bad value, missing input file.</summary>
    public const int Usage = 2;

    /// <summary>The run stopped early (the output could not be written, or an internal error); no output file was left.</summary>
    public const int Fatal = 3;

    /// <summary>Interrupted (Ctrl+C); no output file was left.</summary>
    public const int Cancelled = 130;
}
