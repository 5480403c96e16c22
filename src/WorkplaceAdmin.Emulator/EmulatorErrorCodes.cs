namespace WorkplaceAdmin.Emulator;

/// <summary>
/// The Graph error codes the emulator answers with (workplace-api.md §6.4), including the choices it makes
/// where Workplace documents nothing. Clients should decide on these codes, not on HTTP statuses.
/// </summary>
public static class EmulatorErrorCodes
{
    /// <summary>Injected 5xx "An unknown error occurred" (HTTP 500, transient).</summary>
    public const int UnknownError = 1;

    /// <summary>Injected 5xx "Service temporarily unavailable" (HTTP 503, transient).</summary>
    public const int ServiceUnavailable = 2;

    /// <summary>"Application request limit reached" (HTTP 400, or 429 with Retry-After; transient).</summary>
    public const int ApplicationThrottled = 4;

    /// <summary>Invalid parameter, unknown field, unknown path, malformed body, bad or missing appsecret_proof (HTTP 400).</summary>
    public const int InvalidParameter = 100;

    /// <summary>Subcode of code 100 for an object that does not exist or does not support the method (HTTP 400).</summary>
    public const int UnknownObjectSubcode = 33;

    /// <summary>Missing or invalid access token (HTTP 400).</summary>
    public const int InvalidToken = 190;

    /// <summary>Permission missing (HTTP 403); also read-only mode with <see cref="ReadOnlySubcode"/>.</summary>
    public const int PermissionDenied = 200;

    /// <summary>Subcode of code 200 when the community is read-only (Workplace's final phase): every write fails.</summary>
    public const int ReadOnlySubcode = 2_000_001;

    /// <summary>The rate budget is spent: "Calls to this api have exceeded the rate limit" (HTTP 400, transient).</summary>
    public const int RateLimitExceeded = 613;

    /// <summary>A multi-get (<c>?ids=</c>) named an object that does not exist (HTTP 404).</summary>
    public const int AliasesDoNotExist = 803;
}
