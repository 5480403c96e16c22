namespace WorkplaceAdmin.Client.Models;

/// <summary>
/// The engagement of one post as flat, typed data (one CSV row per post with Export-Csv): who could see it (the group's
/// members), how many saw it, reactions by type, shares and comments.
/// </summary>
public sealed class WorkplacePostEngagement
{
    public string PostId { get; init; } = "";
    public string GroupId { get; init; } = "";
    public string? GroupName { get; init; }
    public DateTimeOffset? CreatedTime { get; init; }
    public string? FromId { get; init; }
    public string? FromName { get; init; }
    public string? Message { get; init; }
    public string? PermalinkUrl { get; init; }

    /// <summary>People who saw the post (Graph's seen edge).</summary>
    public int SeenCount { get; init; }

    /// <summary>Members of the group when the post was read; null when the integration cannot count them.</summary>
    public int? GroupMemberCount { get; init; }

    /// <summary>SeenCount as a percentage of GroupMemberCount, one decimal (the "reach" of Meta's campaign report).</summary>
    public double? SeenPercent => GroupMemberCount is > 0 ? Math.Round(SeenCount * 100.0 / GroupMemberCount.Value, 1) : null;

    /// <summary>All reactions, the sum of the types below.</summary>
    public int ReactionCount => LikeCount + LoveCount + CareCount + HahaCount + WowCount + SadCount + AngryCount;
    public int LikeCount { get; init; }
    public int LoveCount { get; init; }
    public int CareCount { get; init; }
    public int HahaCount { get; init; }
    public int WowCount { get; init; }
    public int SadCount { get; init; }
    public int AngryCount { get; init; }

    /// <summary>Times the post was shared (Graph leaves shares out when nobody shared: then 0).</summary>
    public int ShareCount { get; init; }

    /// <summary>Top-level comments (replies not included).</summary>
    public int CommentCount { get; init; }

    public override string ToString() => $"{PostId}: {SeenCount} seen, {ReactionCount} reactions, {CommentCount} comments, {ShareCount} shares";
}
