using System.Diagnostics;

namespace Attache.Tests.Shared;

/// <summary>Runs a built .NET program (the <c>attache</c> CLI) as a child process, as a user would; shared by the test suites
/// that drive the executable.</summary>
internal static class ChildProcess
{
    /// <summary>What a finished run printed, and its exit code.</summary>
    public sealed record Result(int Code, string Out, string Err)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static async Task<Result> RunAsync(string dll, params string[] args)
    {
        using var process = Start(dll, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static Process Start(string dll, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }
}
