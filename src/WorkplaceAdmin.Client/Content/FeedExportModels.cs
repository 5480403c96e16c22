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

    /// <summary>Attachment files saved (post and comment media), their total size, and those that could not be saved.</summary>
    public long Attachments { get; init; }
    public long AttachmentBytes { get; init; }
    public long AttachmentsFailed { get; init; }

    /// <summary>The folder of the attachment files and the manifest listing them; null with -SkipAttachments.</summary>
    public string? AttachmentsPath { get; init; }
    public string? ManifestPath { get; init; }
    public TimeSpan Duration { get; init; }

    public override string ToString() => $"{GroupId}: {Posts} posts, {Comments} comments, {Replies} replies, {Attachments} attachments → {Path}";
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
    public long Attachments { get; init; }
    public long Bytes { get; init; }
}

/// <summary>An attachment a backup could not save; the export goes on and the manifest records it as failed.</summary>
public sealed class AttachmentFailure
{
    public string OwnerId { get; init; } = "";
    public string MediaId { get; init; } = "";

    /// <summary>The media link without its signature.</summary>
    public string Url { get; init; } = "";
    public string Message { get; init; } = "";

    public override string ToString() => $"Attachment {MediaId} of {OwnerId} was not saved: {Message}";
}
