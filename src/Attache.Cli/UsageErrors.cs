using System.CommandLine;
using System.CommandLine.Parsing;

namespace Attache.Cli;

/// <summary>What is wrong with a command line, in one line each, with "did you mean" for a mistyped command or option.</summary>
internal static class UsageErrors
{
    /// <summary>The problems of a parse (empty when it can run).</summary>
    public static List<string> Of(ParseResult parsed)
    {
        var problems = new List<string>();
        var command = parsed.CommandResult.Command;
        var unmatched = new HashSet<string>(parsed.UnmatchedTokens, StringComparer.Ordinal);
        string? previous = null;
        foreach (var token in parsed.UnmatchedTokens)
        {
            // The value after an unknown option is that option's, not one more mistake.
            if (!(previous is not null && LooksLikeOption(previous) && !LooksLikeOption(token))) problems.Add(Unknown(token, command));
            previous = token;
        }
        // A command that takes any number of values (file names) takes a mistyped option as one more value: an argument
        // value that looks like an option and names no file is reported as the unknown option it is.
        foreach (var argument in parsed.CommandResult.Children.OfType<ArgumentResult>())
            foreach (var token in argument.Tokens)
                if (LooksLikeOption(token.Value) && !File.Exists(token.Value) && !Directory.Exists(token.Value) && unmatched.Add(token.Value))
                    problems.Add(Unknown(token.Value, command));
        foreach (var error in parsed.Errors)
        {
            // Unmatched tokens are reported above, with a suggestion; a missing command after an unknown one is implied.
            if (parsed.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal))) continue;
            if (problems.Count > 0 && error.SymbolResult is CommandResult && command.Subcommands.Count > 0) continue;
            problems.Add(Reword(error, command));
        }
        return problems;
    }

    private static bool LooksLikeOption(string value) => value.Length > 1 && value[0] == '-' && value != "--" && !char.IsAsciiDigit(value[1]);

    private static string Unknown(string token, Command command)
    {
        if (!token.StartsWith('-'))
        {
            var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            if (commands.Count == 0) return $"unexpected argument '{token}'";
            return Closest(token, commands) is { } c ? $"unknown command '{token}'; did you mean '{c}'?" : $"unknown command '{token}'; commands: {string.Join(", ", commands)}";
        }
        var names = OptionNames(command).ToList();
        return Closest(token, names) is { } name ? $"unknown option '{token}'; did you mean '{name}'?" : $"unknown option '{token}'";
    }

    /// <summary>The options of a command, its own and those its parents pass down (such as --help).</summary>
    private static IEnumerable<string> OptionNames(Command command)
    {
        foreach (var option in command.Options.Where(o => !o.Hidden))
        {
            yield return option.Name;
            foreach (var alias in option.Aliases) yield return alias;
        }
        foreach (var parent in command.Parents.OfType<Command>())
            foreach (var option in parent.Options.Where(o => o.Recursive && !o.Hidden)) yield return option.Name;
    }

    /// <summary>The candidate nearest to the token (a few edits away, or that it begins), or null.</summary>
    internal static string? Closest(string token, IEnumerable<string> candidates)
    {
        var bare = token.TrimStart('-').ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var name = candidate.TrimStart('-').ToLowerInvariant();
            if (name.Length == 0) continue;
            var distance = name.StartsWith(bare, StringComparison.Ordinal) && bare.Length >= 2 ? 0 : Distance(bare, name);
            if (distance <= Math.Max(1, Math.Min(3, name.Length / 3)) && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) that turn one string into the other.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The parser's messages in the form of the others: one line, lower case, naming the option or command.</summary>
    private static string Reword(ParseError error, Command command)
    {
        var m = string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
        var option = error.SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            _ => null,
        };
        if (m.StartsWith("Argument '", StringComparison.Ordinal) && m.IndexOf("' not recognized. Must be one of:", StringComparison.Ordinal) is var at and > 0)
            return $"{option ?? "value"}: '{m[10..at]}' is not one of {m[(at + 33)..].Trim().Replace("' '", "', '", StringComparison.Ordinal)}";
        if (m.StartsWith("Required argument missing for option", StringComparison.Ordinal) && option is not null)
            return $"{option} needs a value";
        if (m.StartsWith("Cannot parse argument '", StringComparison.Ordinal) && option is not null && m.IndexOf("' for option", StringComparison.Ordinal) is var end and > 23)
            return $"{option}: '{m[23..end]}' is not {(m.Contains("System.Int", StringComparison.Ordinal) ? "a whole number" : "a valid value")}";
        if (m.StartsWith("Required argument missing", StringComparison.Ordinal))
            return $"'{command.Name}' needs {string.Join(" ", command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(a => a.Name))}";
        if (m.StartsWith("Required command was not provided", StringComparison.Ordinal))
            return $"which command? {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}";
        if (m.EndsWith('.')) m = m[..^1];
        if (m.Length > 1 && char.IsUpper(m[0]) && !char.IsUpper(m[1])) m = char.ToLowerInvariant(m[0]) + m[1..];
        return option is not null && !m.Contains(option, StringComparison.Ordinal) ? $"{option}: {m}" : m;
    }
}
