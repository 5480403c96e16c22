using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Mapping;

/// <summary>Which Graph fields make a <see cref="WorkplaceGroup"/>, and how to read them.</summary>
internal static class GroupJson
{
    public static readonly GraphFields Fields = GraphFields
        .Of("id", "name", "description", "privacy", "purpose", "post_permissions", "join_setting",
            "archived", "is_workplace_default", "updated_time", "parent") // parent is {id,name}, without sub-fields
        .With("owner", "id", "name")
        .With("members", limit: 0, summary: true);

    /// <summary>
    /// The group fields plus the newest post's time, read with the group itself (<c>feed.limit(1){created_time}</c>),
    /// so a page of groups with their last activity costs one request, not one per group.
    /// </summary>
    public static readonly GraphFields FieldsWithLastActivity = Fields.With("feed", limit: 1, fields: GraphFields.Of("created_time"));

    public static WorkplaceGroup Read(JsonElement json)
    {
        var owner = json.Property("owner");
        return new WorkplaceGroup
        {
            Id = json.String("id") ?? "",
            Name = json.String("name"),
            Description = json.String("description"),
            Privacy = json.String("privacy"),
            Purpose = json.String("purpose"),
            PostPermissions = json.String("post_permissions"),
            // Older documentation spells it join_settings.
            JoinSetting = json.String("join_setting") ?? json.String("join_settings"),
            Archived = json.Bool("archived") ?? false,
            IsWorkplaceDefault = json.Bool("is_workplace_default") ?? false,
            UpdatedTime = json.DateTime("updated_time"),
            OwnerId = owner?.String("id"),
            OwnerName = owner?.String("name"),
            ParentId = json.Property("parent")?.String("id"),
            ParentName = json.Property("parent")?.String("name"),
            LastPostTime = LastPostTime(json),
            MemberCount = json.Property("members")?.Property("summary")?.Int("total_count"),
            Url = GroupUrl(json),
        };
    }

    // Feeds are newest first; Graph leaves an empty feed out of the answer, so a group without posts reads null.
    private static DateTimeOffset? LastPostTime(JsonElement json) =>
        json.Property("feed")?.Property("data") is { ValueKind: JsonValueKind.Array } posts && posts.GetArrayLength() > 0
            ? posts[0].DateTime("created_time")
            : null;

    // Graph does not document a URL field for groups; use one only if the response carries a valid one.
    private static string? GroupUrl(JsonElement json)
    {
        var link = json.String("permalink_url") ?? json.String("link");
        return WorkplaceGroupReference.TryParseReference(link, out var reference) ? reference.Url : null;
    }
}
