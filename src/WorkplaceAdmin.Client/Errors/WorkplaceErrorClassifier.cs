namespace WorkplaceAdmin.Client;

/// <summary>
/// A stable error id and the name of a PowerShell ErrorCategory member (as text: this library does not
/// reference PowerShell) for a failure, so cmdlets build ErrorRecords the same way everywhere.
/// </summary>
public sealed record WorkplaceErrorInfo(string ErrorId, string Category);

/// <summary>Maps exceptions to <see cref="WorkplaceErrorInfo"/>.</summary>
public static class WorkplaceErrorClassifier
{
    public static WorkplaceErrorInfo Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            WorkplaceApiException api => FromKind(api),
            ArgumentException => new("Workplace.InvalidArgument", "InvalidArgument"),
            // A lookup the caller asked for that found nothing, decided on this side (e.g. a group name).
            KeyNotFoundException => new("Workplace.NotFound", "ObjectNotFound"),
            OperationCanceledException => new("Workplace.Canceled", "OperationStopped"),
            TimeoutException => new("Workplace.Timeout", "OperationTimeout"),
            HttpRequestException or IOException => new("Workplace.Transport", "ConnectionError"),
            ObjectDisposedException => new("Workplace.Disconnected", "InvalidOperation"),
            InvalidOperationException => new("Workplace.InvalidOperation", "InvalidOperation"),
            _ => new("Workplace.Unexpected", "NotSpecified"),
        };
    }

    private static WorkplaceErrorInfo FromKind(WorkplaceApiException exception) => exception.Kind switch
    {
        WorkplaceErrorKind.Authentication => new("Workplace.Authentication", "AuthenticationError"),
        WorkplaceErrorKind.PermissionDenied => new("Workplace.PermissionDenied", "PermissionDenied"),
        WorkplaceErrorKind.NotFound => new("Workplace.NotFound", "ObjectNotFound"),
        WorkplaceErrorKind.InvalidArgument => new("Workplace.InvalidArgument", "InvalidArgument"),
        WorkplaceErrorKind.Conflict => new("Workplace.Conflict", "ResourceExists"),
        WorkplaceErrorKind.PreconditionFailed => new("Workplace.PreconditionFailed", "InvalidOperation"),
        WorkplaceErrorKind.Throttled => new("Workplace.Throttled", "LimitsExceeded"),
        WorkplaceErrorKind.ServiceUnavailable => new("Workplace.ServiceUnavailable", "ResourceUnavailable"),
        WorkplaceErrorKind.ReadOnly => new("Workplace.ReadOnly", "InvalidOperation"),
        WorkplaceErrorKind.Transport => new("Workplace.Transport", "ConnectionError"),
        // A success status with an unusable body: the response could not be read.
        _ when exception.HttpStatus is >= 200 and <= 299 => new("Workplace.InvalidResponse", "ReadError"),
        // No response at all, yet not a transport failure: the client refused what the server sent.
        _ when exception.HttpStatus == 0 => new("Workplace.InvalidResponse", "InvalidResult"),
        _ => new("Workplace.Unknown", "NotSpecified"),
    };
}
