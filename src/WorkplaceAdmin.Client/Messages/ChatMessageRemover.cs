using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>
/// Deletes a chat message for everyone in its thread, as Workplace allows: one <c>DELETE /{message-id}?user=</c> per
/// participant (the sender, then each recipient). Each participant's delete is confirmed even after a lost answer,
/// so the result says exactly for whom the message is gone.
/// </summary>
public sealed class ChatMessageRemover(WorkplaceClient client)
{
    /// <summary>Never throws for a participant's failure: the result lists who still sees the message and why.</summary>
    public async Task<WorkplaceMessageRemoval> RemoveForEveryoneAsync(WorkplaceChatMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var deleted = new List<string>();
        var remaining = new List<string>();
        string? error = message.ParticipantIds.Count == 0 ? "The message's sender and recipients are unknown, so it was deleted for nobody." : null;
        foreach (var participant in message.ParticipantIds)
        {
            try
            {
                await client.DeleteChatMessageForAsync(message.Id, participant, ct).ConfigureAwait(false);
                deleted.Add(participant);
            }
            catch (Exception failure) when (failure is WorkplaceApiException or ArgumentException)
            {
                remaining.Add(participant);
                error ??= $"Not deleted for {participant}: {failure.Message}";
            }
        }

        return new WorkplaceMessageRemoval
        {
            MessageId = message.Id,
            ThreadKey = message.ThreadKey,
            FromId = message.FromId,
            CreatedTime = message.CreatedTime,
            Status = error is null ? MessageRemovalStatus.Deleted : deleted.Count == 0 ? MessageRemovalStatus.NotDeleted : MessageRemovalStatus.PartlyDeleted,
            DeletedFor = deleted,
            NotDeletedFor = remaining,
            Error = error,
        };
    }
}
