using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Knowledge;

/// <summary>Reads Knowledge Library categories from Graph JSON.</summary>
internal static class KnowledgeCategoryJson
{
    /// <summary>
    /// The fields read. Meta documents <c>read_audience</c> only as "JSON"; it is read as
    /// <c>{everyone, groups:[{id,name}]}</c>, and anything else leaves the audience unknown rather than failing the read.
    /// </summary>
    public static readonly GraphFields Fields = GraphFields.Of("id", "title", "content", "status", "read_audience", "last_updated")
        .With("last_editor", "id", "name");

    public static WorkplaceKnowledgeCategory Read(JsonElement json, string? parentId, int depth)
    {
        var audience = json.Property("read_audience");
        var editor = json.Property("last_editor");
        return new WorkplaceKnowledgeCategory
        {
            Id = json.String("id") ?? "",
            Title = json.String("title"),
            Status = json.String("status"),
            ParentId = parentId,
            Depth = depth,
            Content = json.String("content"),
            ReadableByEveryone = audience is { ValueKind: JsonValueKind.Object } a ? a.Bool("everyone") : null,
            ReadAudienceGroups = GroupNames(audience),
            LastEditorId = editor?.String("id"),
            LastEditorName = editor?.String("name"),
            LastUpdated = json.DateTime("last_updated"),
        };
    }

    private static string[] GroupNames(JsonElement? audience)
    {
        if (audience is not { ValueKind: JsonValueKind.Object } a || a.Property("groups") is not { ValueKind: JsonValueKind.Array } groups)
            return [];
        return groups.EnumerateArray().Select(g => g.String("name") ?? g.String("id")).OfType<string>().ToArray();
    }
}
