using System.Text;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Builds and edits URL query strings while leaving every parameter it does not touch byte-for-byte as it
/// was (paging links carry opaque cursors that must not be re-encoded).
/// </summary>
internal static class QueryString
{
    /// <summary>"a=1&amp;b=x%40y"; parameters whose value is null are left out.</summary>
    public static string Build(IEnumerable<KeyValuePair<string, string?>>? parameters)
    {
        if (parameters is null)
            return "";
        var builder = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (value is null)
                continue;
            if (builder.Length > 0)
                builder.Append('&');
            builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return builder.ToString();
    }

    /// <summary>Appends encoded parameters to a URI, after any query it already has.</summary>
    public static Uri Append(Uri uri, IEnumerable<KeyValuePair<string, string?>>? parameters)
    {
        var extra = Build(parameters);
        if (extra.Length == 0)
            return uri;
        var builder = new UriBuilder(uri);
        var existing = builder.Query.TrimStart('?');
        builder.Query = existing.Length == 0 ? extra : existing + "&" + extra;
        return builder.Uri;
    }

    /// <summary>Removes every parameter whose decoded name matches.</summary>
    public static Uri Remove(Uri uri, Func<string, bool> isRemoved)
    {
        if (string.IsNullOrEmpty(uri.Query))
            return uri;
        var kept = Split(uri.Query).Where(pair => !isRemoved(NameOf(pair))).ToList();
        if (kept.Count == CountParts(uri.Query))
            return uri;
        var builder = new UriBuilder(uri) { Query = string.Join('&', kept) };
        return builder.Uri;
    }

    /// <summary>Replaces the value of every matching parameter with <paramref name="replacement"/>.</summary>
    public static string MaskValues(string query, Func<string, bool> isMasked, string replacement)
    {
        var parts = Split(query).Select(pair => isMasked(NameOf(pair)) ? NameRaw(pair) + "=" + replacement : pair);
        return string.Join('&', parts);
    }

    /// <summary>The decoded value of the first parameter with this name, or null.</summary>
    public static string? Get(Uri uri, string name)
    {
        foreach (var pair in Split(uri.Query))
        {
            if (NameOf(pair) != name)
                continue;
            var separator = pair.IndexOf('=');
            return separator < 0 ? "" : Decode(pair[(separator + 1)..]);
        }
        return null;
    }

    private static IEnumerable<string> Split(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);

    private static int CountParts(string query) => Split(query).Count();

    private static string NameRaw(string pair)
    {
        var separator = pair.IndexOf('=');
        return separator < 0 ? pair : pair[..separator];
    }

    private static string NameOf(string pair) => Decode(NameRaw(pair));

    private static string Decode(string raw) => Uri.UnescapeDataString(raw.Replace('+', ' '));
}
