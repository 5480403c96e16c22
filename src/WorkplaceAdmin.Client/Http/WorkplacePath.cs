namespace WorkplaceAdmin.Client;

/// <summary>
/// Escapes path segments that come from users (ids, emails) so that "a@x.com" becomes "a%40x.com" and a
/// "/" or "?" in input cannot change which resource a request addresses.
/// </summary>
public static class WorkplacePath
{
    public static string Escape(string segment)
    {
        if (string.IsNullOrWhiteSpace(segment))
            throw new ArgumentException("A path segment is empty; expected an id, an email or an edge name.", nameof(segment));
        if (segment is "." or "..")
            throw new ArgumentException($"'{segment}' is not a valid path segment; expected an id, an email or an edge name.", nameof(segment));
        return Uri.EscapeDataString(segment.Trim());
    }

    /// <summary>Escapes each segment and joins them with "/": Of("123", "members", "a@x.com") → "123/members/a%40x.com".</summary>
    public static string Of(params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return string.Join('/', segments.Select(Escape));
    }
}
