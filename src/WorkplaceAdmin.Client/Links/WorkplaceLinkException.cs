using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// A link operation that cannot go on: a check that failed (token, group, permission), a duplicate or unknown
/// name, a missing secret. Its message says what is wrong and how to fix it; it never contains a secret.
/// </summary>
public sealed class WorkplaceLinkException : Exception, IWorkplaceClassifiedError
{
    public WorkplaceLinkException(string errorId, string message, IReadOnlyList<WorkplaceLinkCheck>? checks = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorId = errorId;
        Checks = checks ?? [];
    }

    public string ErrorId { get; }

    /// <summary>Every check that ran, when the failure came from verification; empty otherwise.</summary>
    public IReadOnlyList<WorkplaceLinkCheck> Checks { get; }

    public WorkplaceErrorInfo ErrorInfo => new(ErrorId, LinkErrorIds.CategoryOf(ErrorId), RecommendedAction);

    private string? RecommendedAction => ErrorId switch
    {
        LinkErrorIds.PermissionMissing => "Add the missing permission to the integration in Admin Panel > Integrations, then run the command again.",
        LinkErrorIds.TokenRejected => "Create a new access token for the integration (Admin Panel > Integrations) and make the link again.",
        LinkErrorIds.GroupNotVisible => "Check the group id (the number after /groups/ in its URL) and that the integration was added to the group.",
        LinkErrorIds.NotFound => "Get-WorkplaceLink lists the saved links.",
        _ => null,
    };
}
