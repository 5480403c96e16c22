namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A mention inside a message: who, and where the rendered name sits in the text.</summary>
internal sealed record MessageTag(string Id, string Name, string Type, int Offset, int Length);
