using System.Text;

namespace WorkplaceAdmin.Emulator;

/// <summary>The engine's answer. When <see cref="DropConnection"/> is set, a host must drop the connection instead.</summary>
public sealed class EmulatorResponse
{
    public const string JsonContentType = "application/json; charset=UTF-8";
    public const string ScimContentType = "application/scim+json; charset=UTF-8";

    internal EmulatorResponse(int statusCode, ReadOnlyMemory<byte> body, string? contentType,
        IReadOnlyList<KeyValuePair<string, string>> headers, bool dropConnection = false)
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
        Headers = headers;
        DropConnection = dropConnection;
    }

    public int StatusCode { get; }

    /// <summary>Response headers other than Content-Type.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Null when there is no body.</summary>
    public string? ContentType { get; }

    /// <summary>An injected fault: the host must abort the connection without answering.</summary>
    public bool DropConnection { get; }

    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    public string? GetHeader(string name)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }
        return null;
    }

    internal static EmulatorResponse Dropped() => new(0, ReadOnlyMemory<byte>.Empty, null, [], dropConnection: true);
}
