namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Resolves a caller's relative API path ("community/members", "123/members?limit=5") under an API root.
/// The root is concatenated rather than resolved with RFC 3986 rules, so a path can never climb out of
/// it ("..") nor be mistaken for an absolute URI.
/// </summary>
internal static class ApiPath
{
    public static Uri Resolve(Uri root, string path, IReadOnlyDictionary<string, string?>? query, string parameterName = "path")
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
        return QueryString.Append(new Uri(root.AbsoluteUri + trimmed), query);
    }

    /// <summary>The URI with a trailing slash, so that relative paths are appended below it.</summary>
    public static Uri AsRoot(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
