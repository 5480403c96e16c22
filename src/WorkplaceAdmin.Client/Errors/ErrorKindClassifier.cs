namespace WorkplaceAdmin.Client.Errors;

/// <summary>
/// Maps the facts of an error to a <see cref="WorkplaceErrorKind"/>. The Graph code wins over the HTTP
/// status because Graph reports most errors as 400 whatever their cause.
/// </summary>
internal static class ErrorKindClassifier
{
    /// <summary>Graph codes that mean "rate limited": the server rejected the call before acting on it.</summary>
    internal const int ReadOnlySubcode = 2_000_001;

    public static bool IsThrottleCode(int? code) =>
        code is 4 or 17 or 32 or 341 or 613 or (>= 80001 and <= 80014);

    /// <summary>Graph codes for a temporary service failure (unknown error, service down).</summary>
    public static bool IsTransientServiceCode(int? code) => code is 1 or 2;

    public static WorkplaceErrorKind Classify(int httpStatus, int? code, int? subcode, bool isTransient, string? scimType, string? message)
    {
        var byCode = FromCode(code, subcode);
        if (byCode is not null)
            return byCode.Value;
        if (MentionsReadOnly(message))
            return WorkplaceErrorKind.ReadOnly;
        var byScimType = FromScimType(scimType);
        if (byScimType is not null)
            return byScimType.Value;
        var byStatus = FromStatus(httpStatus);
        if (byStatus is not null)
            return byStatus.Value;
        return isTransient ? WorkplaceErrorKind.ServiceUnavailable : WorkplaceErrorKind.Unknown;
    }

    private static WorkplaceErrorKind? FromCode(int? code, int? subcode) => code switch
    {
        null => null,
        190 or 102 or 104 => WorkplaceErrorKind.Authentication,
        // Workplace's read-only phase has no documented code; the emulator reports it as 200 with this subcode.
        200 when subcode == ReadOnlySubcode => WorkplaceErrorKind.ReadOnly,
        _ when IsThrottleCode(code) => WorkplaceErrorKind.Throttled,
        368 => WorkplaceErrorKind.Throttled,
        _ when IsTransientServiceCode(code) => WorkplaceErrorKind.ServiceUnavailable,
        3 or 10 or (>= 200 and <= 299) => WorkplaceErrorKind.PermissionDenied,
        803 => WorkplaceErrorKind.NotFound,
        // "Unsupported get request. Object with ID … does not exist" is code 100, subcode 33.
        100 when subcode == 33 => WorkplaceErrorKind.NotFound,
        100 => WorkplaceErrorKind.InvalidArgument,
        506 => WorkplaceErrorKind.Conflict,
        _ => null,
    };

    // Failing a known code, a message that says so marks the read-only phase (from September 2025).
    private static bool MentionsReadOnly(string? message) =>
        message is not null &&
        (message.Contains("read-only", StringComparison.OrdinalIgnoreCase) ||
         message.Contains("read only", StringComparison.OrdinalIgnoreCase));

    private static WorkplaceErrorKind? FromScimType(string? scimType) => scimType switch
    {
        "uniqueness" => WorkplaceErrorKind.Conflict,
        "invalidFilter" or "invalidSyntax" or "invalidPath" or "invalidValue" or "noTarget" or "mutability" or "tooMany"
            => WorkplaceErrorKind.InvalidArgument,
        _ => null,
    };

    private static WorkplaceErrorKind? FromStatus(int status) => status switch
    {
        401 => WorkplaceErrorKind.Authentication,
        403 => WorkplaceErrorKind.PermissionDenied,
        404 or 410 => WorkplaceErrorKind.NotFound,
        409 => WorkplaceErrorKind.Conflict,
        412 => WorkplaceErrorKind.PreconditionFailed,
        429 => WorkplaceErrorKind.Throttled,
        400 or 405 or 413 or 414 or 415 or 422 => WorkplaceErrorKind.InvalidArgument,
        >= 500 and <= 599 => WorkplaceErrorKind.ServiceUnavailable,
        _ => null,
    };
}
