using static WorkplaceAdmin.Emulator.EmulatorErrorCodes;

namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>Every Graph error the emulator produces, in one place, with Graph's wording.</summary>
internal static class GraphErrors
{
    private const string OAuth = "OAuthException";
    private const string Method = "GraphMethodException";

    public static GraphException MissingToken() =>
        new(400, InvalidToken, "An access token is required to request this resource.", OAuth);

    public static GraphException BadToken() =>
        new(400, InvalidToken, "Invalid OAuth access token - Cannot parse access token", OAuth);

    public static GraphException AppTokenNotAllowed(string what) =>
        new(400, InvalidToken, $"An integration access token is required to request {what}; an app token cannot be used.", OAuth);

    public static GraphException MissingPermission(string permission) =>
        new(403, PermissionDenied,
            $"(#200) Requires the \"{EmulatorPermissions.DisplayName(permission)}\" permission ({permission}).", OAuth);

    public static GraphException ReadOnlyMode() =>
        new(403, PermissionDenied,
            "(#200) Workplace is read-only: this community no longer accepts changes, only reads and exports.",
            OAuth, ReadOnlySubcode);

    public static GraphException InvalidParameter(string message) =>
        new(400, EmulatorErrorCodes.InvalidParameter, "(#100) " + message, OAuth);

    public static GraphException UnknownField(string field, string nodeType) =>
        InvalidParameter($"Tried accessing nonexisting field ({field}) on node type ({nodeType})");

    public static GraphException UnknownPath(string path) =>
        InvalidParameter($"Unknown path components: {path}");

    public static GraphException UnknownObject(string method, string id) =>
        new(400, EmulatorErrorCodes.InvalidParameter,
            $"Unsupported {method.ToLowerInvariant()} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
            Method, UnknownObjectSubcode);

    public static GraphException UnsupportedOperation(string method, string id, string reason) =>
        new(400, EmulatorErrorCodes.InvalidParameter,
            $"Unsupported {method.ToLowerInvariant()} request. Object with ID '{id}' does not support this operation: {reason}",
            Method, UnknownObjectSubcode);

    public static GraphException AliasesDoNotExist(IEnumerable<string> ids) =>
        new(404, EmulatorErrorCodes.AliasesDoNotExist,
            "(#803) Some of the aliases you requested do not exist: " + string.Join(",", ids), OAuth);

    public static GraphException MissingProof() =>
        new(400, EmulatorErrorCodes.InvalidParameter, "API calls from the server require an appsecret_proof argument", Method);

    public static GraphException InvalidProof() =>
        new(400, EmulatorErrorCodes.InvalidParameter, "Invalid appsecret_proof provided in the API argument", Method);

    public static GraphException ProofTimeOutOfRange(TimeSpan skew) =>
        new(400, EmulatorErrorCodes.InvalidParameter,
            $"Invalid appsecret_time: it must be unix seconds within {skew.TotalSeconds:0} seconds of the server's clock", Method);

    public static GraphException Throttled() =>
        new(400, ApplicationThrottled, "(#4) Application request limit reached", OAuth, isTransient: true);

    public static GraphException Throttled429(TimeSpan retryAfter) =>
        new(429, ApplicationThrottled, "(#4) Application request limit reached", OAuth, isTransient: true)
        {
            Headers = [new("Retry-After", RetryAfterSeconds(retryAfter))],
        };

    public static GraphException RateBudgetSpent() =>
        new(400, RateLimitExceeded, "(#613) Calls to this api have exceeded the rate limit.", OAuth, isTransient: true);

    public static GraphException ServerError(bool unavailable) => unavailable
        ? new(503, ServiceUnavailable, "An unexpected error has occurred. Please retry your request later.", OAuth, isTransient: true)
        : new(500, UnknownError, "An unknown error occurred", OAuth, isTransient: true);

    public static string RetryAfterSeconds(TimeSpan retryAfter) =>
        Math.Max(0, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
