using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>Which Graph fields make a <see cref="WorkplaceChatMessage"/> (workplace-api.md §4.2), and how to read them.</summary>
internal static class ChatJson
{
    public static readonly GraphFields MessageFields = GraphFields
        .Of("id", "message", "created_time", "attachments")
        .With("from", "id", "name", "email")
        .With("to", "id");

    public static WorkplaceChatMessage ReadMessage(JsonElement json, string? threadKey, string? viewerId)
    {
        var from = json.Property("from");
        return new WorkplaceChatMessage
        {
            Id = json.String("id") ?? "",
            ThreadKey = threadKey,
            Message = json.String("message"),
            FromId = from?.String("id"),
            FromName = from?.String("name"),
            FromEmail = from?.String("email"),
            ToIds = Names(json.Property("to"), "id"),
            CreatedTime = json.DateTime("created_time"),
            Attachments = Names(json.Property("attachments"), "name"),
            ViewerId = viewerId,
        };
    }

    /// <summary>The given property of each item of a {data:[…]} list (or a bare array).</summary>
    private static IReadOnlyList<string> Names(JsonElement? list, string property)
    {
        if (list?.ValueKind == JsonValueKind.Object)
            list = list.Value.Property("data");
        if (list?.ValueKind != JsonValueKind.Array)
            return [];
        return list.Value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => i.String(property)).OfType<string>().ToArray();
    }
}
