namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A Work Chat thread between an integration's bot and people. Its id is "t_{number}".</summary>
internal sealed class ChatThread
{
    public ChatThread(string id, string botId, IReadOnlyList<string> participantIds, bool isGroup)
    {
        Id = id;
        BotId = botId;
        ParticipantIds = participantIds;
        IsGroup = isGroup;
    }

    public string Id { get; }
    public string BotId { get; }
    public IReadOnlyList<string> ParticipantIds { get; }
    public bool IsGroup { get; }
    public List<ChatMessage> Messages { get; } = new();
}
