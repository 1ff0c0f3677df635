namespace Attache.Cli.Tests.Commands;

/// <summary>Vietnamese names and titles reach every output as the dispatch writes them, tone marks and đ included.</summary>
public sealed class VietnameseNamesTests : IAsyncLifetime, IDisposable
{
    private const string Dispatch = "Sáng 12/3/2024, tại Hà Nội, Thượng tướng Trần Quốc Bảo, Thứ trưởng Bộ Quốc phòng Việt Nam, đã hội đàm với "
        + "Bộ trưởng Quốc phòng Campuchia Lý Quân. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực đào tạo.";

    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "vi.db");

    public async Task InitializeAsync()
    {
        var input = _dir.File("vi.jsonl", "{\"id\":\"vi-own-1\",\"lang\":\"vi\",\"text\":\"" + Dispatch + "\"}\n");
        var run = await CliProcess.RunAsync(["ingest", input, "--db", Db]);
        Assert.True(run.Code == 0, run.Err);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("people")]
    [InlineData("events")]
    [InlineData("events --json")]
    [InlineData("export --format csv")]
    [InlineData("export --format jsonl")]
    public async Task NamesAndTitles_AsWritten(string line)
    {
        var run = await CliProcess.RunAsync([.. line.Split(' '), "--db", Db]);
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("Trần Quốc Bảo", run.Out, StringComparison.Ordinal);
        Assert.Contains("Lý Quân", run.Out, StringComparison.Ordinal);
        if (line != "events") Assert.Contains("Thứ trưởng Bộ Quốc phòng", run.Out, StringComparison.Ordinal);
    }
}
