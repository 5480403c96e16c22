namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// A message in a chat thread. The raw Send API JSON is kept so tests can inspect templates; a message deleted
/// for a participant (<c>DELETE /{message-id}?user=</c>) is hidden from that participant only.
/// </summary>
internal sealed class ChatMessage : IKeyed
{
    public ChatMessage(long key, string threadId, string fromId, string? text, string messageJson, DateTimeOffset createdTime)
    {
        Key = key;
        Id = "m_" + key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ThreadId = threadId;
        FromId = fromId;
        Text = text;
        MessageJson = messageJson;
        CreatedTime = createdTime;
    }

    public long Key { get; }
    public string Id { get; }
    public string ThreadId { get; }
    public string FromId { get; }
    public string? Text { get; }
    public string MessageJson { get; }
    public DateTimeOffset CreatedTime { get; }
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Ids of the participants this message was deleted for.</summary>
    public HashSet<string> DeletedFor { get; } = new(StringComparer.Ordinal);

    public bool IsVisibleTo(string participantId) => !DeletedFor.Contains(participantId);
}
