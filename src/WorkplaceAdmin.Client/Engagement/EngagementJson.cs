using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Engagement;

/// <summary>
/// The fields that give a post's engagement in the same request as the post (so a feed page of 100 posts with their
/// counts is one request): a summary per reaction type under an alias, the seen and comment summaries, and shares.
/// </summary>
internal static class EngagementJson
{
    /// <summary>Workplace's reaction types (CARE included), in the order of the model's columns.</summary>
    public static readonly string[] ReactionTypes = ["LIKE", "LOVE", "CARE", "HAHA", "WOW", "SAD", "ANGRY"];

    public static readonly GraphFields PostFields = ReactionTypes.Aggregate(
        GraphFields.Of("id", "created_time", "message", "permalink_url", "shares")
            .With("from", "id", "name")
            .With("seen", limit: 0, summary: true)
            .With("comments", limit: 0, summary: true),
        (fields, type) => fields.With("reactions", limit: 0, summary: true, type: type, alias: AliasOf(type)));

    public static readonly GraphFields ViewerFields = GraphFields.Of("id", "name", "seen_time");

    public static WorkplacePostEngagement ReadPost(JsonElement json, WorkplaceGroup? group)
    {
        var id = json.String("id") ?? "";
        var from = json.Property("from");
        int Reactions(string type) => TotalOf(json, AliasOf(type));
        return new WorkplacePostEngagement
        {
            PostId = id,
            GroupId = group?.Id ?? Content.ContentJson.GroupIdOf(id),
            GroupName = group?.Name,
            GroupMemberCount = group?.MemberCount,
            CreatedTime = json.DateTime("created_time"),
            FromId = from?.String("id"),
            FromName = from?.String("name"),
            Message = json.String("message"),
            PermalinkUrl = json.String("permalink_url"),
            SeenCount = TotalOf(json, "seen"),
            CommentCount = TotalOf(json, "comments"),
            ShareCount = json.Property("shares")?.Int("count") ?? 0,
            LikeCount = Reactions("LIKE"),
            LoveCount = Reactions("LOVE"),
            CareCount = Reactions("CARE"),
            HahaCount = Reactions("HAHA"),
            WowCount = Reactions("WOW"),
            SadCount = Reactions("SAD"),
            AngryCount = Reactions("ANGRY"),
        };
    }

    public static WorkplacePostViewer ReadViewer(JsonElement json, string postId) => new()
    {
        PostId = postId,
        Id = json.String("id") ?? "",
        Name = json.String("name"),
        SeenTime = json.DateTime("seen_time"),
    };

    private static string AliasOf(string type) => "reactions_" + type.ToLowerInvariant();

    // An edge asked with a summary always answers one; a missing one (an older Graph) counts as none.
    private static int TotalOf(JsonElement json, string edge) => json.Property(edge)?.Property("summary")?.Int("total_count") ?? 0;
}
