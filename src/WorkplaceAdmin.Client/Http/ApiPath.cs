using Flurl;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Resolves a caller's relative API path ("community/members", "123/members?limit=5") under an API root, as a
/// Flurl <see cref="Url"/>. The path is appended below the root rather than resolved with RFC 3986 rules, so it can
/// never climb out of it ("..") nor be mistaken for an absolute URI; that check is ours, the URL building is Flurl's.
/// </summary>
internal static class ApiPath
{
    public static Url Resolve(Uri root, string path, IReadOnlyDictionary<string, string?>? query, string parameterName = "path")
    {
        ArgumentNullException.ThrowIfNull(path, parameterName);
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal))
            throw new ArgumentException($"'{path}' is not a relative API path; expected a path such as 'community/members'.", parameterName);
        var trimmed = path.TrimStart('/');
        var queryStart = trimmed.IndexOf('?');
        var pathPart = queryStart < 0 ? trimmed : trimmed[..queryStart];
        if (pathPart.Split('/').Any(segment => segment is "." or ".."))
            throw new ArgumentException($"'{path}' contains a '.' or '..' segment; escape user input with WorkplacePath.Escape.", parameterName);
        if (pathPart.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '#'))
            throw new ArgumentException($"'{path}' contains whitespace, a control character or '#'; escape user input with WorkplacePath.Escape.", parameterName);

        var url = new Url(root.AbsoluteUri);
        if (pathPart.Length > 0)
            url.AppendPathSegment(pathPart);
        if (queryStart >= 0)
            url.Query = trimmed[(queryStart + 1)..];
        return WithQuery(url, query);
    }

    /// <summary>Appends the parameters after any the URL already has; parameters whose value is null are left out.</summary>
    public static Url WithQuery(Url url, IEnumerable<KeyValuePair<string, string?>>? query)
    {
        if (query is null)
            return url;
        foreach (var (name, value) in query)
        {
            if (value is not null)
                url.AppendQueryParam(name, value);
        }
        return url;
    }

    /// <summary>The URI with a trailing slash, so that relative paths are appended below it.</summary>
    public static Uri AsRoot(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
