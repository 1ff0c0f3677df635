using System.Diagnostics;

namespace Attache.Storage.Tests;

/// <summary>Runs the built <c>attache</c> as a child process, as a user would.</summary>
internal static class AttacheProcess
{
    public sealed record Result(int Code, string Out, string Err)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
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
        start.ArgumentList.Add(CrashTests.AttacheDll());
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    /// <summary>The first seed dispatch's text.</summary>
    public static string SeedText() => File.ReadAllText(Directory.GetFiles(CliErrorTests.Samples(), "000_*.txt").Single());

    /// <summary>The seed dispatch as a news site's article page: navigation, the article in paragraphs, metadata in the head.</summary>
    public static string SeedPage(string head, string? text = null, string lang = "fr")
    {
        var paragraphs = string.Concat((text ?? SeedText()).Split('\n').Where(p => p.Trim().Length > 0).Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>\n"));
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}"><head><title>Le 10e Dialogue sur la politique de défense Vietnam - Japon | Agence</title>
            {head}
            </head><body><nav><a href="/">Accueil</a> | <a href="/monde">Monde</a></nav>
            <article><h1>Le 10e Dialogue sur la politique de défense Vietnam - Japon</h1>
            {paragraphs}</article><footer>© Agence</footer></body></html>
            """;
    }
}
