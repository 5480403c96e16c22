namespace WorkplaceAdmin.Client.Models;

/// <summary>What happened to one record of a backup during a restore.</summary>
public enum FeedImportStatus
{
    /// <summary>Posted in this run.</summary>
    Created,
    /// <summary>An earlier run had posted it (found by its restore mark in the target group); nothing was sent.</summary>
    AlreadyImported,
    /// <summary>Not posted: -WhatIf, a declined confirmation, or its post or comment was not restored.</summary>
    Skipped,
    /// <summary>The request failed; a later run posts it.</summary>
    Failed,
}

/// <summary>One post, comment or reply of a backup and where it was restored.</summary>
public sealed class GroupFeedImportResult
{
    /// <summary>The id of the record in the backup (the source community).</summary>
    public string SourceId { get; init; } = "";

    /// <summary>post, comment or reply.</summary>
    public string Record { get; init; } = "";
    public FeedImportStatus Status { get; init; }

    /// <summary>The id of the restored post or comment in the target group; null when it was not restored.</summary>
    public string? TargetId { get; init; }
    public string TargetGroupId { get; init; } = "";
    public string? FromName { get; init; }
    public DateTimeOffset? CreatedTime { get; init; }

    /// <summary>Why the record was skipped or failed.</summary>
    public string? Message { get; init; }

    public override string ToString() => $"{Record} {SourceId}: {Status}{(TargetId is null ? "" : " → " + TargetId)}";
}
