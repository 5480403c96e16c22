using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>Every check of a link, in order, and what they learned about its community and group.</summary>
public sealed class LinkVerification
{
    public required IReadOnlyList<WorkplaceLinkCheck> Checks { get; init; }
    public WorkplaceCommunity? Community { get; init; }
    public WorkplaceGroup? Group { get; init; }

    public bool Succeeded => Checks.All(check => check.Status != LinkCheckStatus.Failed);

    public IEnumerable<WorkplaceLinkCheck> Failures => Checks.Where(check => check.Status == LinkCheckStatus.Failed);

    /// <summary>The error that says which checks failed, naming each and what to do; null when all passed.</summary>
    public WorkplaceLinkException? ToException(string linkName, string consequence)
    {
        var failures = Failures.ToList();
        if (failures.Count == 0)
            return null;
        var details = string.Join(" ", failures.Select(f => f.Detail));
        return new WorkplaceLinkException(failures[0].ErrorId ?? LinkErrorIds.CheckFailed,
            $"Link '{linkName}': {consequence} {details}", Checks);
    }
}
