namespace Attache.Cli.Fetching;

/// <summary>The rules of a robots.txt that apply to us: the group for our agent token, else the <c>*</c> group; longest match wins, Allow on a tie.</summary>
internal sealed class RobotsRules
{
    private readonly List<(string Path, bool Allow)> _rules;

    private RobotsRules(List<(string Path, bool Allow)> rules) => _rules = rules;

    /// <summary>Rules that allow everything (no robots.txt, or one that could not be read).</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>Parses a robots.txt for the agent token <paramref name="agent"/> (<c>attache</c>).</summary>
    public static RobotsRules Parse(string text, string agent)
    {
        var mine = new List<(string, bool)>();
        var any = new List<(string, bool)>();
        List<(string, bool)>? current = null;
        var agents = new List<string>();
        var inRules = false;
        var matched = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }
                agents.Add(value.ToLowerInvariant());
                current = agents.Exists(a => a.Length > 0 && agent.Contains(a, StringComparison.OrdinalIgnoreCase) && a != "*") ? mine
                    : agents.Contains("*") ? any : null;
                if (ReferenceEquals(current, mine)) matched = true;
            }
            else if (key is "allow" or "disallow")
            {
                inRules = true;
                // An empty Disallow allows everything; it adds no rule.
                if (current is not null && value.Length > 0) current.Add((value, key == "allow"));
            }
        }
        return new RobotsRules(matched ? mine : any);
    }

    /// <summary>True when the path (with its query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        var best = -1;
        var allow = true;
        foreach (var (path, isAllow) in _rules)
        {
            if (!Matches(path, pathAndQuery)) continue;
            if (path.Length > best || (path.Length == best && isAllow))
            {
                best = path.Length;
                allow = isAllow;
            }
        }
        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        // '*' matches any run of characters and a final '$' anchors the end, as the big crawlers read them.
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        var parts = pattern.Split('*');
        var at = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (!path.StartsWith(part, StringComparison.Ordinal)) return false;
                at = part.Length;
                continue;
            }
            var found = path.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + part.Length;
        }
        return !anchored || at == path.Length || (parts.Length > 1 && parts[^1].Length == 0);
    }
}
