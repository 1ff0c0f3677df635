using System.Diagnostics;
using System.Text.Json;

namespace Attache.Storage.Tests;

/// <summary><c>attache search</c>, <c>subscribe</c>, <c>subscriptions</c> and <c>deliveries</c> through the built program, on every provider.</summary>
public class CliSearchTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var r = await AttacheProcess.RunAsync(args);
        return (r.Code, r.Out, r.Err);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Search_Subscribe_List(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        Assert.Equal(0, (await RunAsync("ingest", CliErrorTests.Samples(), "--db", db.Db)).Code);

        var (code, output, err) = await RunAsync("search", "chien", "hoang", "--country", "JPN", "--json", "--db", db.Db);
        Assert.True(code == 0, err);
        var hit = JsonDocument.Parse(output).RootElement.EnumerateArray().First();
        var snippet = hit.GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        Assert.Contains("Chiên", snippet.GetProperty("highlights").EnumerateArray().Select(h => text[h[0].GetInt32()..h[1].GetInt32()]));
        Assert.NotEqual(0, hit.GetProperty("events").GetArrayLength());
        (code, output, _) = await RunAsync("search", "politique de défense", "--db", db.Db);
        Assert.Equal(0, code);
        Assert.Contains("[politique de défense]", output, StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync("search", "!!", "--db", db.Db)).Code);

        (code, output, err) = await RunAsync("subscribe", "--pair", "vnm-jpn", "--json", "--db", db.Db);
        Assert.True(code == 0, err);
        var id = JsonDocument.Parse(output).RootElement.GetProperty("id").GetString()!;
        Assert.Equal($"/feeds/{id}.atom", JsonDocument.Parse(output).RootElement.GetProperty("feed").GetString());
        Assert.Equal(2, (await RunAsync("subscribe", "--db", db.Db)).Code);
        Assert.Equal(2, (await RunAsync("subscribe", "--type", "party", "--db", db.Db)).Code);
        (code, output, _) = await RunAsync("subscriptions", "--json", "--db", db.Db);
        Assert.Equal(0, code);
        Assert.Equal("JPN-VNM", Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray()).GetProperty("pair").GetString());
        (code, output, _) = await RunAsync("deliveries", "--json", "--db", db.Db);
        Assert.Equal(0, code);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetArrayLength());
        Assert.Equal(0, (await RunAsync("subscriptions", "--delete", id, "--db", db.Db)).Code);
        Assert.Equal(4, (await RunAsync("subscriptions", "--delete", id, "--db", db.Db)).Code);
    }
}
