using System.CommandLine;

namespace Attache.Cli;

/// <summary>Entry point of the <c>attache</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line; the exit code is documented in the README.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Attaché: defense-diplomacy events from news dispatches.");
        return root.Parse(args).Invoke();
    }
}
