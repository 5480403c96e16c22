namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A message sent into a chat thread. The raw message JSON is kept so tests can inspect templates.</summary>
internal sealed record ChatMessage(string Id, string ThreadId, string FromId, string? Text, string MessageJson, DateTimeOffset CreatedTime);
