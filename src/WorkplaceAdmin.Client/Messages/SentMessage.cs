namespace WorkplaceAdmin.Client.Messages;

/// <summary>What the Send API answered: recipient_id for a direct message, thread_key for a group chat or thread.</summary>
public sealed record SentMessage(string? RecipientId, string? ThreadKey, string? MessageId);
