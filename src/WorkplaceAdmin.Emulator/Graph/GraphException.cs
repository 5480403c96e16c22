namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>A Graph error to answer with; the engine turns it into the error envelope.</summary>
internal sealed class GraphException : Exception
{
    public GraphException(int httpStatus, int code, string message, string type = "OAuthException",
        int? subcode = null, bool isTransient = false)
        : base(message)
    {
        HttpStatus = httpStatus;
        Code = code;
        Type = type;
        Subcode = subcode;
        IsTransient = isTransient;
    }

    public int HttpStatus { get; }
    public int Code { get; }
    public string Type { get; }
    public int? Subcode { get; }
    public bool IsTransient { get; }

    /// <summary>Extra response headers (Retry-After for HTTP 429).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}
