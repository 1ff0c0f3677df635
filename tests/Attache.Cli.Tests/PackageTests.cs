using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Attache.Cli.Tests;

/// <summary>
/// The .NET tool as docs/install.md packs and installs it: <c>dotnet pack src/Attache.Cli -c Release -o DIR</c>, then
/// <c>dotnet tool install --tool-path … --add-source DIR Attache.Cli</c>. The package must carry the language data and
/// the knowledge base (resources of Attache.Core.dll) and the sample and demo dispatches, and the installed tool must
/// extract the seed dispatch's dialogue.
/// </summary>
public class PackageTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attache.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Pack_CarriesDataAndSamples_InstalledToolExtractsTheSeed()
    {
        var root = RepoRoot();
        using var temp = new TempDir();
        var nupkg = Path.Combine(temp.Path, "nupkg");
        var pack = await RunAsync("dotnet", root, "pack", "src/Attache.Cli", "-c", "Release", "-o", nupkg);
        Assert.True(pack.Code == 0, $"dotnet pack failed:\n{pack.Out}\n{pack.Err}");
        var package = Assert.Single(Directory.GetFiles(nupkg, "Attache.Cli.*.nupkg"));

        using (var zip = ZipFile.OpenRead(package))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            var toolDir = names.Single(n => n.EndsWith("/attache.dll", StringComparison.Ordinal))[..^"attache.dll".Length];
            foreach (var sample in Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Concat(Directory.GetFiles(Path.Combine(root, "demo"), "*.txt")))
                Assert.Contains(toolDir + Path.GetFileName(Path.GetDirectoryName(sample)) + "/" + Path.GetFileName(sample), names);
            // The language data and the knowledge base are resources of the core library.
            var core = zip.GetEntry(toolDir + "Attache.Core.dll");
            Assert.NotNull(core);
            using var copy = new MemoryStream();
            await using (var s = core.Open()) await s.CopyToAsync(copy);
            copy.Position = 0;
            using var pe = new PEReader(copy);
            var md = pe.GetMetadataReader();
            var resources = md.ManifestResources.Select(h => md.GetString(md.GetManifestResource(h).Name)).ToList();
            foreach (var language in new[] { "fr", "en", "vi", "common" })
                Assert.Contains(resources, r => r.StartsWith($"lang/{language}/", StringComparison.Ordinal));
            Assert.Contains(resources, r => r.StartsWith("kb/", StringComparison.Ordinal));
        }

        var tools = Path.Combine(temp.Path, "tools");
        var install = await RunAsync("dotnet", temp.Path, "tool", "install", "--tool-path", tools, "--add-source", nupkg, "Attache.Cli");
        Assert.True(install.Code == 0, $"dotnet tool install failed:\n{install.Out}\n{install.Err}");
        var seed = Directory.GetFiles(Path.Combine(root, "samples"), "000_*.txt").Single();
        var extract = await RunAsync(Path.Combine(tools, "attache"), temp.Path, "extract", seed);
        Assert.True(extract.Code == 0, $"attache extract failed:\n{extract.Err}");
        Assert.Contains("\"type\":\"dialogue\"", extract.Out, StringComparison.Ordinal);
        Assert.Contains("\"edition\":10", extract.Out, StringComparison.Ordinal);
    }
}
