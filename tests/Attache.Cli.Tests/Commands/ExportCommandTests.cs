using System.Text;
using System.Text.Json;
using Attache.Cli.Commands;
using Attache.Model;
using Attache.Record;
using CsvHelper;
using Parquet.Serialization;

namespace Attache.Cli.Tests.Commands;

public class ExportCommandTests
{
    /// <summary>Invented stored events: a dialogue with a comma and quotes in a title, a visit, and a three-party exercise.</summary>
    private static IReadOnlyList<StoredEvent> Events() =>
    [
        new("ev-1", new Event(EventType.Dialogue, EventStatus.Reported, new PartialDate(2022, 5, 12), new Location("Vientiane", "LAO"), ["LAO", "THA"],
            [new Participant("Somsak Vongsa", "LAO", "Deputy Minister, \"Defence\""), new Participant("Anan Chaiyo", "THA", null)],
            new Mechanism("Laos-Thailand Defence Policy Dialogue", 6), [CooperationArea.Training, CooperationArea.Peacekeeping], []),
            ["doc-a", "doc-b"], [new FieldConflict("date", [new ConflictValue("2022-05-12", ["doc-a"]), new ConflictValue("2022-05-13", ["doc-b"])])], null, "defence-policy-dialogue:LAO-THA"),
        new("ev-2", new Event(EventType.Visit, EventStatus.Reported, new PartialDate(null, 3, 4), new Location("Tokyo", "JPN"), ["JPN", "VNM"],
            [new Participant("Tran Van Example", "VNM", "Defence Minister")], null, [], []), ["doc-c"], [], null, null),
        new("ev-3", new Event(EventType.Exercise, EventStatus.Background, new PartialDate(2021, 11, null), null, ["AUS", "IDN", "VNM"], [], null, [], []),
            ["doc-d"], [], null, null),
    ];

    private static async Task<byte[]> ExportAsync(string format)
    {
        using var stream = new MemoryStream();
        await ExportCommand.WriteAsync(Events(), format, stream);
        return stream.ToArray();
    }

    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions(), leaveOpen: false);
        reader.ReadHeader();
        var headers = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(headers.Select((h, i) => (h, v: reader.GetString(i))).ToDictionary(x => x.h, x => x.v));
        return rows;
    }

    [Fact]
    public async Task Csv_OneRowPerEvent_ParsesBack()
    {
        var rows = ReadCsv(await ExportAsync("csv"));
        Assert.Equal(3, rows.Count);
        var dialogue = rows[0];
        Assert.Equal("ev-1", dialogue["id"]);
        Assert.Equal("dialogue", dialogue["type"]);
        Assert.Equal("2022-05-12", dialogue["date"]);
        Assert.Equal("LAO;THA", dialogue["countries"]);
        Assert.Equal("doc-a;doc-b", dialogue["sources"]);
        Assert.Equal("2", dialogue["source_count"]);
        Assert.Equal("6", dialogue["edition"]);
        Assert.Equal("date", dialogue["conflicts"]);
        Assert.Equal("training;peacekeeping", dialogue["areas"]);
        Assert.Equal("Somsak Vongsa (LAO, Deputy Minister, \"Defence\"); Anan Chaiyo (THA)", dialogue["participants"]);
        using var people = JsonDocument.Parse(dialogue["participants_json"]);
        Assert.Equal("Deputy Minister, \"Defence\"", people.RootElement[0].GetProperty("title").GetString());
        Assert.Equal("--03-04", rows[1]["date"]);
        Assert.Equal("", rows[2]["location_city"]);
    }

    [Fact]
    public async Task Jsonl_OneObjectPerLine_WithIdAndSources()
    {
        var lines = Encoding.UTF8.GetString(await ExportAsync("jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("ev-1", first.RootElement.GetProperty("id").GetString());
        Assert.Equal(["doc-a", "doc-b"], first.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(6, first.RootElement.GetProperty("mechanism").GetProperty("edition").GetInt32());
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal(["AUS", "IDN", "VNM"], third.RootElement.GetProperty("countries").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Parquet_ReadsBackIntoRows()
    {
        using var stream = new MemoryStream(await ExportAsync("parquet"));
        var rows = (await ParquetSerializer.DeserializeAsync<EventRow>(stream)).Data.ToList();
        Assert.Equal(["ev-1", "ev-2", "ev-3"], rows.Select(r => r.Id));
        Assert.Equal(6, rows[0].Edition);
        Assert.Null(rows[1].Edition);
        Assert.Equal("JPN;VNM", rows[1].Countries);
        Assert.Equal(2, rows[0].SourceCount);
    }

    [Fact]
    public async Task EventData_CameoAndPloverCodes_AndDyads()
    {
        var rows = ReadCsv(await ExportAsync("eventdata"));
        // One dyad for each two-party event, three for the three-party exercise.
        Assert.Equal(5, rows.Count);
        var dialogue = rows.Single(r => r["event_id"] == "ev-1");
        Assert.Equal(("040", "04", "1", "CONSULT"), (dialogue["cameo_code"], dialogue["cameo_root"], dialogue["quad_class"], dialogue["plover_type"]));
        Assert.Equal(("LAO", "THA", "false"), (dialogue["source_country"], dialogue["target_country"], dialogue["directed"]));
        var visit = rows.Single(r => r["event_id"] == "ev-2");
        // The visitor is the source, the host (the location's country) the target.
        Assert.Equal(("VNM", "JPN", "true", "042", "visit"), (visit["source_country"], visit["target_country"], visit["directed"], visit["cameo_code"], visit["plover_mode"]));
        Assert.Equal("", visit["year"]);
        Assert.Equal("3", visit["month"]);
        var exercise = rows.Where(r => r["event_id"] == "ev-3").Select(r => r["source_country"] + ">" + r["target_country"]).ToList();
        Assert.Equal(["AUS>IDN", "AUS>VNM", "IDN>VNM"], exercise);
        Assert.All(rows.Where(r => r["event_id"] == "ev-3"), r => Assert.Equal(("062", "2", "COOPERATE"), (r["cameo_code"], r["quad_class"], r["plover_type"])));
    }

    [Fact]
    public void EventCodes_EveryTypeHasOneRowWithAReason()
    {
        foreach (var type in Enum.GetValues<EventType>())
        {
            var code = EventCodes.For(type);
            Assert.Matches("^0[4-7][0-9]{1,2}$", code.Cameo);
            Assert.Contains(code.Plover, new[] { "CONSULT", "AGREE", "COOPERATE", "AID" });
            Assert.Contains(code.QuadClass, new[] { 1, 2 });
            Assert.Contains(code.Direction, new[] { "none", "visitor>host", "provider>recipient" });
            Assert.True(code.Why.Length > 40, $"{code.Type}: the reason is missing");
        }
        Assert.Equal(Enum.GetValues<EventType>().Length, EventCodes.All.Count);
    }
}
