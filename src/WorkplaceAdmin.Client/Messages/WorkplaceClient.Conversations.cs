using System.Globalization;
using System.Runtime.CompilerServices;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Reading and deleting Work Chat as an admin (workplace-api.md §4.2): needs Read all messages (+ Delete chat messages).</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>The retry settings, for operations that repeat a call themselves after checking it did not act.</summary>
    internal RetryOptions RetrySettings => settings.Retry;

    /// <summary>The client's clock (the options' Clock, else the system's).</summary>
    internal DateTimeOffset Now => settings.Clock?.Invoke() ?? DateTimeOffset.UtcNow;

    /// <summary>The thread keys (t_…) of a member's conversations, newest first (hidden chats are not listed by Workplace).</summary>
    /// <param name="member">A person id or email, or a bot page id.</param>
    public IAsyncEnumerable<string> GetConversationKeysAsync(string member, int pageSize = 100, CancellationToken ct = default) =>
        GraphPagesAsync(WorkplacePath.Of(member, "conversations"), FieldsQuery(GraphFields.Of("id"), pageSize), json => json.String("id") ?? "", ct);

    /// <summary>
    /// A thread's messages, newest first, streamed, as <paramref name="viewerId"/> sees them (user=), or as the bot sees
    /// them when null (the bot must then be in the thread). <paramref name="since"/>/<paramref name="until"/> bound their time.
    /// </summary>
    public IAsyncEnumerable<WorkplaceChatMessage> GetThreadMessagesAsync(
        string threadKey, string? viewerId = null, DateTimeOffset? since = null, DateTimeOffset? until = null, int pageSize = 100, CancellationToken ct = default)
    {
        var key = Messages.ThreadKey.Normalize(threadKey);
        var query = FeedQuery(ChatJson.MessageFields, since, until, pageSize);
        query["user"] = viewerId;
        return GraphPagesAsync(WorkplacePath.Of(key, "messages"), query, json => ChatJson.ReadMessage(json, key, viewerId), ct);
    }

    /// <summary>Every message of every conversation of a person, as they see them, thread after thread (each newest first).</summary>
    public async IAsyncEnumerable<WorkplaceChatMessage> GetMessagesOfPersonAsync(
        string personId, DateTimeOffset? since = null, DateTimeOffset? until = null, int pageSize = 100, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var threadKey in GetConversationKeysAsync(personId, pageSize, ct).ConfigureAwait(false))
        {
            await foreach (var message in GetThreadMessagesAsync(threadKey, personId, since, until, pageSize, ct).ConfigureAwait(false))
                yield return message;
        }
    }

    /// <summary>One message by id (m_…).</summary>
    public async Task<WorkplaceChatMessage> GetChatMessageAsync(string messageId, CancellationToken ct = default)
    {
        var id = ChatMessageId.Normalize(messageId);
        var json = await GraphGetEntityAsync(WorkplacePath.Escape(id), FieldsQuery(ChatJson.MessageFields), "a message", ct).ConfigureAwait(false);
        return ChatJson.ReadMessage(json, null, null);
    }

    /// <summary>
    /// Deletes a message for one participant (<c>DELETE /{message-id}?user=</c>); repeat for the sender and each recipient
    /// to delete it for everyone. A failure that may have acted is checked (does the participant still see it?) before
    /// the delete is sent again, so the outcome is always known.
    /// </summary>
    public async Task DeleteChatMessageForAsync(string messageId, string participantId, CancellationToken ct = default)
    {
        var id = ChatMessageId.Normalize(messageId);
        var user = IdentityInput.Require("User", participantId, IdentityKind.Id);
        var parameters = new Dictionary<string, string?> { ["user"] = user };
        await UncertainOutcome.RunAsync<object>(
            async attempt =>
            {
                await GraphDeleteAsync(WorkplacePath.Escape(id), parameters, attempt).ConfigureAwait(false);
                return true;
            },
            async check => await IsGoneForAsync(id, user, check).ConfigureAwait(false) ? true : null,
            settings.Retry,
            string.Create(CultureInfo.InvariantCulture, $"Not deleted for {user}: it still sees the message after {UncertainOutcome.MaxAttempts} attempts."),
            ct).ConfigureAwait(false);
    }

    /// <summary>True when the participant no longer sees the message (Graph answers "unknown object", code 100/33).</summary>
    private async Task<bool> IsGoneForAsync(string messageId, string participantId, CancellationToken ct)
    {
        try
        {
            await GraphGetAsync(WorkplacePath.Escape(messageId), new Dictionary<string, string?> { ["fields"] = "id", ["user"] = participantId }, ct).ConfigureAwait(false);
            return false;
        }
        catch (WorkplaceApiException error) when (error.Code == 100 && error.Subcode == 33)
        {
            return true;
        }
    }
}
