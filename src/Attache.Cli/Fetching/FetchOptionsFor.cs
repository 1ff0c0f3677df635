using System.CommandLine;
using System.Globalization;

namespace Attache.Cli.Fetching;

/// <summary>The fetching options that <c>ingest</c> and <c>watch</c> share.</summary>
internal static class FetchOptionsFor
{
    /// <summary>The <c>--timeout</c> and <c>--per-host-delay</c> options.</summary>
    public static (Option<double> Timeout, Option<double> PerHostDelay) Create()
    {
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for one web response before giving up on it", HelpName = "SECONDS", DefaultValueFactory = _ => FetchOptions.Default.Timeout.TotalSeconds };
        timeout.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && double.TryParse(t.Value, CultureInfo.InvariantCulture, out var n) && n <= 0) r.AddError("--timeout must be a positive number of seconds.");
        });
        var delay = new Option<double>("--per-host-delay") { Description = "Seconds between two requests to the same site (politeness)", HelpName = "SECONDS", DefaultValueFactory = _ => FetchOptions.Default.PerHostDelay.TotalSeconds };
        delay.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && double.TryParse(t.Value, CultureInfo.InvariantCulture, out var n) && n < 0) r.AddError("--per-host-delay must be 0 or more seconds.");
        });
        return (timeout, delay);
    }

    /// <summary>The fetch options a parsed command line asks for.</summary>
    public static FetchOptions Read(ParseResult parse, Option<double> timeout, Option<double> perHostDelay) =>
        FetchOptions.Default with { Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)), PerHostDelay = TimeSpan.FromSeconds(parse.GetValue(perHostDelay)) };
}
