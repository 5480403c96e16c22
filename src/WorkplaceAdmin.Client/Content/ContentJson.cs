using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Content;

/// <summary>Which Graph fields make a <see cref="WorkplacePost"/> or a <see cref="WorkplaceComment"/>, and how to read them.</summary>
internal static class ContentJson
{
    public static readonly GraphFields PostFields = GraphFields
        .Of("id", "message", "formatting", "link", "type", "created_time", "updated_time", "permalink_url", "message_tags")
        .With("from", "id", "name")
        .With("comments", limit: 0, summary: true);

    public static readonly GraphFields CommentFields = GraphFields
        .Of("id", "message", "created_time", "message_tags", "comment_count")
        .With("from", "id", "name");

    public static WorkplacePost ReadPost(JsonElement json, string? groupId = null)
    {
        var id = json.String("id") ?? "";
        var from = json.Property("from");
        return new WorkplacePost
        {
            Id = id,
            GroupId = groupId ?? GroupIdOf(id),
            Message = json.String("message"),
            Formatting = json.String("formatting"),
            LinkUrl = json.String("link"),
            Type = json.String("type"),
            FromId = from?.String("id"),
            FromName = from?.String("name"),
            CreatedTime = json.DateTime("created_time"),
            UpdatedTime = json.DateTime("updated_time"),
            PermalinkUrl = json.String("permalink_url"),
            MentionIds = MentionIds(json),
            CommentCount = json.Property("comments")?.Property("summary")?.Int("total_count"),
        };
    }

    public static WorkplaceComment ReadComment(JsonElement json, string postId, string? parentId)
    {
        var from = json.Property("from");
        return new WorkplaceComment
        {
            Id = json.String("id") ?? "",
            PostId = postId,
            ParentId = parentId,
            Message = json.String("message"),
            FromId = from?.String("id"),
            FromName = from?.String("name"),
            CreatedTime = json.DateTime("created_time"),
            MentionIds = MentionIds(json),
            ReplyCount = json.Int("comment_count"),
        };
    }

    /// <summary>"356_789" → "356"; a bare id gives "".</summary>
    public static string GroupIdOf(string postId)
    {
        var underscore = postId.IndexOf('_');
        return underscore > 0 ? postId[..underscore] : "";
    }

    private static IReadOnlyList<string> MentionIds(JsonElement json)
    {
        var tags = json.Property("message_tags");
        // Graph sends an array; some responses wrap lists as {"data":[…]}.
        if (tags?.ValueKind == JsonValueKind.Object)
            tags = tags.Value.Property("data");
        if (tags?.ValueKind != JsonValueKind.Array)
            return [];
        return tags.Value.EnumerateArray().Select(tag => tag.String("id")).OfType<string>().ToArray();
    }
}
