namespace WorkplaceAdmin.Client.Models;

/// <summary>A comment on a post, or a reply to a comment (then <see cref="ParentId"/> is the comment replied to).</summary>
public sealed class WorkplaceComment
{
    public string Id { get; init; } = "";
    public string PostId { get; init; } = "";

    /// <summary>The comment this one replies to; null for a top-level comment.</summary>
    public string? ParentId { get; init; }
    public string? Message { get; init; }
    public string? FromId { get; init; }
    public string? FromName { get; init; }
    public DateTimeOffset? CreatedTime { get; init; }
    public IReadOnlyList<string> MentionIds { get; init; } = [];

    /// <summary>Replies to this comment, when the API reported the count.</summary>
    public int? ReplyCount { get; init; }

    public bool IsReply => ParentId is not null;

    public override string ToString() => $"{Id}: {Message}";
}
