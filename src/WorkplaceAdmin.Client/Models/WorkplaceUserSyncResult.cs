namespace WorkplaceAdmin.Client.Models;

/// <summary>One person's line of a Sync-WorkplaceUser run.</summary>
public sealed record WorkplaceUserSyncResult
{
    /// <summary>The account's id; null when it was not created.</summary>
    public string? Id { get; init; }

    public WorkplaceSyncAction Action { get; init; }
    public string? Email { get; init; }
    public string? ExternalId { get; init; }
    public string? Name { get; init; }

    /// <summary>The fields written (Updated) or that differ; empty for the other actions.</summary>
    public IReadOnlyList<string> ChangedFields { get; init; } = [];

    /// <summary>Row of the desired list (1-based); null for people absent from it.</summary>
    public long? RowNumber { get; init; }

    /// <summary>Why it failed (Action Failed).</summary>
    public string? Error { get; init; }

    /// <summary>A remark on an action that did not fail, such as why an absent person was kept active (-Exclude).</summary>
    public string? Note { get; init; }

    public override string ToString() => $"{Action} {Email ?? ExternalId ?? Id}";
}
