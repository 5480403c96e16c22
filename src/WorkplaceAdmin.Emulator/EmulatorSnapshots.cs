namespace WorkplaceAdmin.Emulator;

// Immutable copies of community objects handed to tests; changing them never changes the emulator.

public sealed record EmulatorPersonInfo(
    string Id,
    string? Email,
    string Name,
    string FirstName,
    string LastName,
    string? Title,
    string? Department,
    string? ManagerId,
    string? ExternalId,
    bool Active,
    bool Invited,
    bool Claimed,
    string AuthMethod,
    bool IsFrontline);

public sealed record EmulatorGroupInfo(
    string Id,
    string Name,
    string? Description,
    string Privacy,
    bool Archived,
    string? OwnerId,
    IReadOnlyList<string> MemberIds,
    IReadOnlyList<string> AdminIds,
    int PostCount);

public sealed record EmulatorCommentInfo(string Id, string AuthorId, string? Message, IReadOnlyList<string> MentionedIds, IReadOnlyList<EmulatorCommentInfo> Replies);

public sealed record EmulatorPostInfo(
    string Id,
    string GroupId,
    string AuthorId,
    string? Message,
    string? Link,
    string Formatting,
    DateTimeOffset CreatedTime,
    IReadOnlyList<string> MentionedIds,
    IReadOnlyList<EmulatorCommentInfo> Comments);

public sealed record EmulatorMessageInfo(string Id, string FromId, string? Text, string MessageJson, DateTimeOffset CreatedTime);

public sealed record EmulatorThreadInfo(string Id, string? BotId, IReadOnlyList<string> ParticipantIds, bool IsGroup, IReadOnlyList<EmulatorMessageInfo> Messages);
