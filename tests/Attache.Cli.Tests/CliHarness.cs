using System.CommandLine;
using System.Text;
using Attache.Cli.Commands;
using Attache.Extraction;

namespace Attache.Cli.Tests;

/// <summary>Runs <c>attache</c> in-process with its own output, error and standard input, so tests can run in parallel.</summary>
internal static class CliHarness
{
    public sealed record Run(int Code, string Out, string Err)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Run Extract(string[] args, byte[]? stdin = null, Func<IExtractor>? extractor = null, CancellationToken cancel = default)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var command = ExtractCommand.Create(() => new MemoryStream(stdin ?? []), extractor ?? (() => new Extractor()));
        var code = Program.Run(["extract", .. args], [command], new InvocationConfiguration { Output = output, Error = error }, cancel).GetAwaiter().GetResult();
        return new Run(code, output.ToString(), error.ToString());
    }

    public static Run Extract(string[] args, string stdin) => Extract(args, Encoding.UTF8.GetBytes(stdin));
}

/// <summary>A scratch folder deleted after the test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "attache-cli-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));

    public string File(string name, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs every <c>attache</c> command in-process for what never reaches an action (usage errors, help).</summary>
internal static class AttacheCli
{
    public static CliHarness.Run Parse(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var commands = Program.Commands.Select(create => create()).Concat(RecordCommands.All());
        var code = Program.Run(args, commands, new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
        return new CliHarness.Run(code, output.ToString(), error.ToString());
    }
}

/// <summary>Runs the built <c>attache</c> as a child process, as a user does: for commands that write to the console directly.</summary>
internal static class CliProcess
{
    public static async Task<CliHarness.Run> RunAsync(string[] args, string? stdin = null)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "attache.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliHarness.Run(process.ExitCode, (await stdout).Replace("\r\n", "\n", StringComparison.Ordinal), (await stderr).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
