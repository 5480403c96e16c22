namespace WorkplaceAdmin.Client.Errors;

/// <summary>What kind of body an error response had.</summary>
internal enum ApiErrorBodyShape
{
    Empty,
    NotJson,
    /// <summary>JSON, but neither a Graph envelope nor a SCIM error.</summary>
    OtherJson,
    /// <summary><c>{"error":{"message":…,"code":…}}</c> (Graph, and the SCIM shape the Workplace samples read).</summary>
    GraphEnvelope,
    /// <summary><c>{"schemas":[…:Error],"status":"412","detail":…,"scimType":…}</c> (RFC 7644).</summary>
    ScimError,
}

/// <summary>The facts an error body carried, whatever its shape. Never throws on odd input.</summary>
internal sealed class ApiErrorBody
{
    public static readonly ApiErrorBody None = new() { Shape = ApiErrorBodyShape.Empty };

    public ApiErrorBodyShape Shape { get; init; }
    public string? Message { get; init; }
    public int? Code { get; init; }
    public int? Subcode { get; init; }
    public string? Type { get; init; }
    public string? FbTraceId { get; init; }
    public bool IsTransient { get; init; }
    public string? ScimType { get; init; }
    public string? UserTitle { get; init; }
    public string? UserMessage { get; init; }

    /// <summary>
    /// For bodies that are not a known error shape: their text on one line (an HTML page's title).
    /// Not yet redacted nor shortened: secrets must be masked before cutting, or half a token could remain.
    /// </summary>
    public string? Excerpt { get; init; }
}
