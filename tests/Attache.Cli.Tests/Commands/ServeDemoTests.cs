using System.Text.Json;

namespace Attache.Cli.Tests.Commands;

/// <summary>
/// <c>serve --demo</c> ingests the seeds and the demo set found next to the program: a mechanism series with several
/// editions and one occurrence reported in French and in English, merged. The port is taken, so the server stops after
/// the ingest with exit code 5 and the database is left to inspect.
/// </summary>
public sealed class ServeDemoTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Demo_IngestsSeedsAndDemoSet_SeriesAndCrossLanguageMerge()
    {
        var demoFiles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "demo"), "*.txt").Length;
        Assert.True(demoFiles >= 14, $"{demoFiles} demo dispatches next to the program");
        var db = Path.Combine(_dir.Path, "demo.db");

        using var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        var serve = await CliProcess.RunAsync(["serve", "--demo", "--db", db, "--urls", $"http://127.0.0.1:{((System.Net.IPEndPoint)busy.LocalEndpoint).Port}"]);
        Assert.Equal(ExitCodes.Fatal, serve.Code);
        Assert.StartsWith($"demo: ingested {demoFiles + 2} sample dispatches from ", serve.Out, StringComparison.Ordinal);

        var events = await CliProcess.RunAsync(["events", "--db", db, "--json"]);
        Assert.True(events.Code == 0, events.Err);
        var list = JsonDocument.Parse(events.Out).RootElement.EnumerateArray().ToList();
        var types = list.Select(e => e.GetProperty("type").GetString()).ToHashSet();
        Assert.Equal(["agreement", "assistance", "dialogue", "exercise", "meeting", "phone_call", "port_call", "training", "visit"], types.Order(StringComparer.Ordinal));
        var merged = Assert.Single(list, e => e.GetProperty("countries").EnumerateArray().Select(c => c.GetString()).SequenceEqual(["AUS", "IDN"]));
        Assert.Equal(["d04_aus-idn-talks-en", "d05_aus-idn-entretien-fr"], merged.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).Order(StringComparer.Ordinal));

        var mechanisms = await CliProcess.RunAsync(["mechanisms", "--db", db, "--pair", "VNM-IND", "--json"]);
        Assert.True(mechanisms.Code == 0, mechanisms.Err);
        var series = Assert.Single(JsonDocument.Parse(mechanisms.Out).RootElement.EnumerateArray());
        Assert.Equal([12, 13, 14], series.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("edition").GetInt32()));
    }
}
