namespace WorkplaceAdmin.Client.Models;

/// <summary>
/// The outcome of one Work Chat send, for one recipient (or one group chat or thread): who it was for as given,
/// the person id it went to, and the message and thread ids the Send API answered; or why it failed.
/// </summary>
public sealed class WorkplaceMessageResult
{
    /// <summary>The recipient as given: a person id, an email, or the thread key.</summary>
    public string Recipient { get; init; } = "";

    /// <summary>The person id the message went to; null for a group chat or a thread.</summary>
    public string? RecipientId { get; init; }

    public string? MessageId { get; init; }

    /// <summary>The thread the message went to (t_…); the Send API reports it for group chats and threads.</summary>
    public string? ThreadKey { get; init; }

    /// <summary>Why the send failed; null when it succeeded.</summary>
    public string? Error { get; init; }

    public bool Succeeded => Error is null;

    /// <summary>Delivered or NotDelivered: a send whose answer was lost is settled by reading the conversation, never left at "maybe".</summary>
    public MessageDeliveryStatus Status => Error is null ? MessageDeliveryStatus.Delivered : MessageDeliveryStatus.NotDelivered;

    public override string ToString() => Error is null ? $"{Recipient}: {MessageId}" : $"{Recipient}: {Error}";
}
