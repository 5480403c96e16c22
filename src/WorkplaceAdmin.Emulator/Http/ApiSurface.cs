namespace WorkplaceAdmin.Emulator.Http;

/// <summary>Which API a URL addresses.</summary>
internal enum ApiKind
{
    None,
    Graph,
    Scim,
}

/// <summary>
/// Splits a request URL into the API it addresses, that API's base URL (kept so paging links point back at the
/// same host and prefix) and the path below it. Graph lives under <c>{base}/graph/</c> and SCIM under
/// <c>{base}/scim/</c>; hosts named <c>graph.*</c> or <c>scim.*</c> serve their API at the root.
/// </summary>
internal readonly record struct ApiSurface(ApiKind Kind, string BaseUrl, string RawPath)
{
    public static ApiSurface Locate(Uri url)
    {
        var path = url.AbsolutePath;
        var authority = url.GetLeftPart(UriPartial.Authority);
        var host = url.Host;
        if (host.StartsWith("graph.", StringComparison.OrdinalIgnoreCase))
        {
            return new ApiSurface(ApiKind.Graph, authority, path);
        }
        if (host.StartsWith("scim.", StringComparison.OrdinalIgnoreCase))
        {
            return new ApiSurface(ApiKind.Scim, authority, path);
        }
        var start = 0;
        while (start < path.Length)
        {
            if (path[start] == '/')
            {
                start++;
                continue;
            }
            var end = path.IndexOf('/', start);
            var segmentEnd = end < 0 ? path.Length : end;
            var segment = path.AsSpan(start, segmentEnd - start);
            var kind = segment.Equals("graph", StringComparison.OrdinalIgnoreCase) ? ApiKind.Graph
                : segment.Equals("scim", StringComparison.OrdinalIgnoreCase) ? ApiKind.Scim
                : ApiKind.None;
            if (kind != ApiKind.None)
            {
                return new ApiSurface(kind, authority + path[..segmentEnd], path[segmentEnd..]);
            }
            start = segmentEnd;
        }
        return new ApiSurface(ApiKind.None, authority, path);
    }

    /// <summary>The decoded, non-empty path segments below the API base.</summary>
    public string[] Segments()
    {
        var parts = RawPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Contains('%'))
            {
                parts[i] = Uri.UnescapeDataString(parts[i]);
            }
        }
        return parts;
    }
}
