using System.Globalization;
using WorkplaceAdmin.Emulator.Json;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>Every SCIM error the emulator produces, and the standard error body they are written as.</summary>
internal static class ScimErrors
{
    public static ScimException MissingUserAgent() => new(400, "The User-Agent header is required for SCIM requests.");

    public static ScimException Unauthorized(string detail) => new(401, detail);

    public static ScimException Forbidden(string detail) => new(403, detail);

    public static ScimException MissingPermission(string permission) =>
        Forbidden($"The integration lacks the \"{EmulatorPermissions.DisplayName(permission)}\" permission ({permission}).");

    public static ScimException ReadOnlyMode() =>
        Forbidden("Workplace is read-only: this community no longer accepts changes, only reads and exports.");

    public static ScimException NotFound(string what) => new(404, what + " not found.");

    public static ScimException InvalidFilter(string detail) => new(400, detail, "invalidFilter");

    public static ScimException InvalidSyntax(string detail) => new(400, detail, "invalidSyntax");

    public static ScimException InvalidValue(string detail) => new(400, detail, "invalidValue");

    public static ScimException InvalidPath(string path) => new(400, $"The path '{path}' is not a supported attribute.", "invalidPath");

    /// <summary>
    /// An email outside the community's verified domains. Entra's provisioning logs show Workplace's code 1789003
    /// for it; the body is the standard SCIM error with that code in the detail.
    /// </summary>
    public static ScimException UnverifiedDomain(string email, IReadOnlyList<string> verified) =>
        new(400, $"(#{UnverifiedDomainCode}) The email domain of {email} is not a verified domain of this community (verified: {string.Join(", ", verified)}).",
            "invalidValue");

    public const int UnverifiedDomainCode = 1789003;

    public static ScimException Uniqueness(string detail) => new(409, detail, "uniqueness");

    public static ScimException MethodNotAllowed(string method) => new(405, $"The {method} method is not supported on this resource.");

    public static ScimException Throttled(TimeSpan retryAfter) =>
        new(429, "Too many requests; retry later.")
        {
            Headers = [new("Retry-After", Math.Max(0, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture))],
        };

    public static ScimException ServerError(bool unavailable) => unavailable
        ? new ScimException(503, "The service is temporarily unavailable; retry later.")
        : new ScimException(500, "An unknown error occurred.");

    public static ReadOnlyMemory<byte> Body(ScimException error) => JsonBody.Write(error, static (w, e) =>
    {
        w.WriteStartObject();
        w.WriteStartArray("schemas");
        w.WriteStringValue(ScimUrns.Error);
        w.WriteEndArray();
        w.WriteString("status", e.Status.ToString(CultureInfo.InvariantCulture));
        if (e.ScimType is not null)
        {
            w.WriteString("scimType", e.ScimType);
        }
        w.WriteString("detail", e.Message);
        w.WriteEndObject();
    }, sizeHint: 512);
}
