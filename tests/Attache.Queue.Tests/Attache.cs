using System.Diagnostics;
using Attache.Storage.Tests;

namespace Attache.Queue.Tests;

/// <summary>The built <c>attache</c>, run as a child process, and the repository's folders.</summary>
internal static class Attache
{
    public sealed record Result(int Code, string Out, string Err);

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

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll());
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }
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
