namespace WorkplaceAdmin.Client.Models;

/// <summary>How a group's export ended.</summary>
public enum FeedExportStatus
{
    /// <summary>Exported to the end in this run (from the start, or resumed from a checkpoint).</summary>
    Completed,
    /// <summary>A previous run had already finished it; nothing was requested.</summary>
    AlreadyComplete,
}

/// <summary>The counts of one group's export, reported when it ends.</summary>
public sealed class GroupFeedExportResult
{
    public string GroupId { get; init; } = "";
    public string? GroupName { get; init; }

    /// <summary>The JSON Lines file: one record per line, each post followed by its comments and their replies.</summary>
    public string Path { get; init; } = "";
    public FeedExportStatus Status { get; init; }
    public long Posts { get; init; }
    public long Comments { get; init; }
    public long Replies { get; init; }

    /// <summary>Posts that an earlier, interrupted run had written and this run kept.</summary>
    public long ResumedPosts { get; init; }
    public long Bytes { get; init; }
    public TimeSpan Duration { get; init; }

    public override string ToString() => $"{GroupId}: {Posts} posts, {Comments} comments, {Replies} replies → {Path}";
}

/// <summary>Where an export stands, reported after each post.</summary>
public sealed class FeedExportProgress
{
    public string GroupId { get; init; } = "";

    /// <summary>1-based position of the group among those exported.</summary>
    public int GroupNumber { get; init; }
    public int GroupCount { get; init; }
    public long Posts { get; init; }
    public long Comments { get; init; }
    public long Replies { get; init; }
    public long Bytes { get; init; }
}
