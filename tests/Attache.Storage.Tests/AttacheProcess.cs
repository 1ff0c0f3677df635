using System.Diagnostics;
using Attache.Tests.Shared;

namespace Attache.Storage.Tests;

/// <summary>Runs the built <c>attache</c> as a child process, as a user would.</summary>
internal static class AttacheProcess
{
    public static Task<ChildProcess.Result> RunAsync(params string[] args) => ChildProcess.RunAsync(CrashTests.AttacheDll(), args);

    public static Process Start(params string[] args) => ChildProcess.Start(CrashTests.AttacheDll(), args);

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
