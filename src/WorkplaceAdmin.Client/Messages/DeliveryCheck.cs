using System.Collections.Concurrent;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>
/// After a send whose outcome is unknown (its answer lost, a 5xx), looks in the conversation for the message: a
/// message from the integration's bot with the same text, sent since the send began, that no other send of this
/// sender has already reported. Found: it was delivered (and is not sent again). Not found: it was not.
/// </summary>
/// <remarks>
/// A message that arrived made its thread the most recently updated one, so only the newest few conversations of the
/// recipient (or of the bot, for a new group chat) are read. Reads are retried by the client like any GET.
/// </remarks>
internal sealed class DeliveryCheck(WorkplaceClient client)
{
    /// <summary>Conversations read, newest first: the one that got the message is among them, unless the person is flooded.</summary>
    private const int RecentThreads = 5;

    /// <summary>Allowance for the service's clock running behind ours.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, byte> reported = new(StringComparer.Ordinal);
    private Task<string>? botId;

    /// <summary>Marks a message as reported by a send, so no other send takes it for its own.</summary>
    public void NoteReported(string? messageId)
    {
        if (!string.IsNullOrEmpty(messageId))
            reported.TryAdd(messageId, 0);
    }

    /// <summary>The message as delivered, or null when the conversation does not hold it.</summary>
    public async Task<SentMessage?> FindAsync(MessageTarget target, string text, DateTimeOffset sendBegan, CancellationToken ct)
    {
        var bot = await BotIdAsync(ct).ConfigureAwait(false);
        var since = sendBegan - ClockSkew;
        var (threads, viewer) = target.ThreadKeyValue is { } key
            ? (Single(key), null)
            : target.PersonIds.Count == 1
                ? (client.GetConversationKeysAsync(target.PersonIds[0], RecentThreads, ct), target.PersonIds[0])
                : (client.GetConversationKeysAsync(bot, RecentThreads, ct), (string?)null);
        var read = 0;
        await foreach (var thread in threads.ConfigureAwait(false))
        {
            if (++read > RecentThreads)
                break;
            await foreach (var message in client.GetThreadMessagesAsync(thread, viewer, since, null, 100, ct).ConfigureAwait(false))
            {
                if (message.FromId == bot && message.Message == text && reported.TryAdd(message.Id, 0))
                {
                    var direct = target.PersonIds.Count == 1 && target.ThreadKeyValue is null;
                    return new SentMessage(direct ? target.PersonIds[0] : null, direct ? null : thread, message.Id);
                }
            }
        }

        return null;
    }

    /// <summary>The bot's page id (GET /me), read once: the sender of every message this integration sends.</summary>
    private Task<string> BotIdAsync(CancellationToken ct) =>
        botId ??= ReadBotIdAsync(ct);

    private async Task<string> ReadBotIdAsync(CancellationToken ct)
    {
        var me = await client.GraphGetAsync("me", new Dictionary<string, string?> { ["fields"] = "id" }, ct).ConfigureAwait(false);
        return me.String("id") ?? throw new InvalidOperationException("GET /me answered no id, so the bot's messages cannot be recognised.");
    }

    private static async IAsyncEnumerable<string> Single(string key)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return key;
    }
}
