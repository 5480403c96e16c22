namespace WorkplaceAdmin.Client.Models;

/// <summary>The outcome of deleting one chat message for everyone in its thread: for whom it is gone, for whom not, and why.</summary>
public sealed class WorkplaceMessageRemoval
{
    public string MessageId { get; init; } = "";

    public string? ThreadKey { get; init; }

    public string? FromId { get; init; }

    public DateTimeOffset? CreatedTime { get; init; }

    public MessageRemovalStatus Status { get; init; }

    /// <summary>The participants (sender and recipients) who no longer see the message.</summary>
    public IReadOnlyList<string> DeletedFor { get; init; } = [];

    /// <summary>The participants who still see it.</summary>
    public IReadOnlyList<string> NotDeletedFor { get; init; } = [];

    /// <summary>Why it was not deleted for everyone; null when it was.</summary>
    public string? Error { get; init; }

    public override string ToString() => $"{MessageId}: {Status}";
}
