using System.Diagnostics;
using Attache.Storage.Tests;
using Attache.Tests.Shared;

namespace Attache.Queue.Tests;

/// <summary>The built <c>attache</c>, run as a child process, and the repository's folders.</summary>
internal static class Attache
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Attache.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    public static string Dll()
    {
        var testDir = new DirectoryInfo(AppContext.BaseDirectory);
        var candidate = Path.Combine(Root(), "src", "Attache.Cli", "bin", testDir.Parent!.Name, testDir.Name, "attache.dll");
        return File.Exists(candidate) ? candidate : throw new FileNotFoundException($"{candidate} not found: build src/Attache.Cli first");
    }

    public static Task<ChildProcess.Result> RunAsync(params string[] args) => ChildProcess.RunAsync(Dll(), args);

    public static Process Start(params string[] args) => ChildProcess.Start(Dll(), args);
}

/// <summary>A theory that runs only when PostgreSQL is configured, and says which variable to set otherwise.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestDatabases.PostgresConnectionString is null)
            Skip = $"PostgreSQL tests skipped: set {TestDatabases.PostgresVariable} to a connection string (scripts/start-postgres.sh prints one).";
    }
}
