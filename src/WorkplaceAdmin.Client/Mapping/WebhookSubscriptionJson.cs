using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Mapping;

/// <summary>Reads an item of <c>GET /{app-id}/subscriptions</c>; fields come as objects ({name, version}) or plain names.</summary>
internal static class WebhookSubscriptionJson
{
    public static WorkplaceWebhookSubscription Read(string appId, JsonElement json) => new()
    {
        AppId = appId,
        Object = json.String("object") ?? "",
        CallbackUrl = json.String("callback_url"),
        Active = json.Bool("active") ?? true,
        IncludeValues = json.Bool("include_values"),
        Fields = FieldNames(json.Property("fields")),
    };

    private static string[] FieldNames(JsonElement? fields)
    {
        if (fields is not { ValueKind: JsonValueKind.Array } list)
            return [];
        return list.EnumerateArray()
            .Select(field => field.ValueKind == JsonValueKind.String ? field.GetString() : field.String("name"))
            .Where(name => !string.IsNullOrEmpty(name))
            .Select(name => name!)
            .ToArray();
    }
}
