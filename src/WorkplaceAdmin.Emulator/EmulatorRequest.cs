namespace WorkplaceAdmin.Emulator;

/// <summary>An HTTP request as the engine sees it, whichever host received it.</summary>
public sealed class EmulatorRequest
{
    public EmulatorRequest(string method, Uri url)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("The request URL must be absolute.", nameof(url));
        }
        Method = method.ToUpperInvariant();
        Url = url;
    }

    public string Method { get; }

    /// <summary>The absolute URL the request was sent to; paging links point back at its base.</summary>
    public Uri Url { get; }

    /// <summary>Request headers (case-insensitive names).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The body's media type, e.g. <c>application/json</c> or <c>application/x-www-form-urlencoded</c>.</summary>
    public string? ContentType { get; init; }

    public string? GetHeader(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
