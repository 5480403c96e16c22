using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Messages;

namespace WorkplaceAdmin.Client;

/// <summary>The Send API: Work Chat messages from the integration's bot.</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>
    /// <c>POST /me/messages</c> with a text message (needs "Message any member"; group chats also "Bot group chat").
    /// The text is checked against the 2000-character limit before the request. Not retried after the server may
    /// have acted, so a message is never sent twice; <see cref="MessageSender"/> checks the conversation instead.
    /// </summary>
    public async Task<SentMessage> SendMessageAsync(MessageTarget target, string text, CancellationToken ct = default)
    {
        try
        {
            return await SendMessageOnceAsync(target, text, ct).ConfigureAwait(false);
        }
        catch (WorkplaceApiException error) when (UncertainOutcome.MayHaveActed(error))
        {
            // Not sent again (that could deliver it twice), so the report must say the outcome is unknown.
            throw error.WithAdvice("The message may still have been delivered, since the service may have acted before the failure; it was not sent again. Check the conversation before resending.");
        }
    }

    /// <summary>One attempt of <see cref="SendMessageAsync"/>, its failure as it came (whether it may have acted is for the caller to settle).</summary>
    internal async Task<SentMessage> SendMessageOnceAsync(MessageTarget target, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        MessageText.Validate(text);
        var parameters = new Dictionary<string, string?>
        {
            // Graph reads JSON-valued form fields as it reads a JSON body (workplace-api.md §1.2).
            ["recipient"] = target.RecipientJson,
            ["message"] = MessageTarget.Json(w => w.WriteString("text", text)),
            ["messaging_type"] = "RESPONSE",
        };
        var json = await GraphPostAsync("me/messages", parameters, ct).ConfigureAwait(false);

        // Every text message sent gets an id (workplace-api.md §4.1); without one the answer says nothing reliable.
        if (string.IsNullOrEmpty(json.String("message_id")))
            throw UnusableAnswer(HttpMethod.Post, GraphUriFor("me/messages", null),
                "The Send API's answer carries no 'message_id', so whether the message was sent is unknown; check the conversation before sending it again.");
        return new SentMessage(json.String("recipient_id"), json.String("thread_key"), json.String("message_id"));
    }
}
