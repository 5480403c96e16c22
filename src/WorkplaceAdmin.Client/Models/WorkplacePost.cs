namespace WorkplaceAdmin.Client.Models;

/// <summary>A post in a group's feed. Its id has the form "&lt;group-id&gt;_&lt;post-id&gt;".</summary>
public sealed class WorkplacePost
{
    public string Id { get; init; } = "";
    public string GroupId { get; init; } = "";
    public string? Message { get; init; }

    /// <summary>MARKDOWN or PLAINTEXT.</summary>
    public string? Formatting { get; init; }
    public string? LinkUrl { get; init; }

    /// <summary>status, link, photo, video.</summary>
    public string? Type { get; init; }
    public string? FromId { get; init; }
    public string? FromName { get; init; }
    public DateTimeOffset? CreatedTime { get; init; }
    public DateTimeOffset? UpdatedTime { get; init; }
    public string? PermalinkUrl { get; init; }

    /// <summary>Ids of the people and bots mentioned, in order.</summary>
    public IReadOnlyList<string> MentionIds { get; init; } = [];

    /// <summary>Top-level comments, when the API reported the count.</summary>
    public int? CommentCount { get; init; }

    public override string ToString() => $"{Id}: {Message}";
}
