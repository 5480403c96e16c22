using WorkplaceAdmin.Client.Errors;

namespace WorkplaceAdmin.Client;

/// <summary>
/// The one exception the client throws for a failed call: an error response from Graph or SCIM (any body
/// shape), an unreadable success response, or a transport failure that retries did not overcome. Its
/// message and properties never contain the access token or the app secret.
/// </summary>
public sealed class WorkplaceApiException : Exception
{
    private readonly WorkplaceErrorKind? kind;

    public WorkplaceApiException(string message) : base(message)
    {
    }

    public WorkplaceApiException(string message, Exception? innerException) : base(message, innerException)
    {
    }

    /// <summary>HTTP status of the response; 0 when there was no response (transport failure).</summary>
    public int HttpStatus { get; init; }

    /// <summary>Graph error <c>code</c>.</summary>
    public int? Code { get; init; }

    /// <summary>Graph <c>error_subcode</c>.</summary>
    public int? Subcode { get; init; }

    /// <summary>Graph error <c>type</c>, such as OAuthException.</summary>
    public string? ErrorType { get; init; }

    /// <summary>Graph <c>fbtrace_id</c>, the reference Meta support asks for.</summary>
    public string? FbTraceId { get; init; }

    /// <summary>The server said retrying later may succeed.</summary>
    public bool IsTransient { get; init; }

    /// <summary>SCIM <c>scimType</c>, such as uniqueness or invalidFilter.</summary>
    public string? ScimType { get; init; }

    public string? RequestMethod { get; init; }

    /// <summary>Path of the request relative to the API root, without query string.</summary>
    public string? RequestPath { get; init; }

    /// <summary>The error text the server sent (redacted), without the client's context.</summary>
    public string? ServerMessage { get; init; }

    /// <summary>How many attempts were made before giving up (0 when unknown).</summary>
    public int Attempts { get; init; }

    public WorkplaceErrorKind Kind
    {
        get => kind ?? ErrorKindClassifier.Classify(HttpStatus, Code, Subcode, IsTransient, ScimType, ServerMessage);
        init => kind = value;
    }

    /// <summary>The same failure with a sentence of advice added to its message (e.g. what to check before repeating).</summary>
    public WorkplaceApiException WithAdvice(string advice) =>
        new($"{Message} {advice}", this)
        {
            HttpStatus = HttpStatus,
            Code = Code,
            Subcode = Subcode,
            ErrorType = ErrorType,
            FbTraceId = FbTraceId,
            IsTransient = IsTransient,
            ScimType = ScimType,
            RequestMethod = RequestMethod,
            RequestPath = RequestPath,
            ServerMessage = ServerMessage,
            Attempts = Attempts,
            Kind = Kind,
        };
}
