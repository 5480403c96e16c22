namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// A Work Chat thread, id "t_{number}": between an integration's bot and people (Send API threads), or between
/// people only (seeded conversations, <see cref="BotId"/> null).
/// </summary>
internal sealed class ChatThread : IKeyed
{
    public ChatThread(long key, string? botId, IReadOnlyList<string> participantIds, bool isGroup)
    {
        Key = key;
        Id = "t_" + key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        BotId = botId;
        ParticipantIds = participantIds;
        IsGroup = isGroup;
    }

    public long Key { get; }
    public string Id { get; }
    public string? BotId { get; }

    /// <summary>The people in the thread (the bot, if any, is not among them).</summary>
    public IReadOnlyList<string> ParticipantIds { get; }
    public bool IsGroup { get; }
    public string? Name { get; set; }
    public KeyedList<ChatMessage> Messages { get; } = new();

    /// <summary>Everyone in the thread: the bot first, then the people.</summary>
    public IEnumerable<string> Everyone => BotId is null ? ParticipantIds : ParticipantIds.Prepend(BotId);

    public bool Includes(string id) => id == BotId || ParticipantIds.Contains(id);
}
