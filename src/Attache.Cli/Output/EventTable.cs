using System.Globalization;
using Attache.Input;
using Attache.Model;
using Attache.Serialization;
using Spectre.Console;

namespace Attache.Cli.Output;

/// <summary>Renders each document's events as a Spectre.Console table: one row per event.</summary>
internal sealed class EventTable
{
    private readonly IAnsiConsole _console;

    /// <summary>Writes to <paramref name="writer"/>; colours and the terminal's width only when it is a terminal.</summary>
    public EventTable(TextWriter writer, bool toTerminal)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = toTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = toTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!toTerminal) _console.Profile.Width = 160;
        _console.Profile.Capabilities.Unicode = true;
    }

    /// <summary>Writes the table of one document, or a line saying it has no events.</summary>
    public void Write(ExtractionResult result)
    {
        var count = result.Events.Count;
        _console.Write(new Rule($"[bold]{Markup.Escape(Printable.Escape(result.DocumentId))}[/] [grey]({count.ToString(CultureInfo.InvariantCulture)} event{(count == 1 ? "" : "s")})[/]").LeftJustified());
        if (count == 0)
        {
            _console.WriteLine("  no events");
            _console.WriteLine();
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var header in new[] { "#", "type", "status", "date", "location", "countries", "participants", "mechanism", "areas" })
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        var n = 0;
        foreach (var e in result.Events)
        {
            n++;
            table.AddRow(
                Cell(n.ToString(CultureInfo.InvariantCulture)),
                Cell(EventJson.Name(e.Type)),
                Cell(EventJson.Name(e.Status)),
                Cell(e.Date?.ToString() ?? "-"),
                Cell(Location(e.Location)),
                Cell(e.Countries.Count == 0 ? "-" : string.Join(", ", e.Countries)),
                Cell(e.Participants.Count == 0 ? "-" : string.Join("\n", e.Participants.Select(Participant))),
                Cell(Mechanism(e.Mechanism)),
                Cell(e.Areas.Count == 0 ? "-" : string.Join("\n", e.Areas.Select(EventJson.Name))));
        }
        _console.Write(table);
        _console.WriteLine();
    }

    /// <summary>A cell of one or more lines; what the document said is escaped so that it cannot drive the terminal.</summary>
    private static Text Cell(string text) => new(string.Join('\n', text.Split('\n').Select(Printable.Escape)));

    private static string Location(Location? l) => l is null ? "-" : (l.City, l.Country) switch
    {
        (null, null) => "-",
        (null, var c) => c!,
        (var city, null) => city!,
        var (city, c) => $"{city}, {c}",
    };

    private static string Participant(Participant p)
    {
        var who = p.Country is null ? p.Name : $"{p.Name} ({p.Country})";
        return p.Title is null ? who : $"{who}, {p.Title}";
    }

    private static string Mechanism(Mechanism? m) => m switch
    {
        null => "-",
        { Edition: int ed } => $"{m.Name} (edition {ed.ToString(CultureInfo.InvariantCulture)})",
        _ => m.Name,
    };
}
