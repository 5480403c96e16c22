namespace WorkplaceAdmin.Client.Models;

/// <summary>
/// One change or chat event of a webhook delivery (workplace-api.md §7.4): an item of <c>entry[].changes[]</c> or
/// <c>entry[].messaging[]</c>, with the ids the payload carries. Values a payload lacks are null.
/// </summary>
public sealed class WorkplaceWebhookEvent
{
    /// <summary>The id of the entry: the group, the bot's page, the user or the community the event is about.</summary>
    public string EntryId { get; init; } = "";

    /// <summary>page, group, user, workplace_security or link.</summary>
    public string Object { get; init; } = "";

    /// <summary>posts, comments, membership, messages, admin_activity, …</summary>
    public string Field { get; init; } = "";

    /// <summary>add, edit, remove, delete…; the event name of security events; null for chat events.</summary>
    public string? Verb { get; init; }

    public string? PostId { get; init; }
    public string? CommentId { get; init; }
    public string? ThreadId { get; init; }
    public string? MessageId { get; init; }

    /// <summary>The person a membership or security event is about.</summary>
    public string? MemberId { get; init; }

    /// <summary>The text of the post, comment or chat message.</summary>
    public string? Message { get; init; }

    public string? SenderId { get; init; }
    public string? SenderName { get; init; }
    public DateTimeOffset? Time { get; init; }

    /// <summary>The change's value (or the chat event) as the JSON text that was delivered.</summary>
    public string? RawValue { get; init; }

    public override string ToString() => $"{Object}/{Field} {Verb} {PostId ?? CommentId ?? MessageId ?? MemberId ?? EntryId}".TrimEnd();
}
