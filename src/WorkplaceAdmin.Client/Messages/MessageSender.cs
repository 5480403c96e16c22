using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>
/// Sends Work Chat messages to recipients as given (ids or emails), resolving emails through one shared
/// <see cref="PersonIdResolver"/>, and shapes the outcome as <see cref="WorkplaceMessageResult"/>s: delivered or not
/// delivered, never "maybe". A send whose outcome is unknown (a lost answer, a 5xx) is settled by reading the
/// conversation (<see cref="DeliveryCheck"/>), and sent again only when the message is not there.
/// </summary>
public sealed class MessageSender
{
    private readonly WorkplaceClient client;
    private readonly PersonIdResolver resolver;
    private readonly DeliveryCheck deliveries;

    public MessageSender(WorkplaceClient client, PersonIdResolver resolver)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        deliveries = new DeliveryCheck(client);
    }

    public MessageSender(WorkplaceClient client, CancellationToken lifetime = default)
        : this(client, new PersonIdResolver(client, lifetime))
    {
    }

    /// <summary>One direct message from the bot to one person. Throws on failure (the bulk runner reports it for this recipient only).</summary>
    public async Task<WorkplaceMessageResult> SendDirectAsync(string recipient, string text, CancellationToken ct = default)
    {
        MessageText.Validate(text);
        var personId = await resolver.ResolveAsync(recipient, ct).ConfigureAwait(false);
        var sent = await SendCheckedAsync(MessageTarget.Person(personId), text, ct).ConfigureAwait(false);
        return new WorkplaceMessageResult
        {
            Recipient = recipient.Trim(),
            RecipientId = sent.RecipientId ?? personId,
            MessageId = sent.MessageId,
            ThreadKey = sent.ThreadKey,
        };
    }

    /// <summary>
    /// One message to several people together: a NEW group thread on every call, even for the same people. Every
    /// recipient must resolve first; if one does not, nothing is sent.
    /// </summary>
    public async Task<WorkplaceMessageResult> SendGroupChatAsync(IReadOnlyCollection<string> recipients, string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        MessageText.Validate(text);
        var ids = await Task.WhenAll(recipients.Select(r => resolver.ResolveAsync(r, ct))).ConfigureAwait(false);
        var sent = await SendCheckedAsync(MessageTarget.GroupChat(ids), text, ct).ConfigureAwait(false);
        return new WorkplaceMessageResult
        {
            Recipient = string.Join(", ", recipients.Select(r => r.Trim())),
            MessageId = sent.MessageId,
            ThreadKey = sent.ThreadKey,
        };
    }

    /// <summary>One message into an existing thread (its participants see it).</summary>
    public async Task<WorkplaceMessageResult> SendToThreadAsync(string threadKey, string text, CancellationToken ct = default)
    {
        MessageText.Validate(text);
        var target = MessageTarget.Thread(threadKey);
        var sent = await SendCheckedAsync(target, text, ct).ConfigureAwait(false);
        return new WorkplaceMessageResult
        {
            Recipient = ThreadKey.Normalize(threadKey),
            MessageId = sent.MessageId,
            ThreadKey = sent.ThreadKey ?? ThreadKey.Normalize(threadKey),
        };
    }

    /// <summary>Sends, and after a failure that may have acted, sends again only when the conversation does not hold the message.</summary>
    private async Task<SentMessage> SendCheckedAsync(MessageTarget target, string text, CancellationToken ct)
    {
        var began = client.Now;
        var sent = await UncertainOutcome.RunAsync(
            attempt => client.SendMessageOnceAsync(target, text, attempt),
            check => deliveries.FindAsync(target, text, began, check),
            client.RetrySettings,
            $"Not delivered: the conversation was read after each of {UncertainOutcome.MaxAttempts} attempts and does not hold the message.",
            ct).ConfigureAwait(false);
        deliveries.NoteReported(sent.MessageId);
        return sent;
    }
}
