namespace WorkplaceAdmin.Client;

/// <summary>What went wrong, in terms a caller can act on. Computed from the Graph code, then the HTTP status.</summary>
public enum WorkplaceErrorKind
{
    Unknown = 0,
    /// <summary>The token is invalid, expired, revoked, or the app secret proof is wrong (code 190, HTTP 401).</summary>
    Authentication,
    /// <summary>The integration lacks a permission (codes 10, 200–299, HTTP 403).</summary>
    PermissionDenied,
    NotFound,
    /// <summary>A parameter or field was rejected (code 100, HTTP 400).</summary>
    InvalidArgument,
    /// <summary>The object already exists (HTTP 409, SCIM uniqueness, duplicate post).</summary>
    Conflict,
    /// <summary>The server refused a state change, such as deleting a claimed account (HTTP 412).</summary>
    PreconditionFailed,
    /// <summary>A rate limit was hit (HTTP 429, codes 4, 17, 32, 341, 613).</summary>
    Throttled,
    /// <summary>The service failed or was unavailable (HTTP 5xx, codes 1 and 2, is_transient).</summary>
    ServiceUnavailable,
    /// <summary>The community accepts no changes (Workplace's read-only phase).</summary>
    ReadOnly,
    /// <summary>No usable HTTP response: connection failed, dropped, or timed out.</summary>
    Transport,
}
