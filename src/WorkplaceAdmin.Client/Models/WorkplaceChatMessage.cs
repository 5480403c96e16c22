namespace WorkplaceAdmin.Client.Models;

/// <summary>
/// One Work Chat message as an admin reads it (Read all messages): who wrote it, who else is in its thread, when,
/// and the names of its files. <see cref="ViewerId"/> says whose view of the thread it was read from, when one was asked.
/// </summary>
public sealed class WorkplaceChatMessage
{
    /// <summary>The message id (m_…).</summary>
    public string Id { get; init; } = "";

    /// <summary>The thread the message is in (t_…), when known.</summary>
    public string? ThreadKey { get; init; }

    public string? Message { get; init; }

    public string? FromId { get; init; }

    public string? FromName { get; init; }

    /// <summary>The sender's email; a bot has none.</summary>
    public string? FromEmail { get; init; }

    /// <summary>Everyone else in the thread: the people (and bot) the message went to.</summary>
    public IReadOnlyList<string> ToIds { get; init; } = [];

    public DateTimeOffset? CreatedTime { get; init; }

    /// <summary>The names of the attached files and images.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>The participant whose view was read (user=); null when read as the bot or by id.</summary>
    public string? ViewerId { get; init; }

    /// <summary>The sender and every recipient: a message is deleted for everyone by deleting it for each of them.</summary>
    public IReadOnlyList<string> ParticipantIds =>
        FromId is null ? ToIds : ToIds.Prepend(FromId).Distinct(StringComparer.Ordinal).ToArray();

    public override string ToString() => $"{Id}: {Message}";
}
