using System.Security.Cryptography;
using System.Text;

namespace Attache.Input;

/// <summary>One address per article: tracking parameters, fragments and AMP suffixes removed, so the same article under several URLs is stored once.</summary>
public static class PageUrls
{
    // Parameters that say where a reader came from, never which article: utm_*, plus the common click and referral ids.
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "ref", "ref_src", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "xtor", "at_medium", "at_campaign", "amp", "outputType",
    };

    /// <summary>The address without tracking parameters, fragment, default port or AMP suffix; the input unchanged when it is not an absolute http(s) URL.</summary>
    public static string Normalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return url.Trim();
        var path = uri.AbsolutePath;
        // AMP editions repeat the article under /amp (or /amp/): the canonical link usually says so, this covers pages without one.
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase)) path = path[..^4];
        else if (path.EndsWith("/amp/", StringComparison.OrdinalIgnoreCase)) path = path[..^5];
        if (path.Length == 0) path = "/";
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Split('=', 2)[0] is var name && !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !Tracking.Contains(name)));
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    /// <summary>The document id for a page: its normalized address, shortened with a hash when over <see cref="DocumentIds.MaxLength"/>.</summary>
    public static string DocumentId(string url)
    {
        var id = Normalize(url);
        if (id.Length <= DocumentIds.MaxLength) return id;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..16];
        return id[..(DocumentIds.MaxLength - 17)] + "#" + hash;
    }
}
