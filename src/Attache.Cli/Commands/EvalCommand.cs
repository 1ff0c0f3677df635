using System.CommandLine;
using System.Text.Json.Nodes;
using Attache.Evaluation;
using Attache.Extraction;
using Attache.Input;
using Attache.Serialization;

namespace Attache.Cli.Commands;

/// <summary><c>attache eval GOLD.jsonl --docs DOCS.jsonl [--json]</c>: extracts the documents with this engine and scores
/// the result against the user's gold file; the measures and figures are those of the project's scoring script.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold events, JSON Lines {\"id\", \"lang\"?, \"events\"} (the format of attache export --format gold)" };
        var docs = new Option<string?>("--docs") { Description = "The documents to extract (JSON Lines, .txt or a folder, as for attache extract)", HelpName = "DOCS" };
        var pred = new Option<string?>("--pred") { Description = "Score this extraction output (JSON Lines {\"id\", \"events\"}) instead of extracting --docs", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON" };
        var status = new Option<string>("--status") { Description = "Events scored: reported, background or all", DefaultValueFactory = _ => "reported" };
        status.AcceptOnlyFromAmong("reported", "background", "all");
        var lang = new Option<string?>("--lang") { Description = "Only the gold documents of this language (fr, en, vi)" };
        var byDoc = new Option<bool>("--by-doc") { Description = "Then list the documents whose events do not all match" };
        var command = new Command("eval", "Score Attaché on your own gold file (events you annotated or reviewed): event, strict, participant, date, location, edition and area figures, and false alarms on documents without events")
        {
            gold, docs, pred, json, status, lang, byDoc,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(gold)!, parse.GetValue(docs), parse.GetValue(pred), parse.GetValue(json),
            parse.GetValue(status) ?? "reported", parse.GetValue(lang), parse.GetValue(byDoc), ct)));
        return command;
    }

    private static int Run(string goldPath, string? docsPath, string? predPath, bool json, string status, string? lang, bool byDoc, CancellationToken ct)
    {
        if ((docsPath is null) == (predPath is null)) return Usage("give --docs DOCS (to extract them) or --pred FILE (an extraction output), one of them");
        if (!File.Exists(goldPath)) return Usage($"{goldPath}: no such file");
        if (docsPath is not null && !DocumentSource.Exists(docsPath)) return Usage($"{docsPath}: no such file or directory");
        if (predPath is not null && !File.Exists(predPath)) return Usage($"{predPath}: no such file");
        var bad = 0;
        JsonlRecords goldRecords;
        using (var reader = File.OpenText(goldPath)) goldRecords = JsonlRecords.Read(reader);
        foreach (var e in goldRecords.Errors)
        {
            bad++;
            Console.Error.WriteLine($"attache: {goldPath}:{e}; skipped");
        }
        JsonlRecords predicted;
        if (predPath is not null)
        {
            using var reader = File.OpenText(predPath);
            predicted = JsonlRecords.Read(reader);
            foreach (var e in predicted.Errors)
            {
                bad++;
                Console.Error.WriteLine($"attache: {predPath}:{e}; skipped");
            }
        }
        else
        {
            var extractor = new Extractor();
            var lines = new List<JsonObject>();
            foreach (var item in new DocumentSource(DocumentSource.DefaultMaxDocumentBytes, HtmlArticle.Read).Read([docsPath!], Console.OpenStandardInput))
            {
                ct.ThrowIfCancellationRequested();
                if (item.Error is not null)
                {
                    bad++;
                    Console.Error.WriteLine($"attache: {item.Error}");
                    continue;
                }
                try
                {
                    // The same line 'attache extract' writes, read back: the script scores exactly that.
                    lines.Add((JsonObject)JsonNode.Parse(EventJson.ToJsonLine(extractor.Extract(item.Document!)))!);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    bad++;
                    Console.Error.WriteLine($"attache: {item.Location}: extraction failed: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
                }
            }
            predicted = JsonlRecords.FromObjects(lines);
        }
        var result = EventScorer.Score(goldRecords, predicted, status, lang);
        Console.Out.Write(json ? result.ToJson(byDoc) : result.ToText(byDoc));
        return bad == 0 ? ExitCodes.Ok : ExitCodes.ItemsFailed;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("attache: " + message);
        return ExitCodes.Usage;
    }
}
