using WorkplaceAdmin.Client.Errors;

namespace WorkplaceAdmin.Client;

/// <summary>
/// A stable error id, the name of a PowerShell ErrorCategory member (as text: this library does not
/// reference PowerShell) and, where one helps, what the user can do about it — so cmdlets build
/// ErrorRecords the same way everywhere.
/// </summary>
public sealed record WorkplaceErrorInfo(string ErrorId, string Category, string? RecommendedAction = null);

/// <summary>Maps exceptions to <see cref="WorkplaceErrorInfo"/>.</summary>
public static class WorkplaceErrorClassifier
{
    public static WorkplaceErrorInfo Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            IWorkplaceClassifiedError classified => classified.ErrorInfo,
            WorkplaceApiException api => FromKind(api),
            ArgumentException => new("Workplace.InvalidArgument", "InvalidArgument"),
            // An input file the client cannot read (a CSV with an unclosed quote or no known column).
            FormatException => new("Workplace.InvalidData", "InvalidData"),
            // A lookup the caller asked for that found nothing, decided on this side (e.g. a group name).
            KeyNotFoundException => new("Workplace.NotFound", "ObjectNotFound"),
            OperationCanceledException => new("Workplace.Canceled", "OperationStopped"),
            TimeoutException => new("Workplace.Timeout", "OperationTimeout", CheckNetwork),
            // A local file (a CSV to read, a folder to write to) is not the network: checked before IOException.
            FileNotFoundException or DirectoryNotFoundException => new("Workplace.FileNotFound", "ObjectNotFound", CheckPath),
            UnauthorizedAccessException => new("Workplace.FileAccessDenied", "PermissionDenied", CheckFileAccess),
            HttpRequestException http when ConnectionRefusal.IsIn(http) => new("Workplace.Transport", "ConnectionError", CheckAddress),
            PathTooLongException => new("Workplace.FileError", "InvalidArgument", CheckPath),
            HttpRequestException or IOException => new("Workplace.Transport", "ConnectionError", CheckNetwork),
            ObjectDisposedException => new("Workplace.Disconnected", "InvalidOperation", "Connect again with Connect-Workplace."),
            InvalidOperationException => new("Workplace.InvalidOperation", "InvalidOperation"),
            _ => new("Workplace.Unexpected", "NotSpecified"),
        };
    }

    private const string CheckNetwork =
        "Check that this machine reaches the Workplace API (proxy, firewall, DNS), then try again.";

    private const string CheckAddress =
        "Nothing accepted the connection at that address: check the host and port of -GraphUri and -ScimUri (for an emulator server on this machine, that it is running).";

    private const string CheckPath =
        "Check the path (Test-Path), relative to the current location of PowerShell.";

    private const string CheckFileAccess =
        "Check that the file or folder may be read and written by this account, and that no other program locks it.";

    private static WorkplaceErrorInfo FromKind(WorkplaceApiException exception) => exception.Kind switch
    {
        WorkplaceErrorKind.Authentication => new("Workplace.Authentication", "AuthenticationError",
            "Check the access token (it stops working when an admin resets it or disables the integration) and the app secret, then run Connect-Workplace again."),
        WorkplaceErrorKind.PermissionDenied => new("Workplace.PermissionDenied", "PermissionDenied",
            "Give the integration the missing permission in Admin Panel > Integrations, or add it to the group."),
        WorkplaceErrorKind.NotFound => new("Workplace.NotFound", "ObjectNotFound",
            "Check the id, email or URL, and that the object is visible to this integration."),
        WorkplaceErrorKind.InvalidArgument => new("Workplace.InvalidArgument", "InvalidArgument"),
        WorkplaceErrorKind.Conflict => new("Workplace.Conflict", "ResourceExists"),
        WorkplaceErrorKind.PreconditionFailed => new("Workplace.PreconditionFailed", "InvalidOperation"),
        WorkplaceErrorKind.Throttled => new("Workplace.Throttled", "LimitsExceeded",
            "The integration hit a rate limit. Wait a few minutes, or lower the concurrency of bulk work, then try again."),
        WorkplaceErrorKind.ServiceUnavailable => new("Workplace.ServiceUnavailable", "ResourceUnavailable",
            "Try again later. If it persists, give Meta support the fbtrace_id."),
        WorkplaceErrorKind.ReadOnly => new("Workplace.ReadOnly", "InvalidOperation",
            "The community is read-only (Workplace's final phase): data can be read and exported, not changed."),
        WorkplaceErrorKind.Transport => new("Workplace.Transport", "ConnectionError", ConnectionRefusal.IsIn(exception) ? CheckAddress : CheckNetwork),
        // A success status with an unusable body: the response could not be read.
        _ when exception.HttpStatus is >= 200 and <= 299 => new("Workplace.InvalidResponse", "ReadError"),
        // No response at all, yet not a transport failure: the client refused what the server sent.
        _ when exception.HttpStatus == 0 => new("Workplace.InvalidResponse", "InvalidResult"),
        _ => new("Workplace.Unknown", "NotSpecified"),
    };
}
