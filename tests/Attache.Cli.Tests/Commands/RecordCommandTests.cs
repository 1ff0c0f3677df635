namespace Attache.Cli.Tests.Commands;

/// <summary>Record commands as a user runs them: filter values checked before the database is opened, country names
/// mapped to codes, counts with the right plural.</summary>
public sealed class RecordCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "record.db");

    public async Task InitializeAsync()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "TestData", "samples");
        var run = await CliProcess.RunAsync(["ingest", samples, "--db", Db]);
        Assert.True(run.Code == 0, run.Err);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("timeline vietnm JPN", "A: unknown country 'vietnm'; give an ISO 3166-1 alpha-3 code such as VNM, or a country name (did you mean 'vietnam', VNM?)")]
    [InlineData("timeline VNM XYZ", "B: unknown country 'XYZ'; give an ISO 3166-1 alpha-3 code such as VNM, or a country name")]
    [InlineData("events --type dialog", "--type: unknown event type 'dialog'; did you mean 'dialogue'? Types: dialogue, meeting, visit, agreement, exercise, port_call, assistance, training, phone_call")]
    [InlineData("events --area peace", "--area: unknown cooperation area 'peace'; did you mean 'peacekeeping'? Areas: delegation_exchange,")]
    [InlineData("events --country Atlantis", "--country: unknown country 'Atlantis'")]
    [InlineData("mechanisms --pair VNM-Narnia", "--pair: unknown country 'Narnia'")]
    public async Task UnknownFilterValue_IsUsageError_ListingValidOnes(string line, string expected)
    {
        var run = await CliProcess.RunAsync([.. line.Split(' '), "--db", Db]);
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.StartsWith("attache: " + expected, Assert.Single(run.ErrLines), StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    /// <summary>A port in use: one line naming the address, exit code 5, no stack trace on either stream.</summary>
    [Fact]
    public async Task Serve_BusyPort_OneLine_NoStackTrace()
    {
        using var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)busy.LocalEndpoint).Port}";
        var run = await CliProcess.RunAsync(["serve", "--db", Db, "--urls", url]);
        Assert.Equal(ExitCodes.Fatal, run.Code);
        Assert.Equal($"attache: cannot listen on {url}: the address is already in use (another 'attache serve'?); choose another with --urls", Assert.Single(run.ErrLines));
        Assert.Equal("", run.Out);
    }

    /// <summary>Paths that do not exist are told in the project's words, before anything is read or written.</summary>
    [Theory]
    [InlineData("export -o NOWHERE/out.csv", "attache: -o NOWHERE/out.csv: its folder does not exist")]
    [InlineData("export -o DIR", "attache: -o DIR: is a folder")]
    [InlineData("ingest NOWHERE/in.jsonl", "attache: NOWHERE/in.jsonl: no such file or folder")]
    [InlineData("ingest DIR --events NOWHERE/events.jsonl", "attache: --events NOWHERE/events.jsonl: no such file")]
    public async Task MissingPaths_ProjectWords_UsageError(string line, string expected)
    {
        string Fill(string s) => s.Replace("NOWHERE", Path.Combine(_dir.Path, "no-such-folder"), StringComparison.Ordinal).Replace("DIR", _dir.Path, StringComparison.Ordinal);
        var run = await CliProcess.RunAsync([.. Fill(line).Split(' '), "--db", Db]);
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Equal(Fill(expected), Assert.Single(run.ErrLines));
        Assert.DoesNotContain("Could not", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountryNamesAndAdjectives_MapToCodes()
    {
        var codes = await CliProcess.RunAsync(["timeline", "VNM", "JPN", "--db", Db]);
        Assert.Equal(0, codes.Code);
        Assert.DoesNotContain("\n0 events", "\n" + codes.Out, StringComparison.Ordinal);
        foreach (var (a, b) in new[] { ("vietnam", "japan"), ("Viêt Nam", "Japon"), ("vietnamese", "japonais") })
        {
            var names = await CliProcess.RunAsync(["timeline", a, b, "--db", Db]);
            Assert.True(names.Code == 0, names.Err);
            Assert.Equal(codes.Out, names.Out);
        }
        var pair = await CliProcess.RunAsync(["mechanisms", "--pair", "vietnam-japan", "--db", Db]);
        Assert.Equal(0, pair.Code);
        Assert.Contains("1 series", pair.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_HaveTheRightPlural_PeopleWithoutNameListsEveryone()
    {
        var dialogue = await CliProcess.RunAsync(["events", "--type", "dialogue", "--db", Db]);
        Assert.Equal(0, dialogue.Code);
        Assert.Matches(@"(?m)^1 event \(", dialogue.Out);
        var everyone = await CliProcess.RunAsync(["people", "--db", Db]);
        Assert.Equal(0, everyone.Code);
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(everyone.Out, @"(?m)^(\d+) people$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 2, everyone.Out);
        Assert.Matches(@"(?m)^1 person$", (await CliProcess.RunAsync(["people", "Serizawa", "--db", Db])).Out);
        Assert.DoesNotMatch(@"\b1 events\b", everyone.Out);
    }
}
