using Xunit;

namespace WorkplaceAdmin.Client.Tests.Errors;

public class ErrorClassifierTests
{
    public static TheoryData<Exception, string, string> Cases => new()
    {
        { new WorkplaceApiException("x") { HttpStatus = 400, Code = 190 }, "Workplace.Authentication", "AuthenticationError" },
        { new WorkplaceApiException("x") { HttpStatus = 403, Code = 200 }, "Workplace.PermissionDenied", "PermissionDenied" },
        { new WorkplaceApiException("x") { HttpStatus = 404 }, "Workplace.NotFound", "ObjectNotFound" },
        { new WorkplaceApiException("x") { HttpStatus = 400, Code = 100 }, "Workplace.InvalidArgument", "InvalidArgument" },
        { new WorkplaceApiException("x") { HttpStatus = 409 }, "Workplace.Conflict", "ResourceExists" },
        { new WorkplaceApiException("x") { HttpStatus = 412 }, "Workplace.PreconditionFailed", "InvalidOperation" },
        { new WorkplaceApiException("x") { HttpStatus = 400, Code = 613 }, "Workplace.Throttled", "LimitsExceeded" },
        { new WorkplaceApiException("x") { HttpStatus = 503 }, "Workplace.ServiceUnavailable", "ResourceUnavailable" },
        { new WorkplaceApiException("x") { HttpStatus = 403, ServerMessage = "The community is read-only" }, "Workplace.ReadOnly", "InvalidOperation" },
        { new WorkplaceApiException("x") { Kind = WorkplaceErrorKind.Transport }, "Workplace.Transport", "ConnectionError" },
        { new WorkplaceApiException("x") { HttpStatus = 200 }, "Workplace.InvalidResponse", "ReadError" },
        { new WorkplaceApiException("x") { HttpStatus = 0 }, "Workplace.InvalidResponse", "InvalidResult" },
        { new WorkplaceApiException("x") { HttpStatus = 418 }, "Workplace.Unknown", "NotSpecified" },
        { new ArgumentException("x"), "Workplace.InvalidArgument", "InvalidArgument" },
        { new KeyNotFoundException("No group named x"), "Workplace.NotFound", "ObjectNotFound" },
        { new ArgumentNullException("x"), "Workplace.InvalidArgument", "InvalidArgument" },
        { new OperationCanceledException(), "Workplace.Canceled", "OperationStopped" },
        { new TaskCanceledException(), "Workplace.Canceled", "OperationStopped" },
        { new TimeoutException(), "Workplace.Timeout", "OperationTimeout" },
        { new HttpRequestException("x"), "Workplace.Transport", "ConnectionError" },
        { new ObjectDisposedException("client"), "Workplace.Disconnected", "InvalidOperation" },
        { new InvalidOperationException(), "Workplace.InvalidOperation", "InvalidOperation" },
        { new NotSupportedException(), "Workplace.Unexpected", "NotSpecified" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Maps_exceptions_to_stable_ids_and_powershell_category_names(Exception exception, string errorId, string category)
    {
        var info = WorkplaceErrorClassifier.Classify(exception);

        Assert.Equal((errorId, category), (info.ErrorId, info.Category));
    }

    [Fact]
    public void Errors_a_user_can_fix_carry_a_recommended_action()
    {
        Assert.Contains("permission", WorkplaceErrorClassifier.Classify(new WorkplaceApiException("x") { HttpStatus = 403, Code = 200 }).RecommendedAction);
        Assert.Contains("Connect-Workplace", WorkplaceErrorClassifier.Classify(new WorkplaceApiException("x") { HttpStatus = 400, Code = 190 }).RecommendedAction);
        Assert.Contains("fbtrace_id", WorkplaceErrorClassifier.Classify(new WorkplaceApiException("x") { HttpStatus = 503 }).RecommendedAction);
        Assert.Null(WorkplaceErrorClassifier.Classify(new ArgumentException("x")).RecommendedAction);
    }

    [Fact]
    public void Category_names_are_powershell_ErrorCategory_members()
    {
        // The ErrorCategory names of System.Management.Automation, copied: this library does not reference PowerShell.
        var known = new HashSet<string>
        {
            "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument", "InvalidData",
            "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented", "NotInstalled",
            "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError", "ParserError", "PermissionDenied",
            "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError", "WriteError", "FromStdErr",
            "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError", "LimitsExceeded", "QuotaExceeded",
            "NotEnabled",
        };

        foreach (var row in Cases)
            Assert.Contains((string)row[2], known);
    }
}
