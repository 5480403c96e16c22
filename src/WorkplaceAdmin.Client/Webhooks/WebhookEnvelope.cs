using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>
/// Reads a webhook delivery (workplace-api.md §7.4): <c>{"object", "entry":[{"id","time","changes":[…],"messaging":[…]}]}</c>
/// into one <see cref="WorkplaceWebhookEvent"/> per change and per chat event, in delivery order.
/// </summary>
public static class WebhookEnvelope
{
    /// <exception cref="FormatException">The body is not JSON, or has no "object" and "entry" array.</exception>
    public static IReadOnlyList<WorkplaceWebhookEvent> Parse(ReadOnlySpan<byte> body)
    {
        using var document = Open(body);
        var root = document.RootElement;
        var topic = root.String("object");
        if (topic is null || root.Property("entry") is not { ValueKind: JsonValueKind.Array } entries)
            throw new FormatException("The body is not a webhook envelope: it needs an \"object\" and an \"entry\" array.");
        var events = new List<WorkplaceWebhookEvent>();
        foreach (var entry in entries.EnumerateArray())
        {
            var entryId = entry.String("id") ?? "";
            var entryTime = entry.DateTime("time");
            if (entry.Property("changes") is { ValueKind: JsonValueKind.Array } changes)
                events.AddRange(changes.EnumerateArray().Select(change => FromChange(topic, entryId, entryTime, change)));
            if (entry.Property("messaging") is { ValueKind: JsonValueKind.Array } messaging)
                events.AddRange(messaging.EnumerateArray().Select(item => FromMessaging(topic, entryId, entryTime, item)));
        }
        return events;
    }

    /// <summary>The topic and first entry id of a body, when it is an envelope; nulls otherwise (never throws).</summary>
    public static (string? Object, string? EntryId) Describe(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = Open(body);
            var root = document.RootElement;
            var first = root.Property("entry") is { ValueKind: JsonValueKind.Array } entries ? entries.EnumerateArray().FirstOrDefault() : default;
            return (root.String("object"), first.ValueKind == JsonValueKind.Object ? first.String("id") : null);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    private static JsonDocument Open(ReadOnlySpan<byte> body)
    {
        try
        {
            var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind == JsonValueKind.Object)
                return document;
            document.Dispose();
        }
        catch (JsonException)
        {
            // Reported below, without the parser's position details.
        }
        throw new FormatException("The body is not a JSON object.");
    }

    private static WorkplaceWebhookEvent FromChange(string topic, string entryId, DateTimeOffset? entryTime, JsonElement change)
    {
        var value = change.Property("value");
        var from = value?.Property("from") ?? value?.Property("sender");
        return new WorkplaceWebhookEvent
        {
            EntryId = entryId,
            Object = topic,
            Field = change.String("field") ?? "",
            Verb = value?.String("verb") ?? value?.String("event"),
            PostId = value?.String("post_id"),
            CommentId = value?.String("comment_id"),
            ThreadId = value?.String("thread_id") ?? value?.Property("thread")?.String("id"),
            MessageId = value?.String("message_id"),
            MemberId = value?.Property("member")?.String("id") ?? value?.String("target_id"),
            Message = value?.String("message"),
            SenderId = from?.String("id"),
            SenderName = from?.String("name"),
            Time = value?.DateTime("created_time") ?? entryTime,
            RawValue = value?.GetRawText(),
        };
    }

    private static WorkplaceWebhookEvent FromMessaging(string topic, string entryId, DateTimeOffset? entryTime, JsonElement item)
    {
        var message = item.Property("message");
        var postback = item.Property("postback");
        return new WorkplaceWebhookEvent
        {
            EntryId = entryId,
            Object = topic,
            Field = MessagingField(item),
            ThreadId = item.Property("thread")?.String("id") ?? item.Property("recipient")?.String("thread_key"),
            MessageId = message?.String("mid"),
            Message = message?.String("text") ?? postback?.String("title"),
            SenderId = item.Property("sender")?.String("id"),
            SenderName = item.Property("sender")?.String("name"),
            Time = MillisecondsTime(item) ?? entryTime,
            RawValue = item.GetRawText(),
        };
    }

    // Chat events name their kind by the key they carry, not by a field.
    private static string MessagingField(JsonElement item) =>
        item.Property("message") is not null ? "messages"
        : item.Property("postback") is not null ? "messaging_postbacks"
        : item.Property("delivery") is not null ? "message_deliveries"
        : item.Property("read") is not null ? "message_reads"
        : item.Property("optin") is not null ? "messaging_optins"
        : "messaging";

    private static DateTimeOffset? MillisecondsTime(JsonElement item) =>
        item.Property("timestamp") is { ValueKind: JsonValueKind.Number } stamp && stamp.TryGetInt64(out var ms) && ms is > 0 and < 253402300799000
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
}
