namespace WorkplaceAdmin.Client.Models;

/// <summary>What became of one chat message that was to be deleted for everyone in its thread.</summary>
public enum MessageRemovalStatus
{
    /// <summary>Deleted for the sender and every recipient.</summary>
    Deleted,

    /// <summary>Deleted for some participants; <see cref="WorkplaceMessageRemoval.NotDeletedFor"/> still see it.</summary>
    PartlyDeleted,

    /// <summary>Deleted for nobody.</summary>
    NotDeleted,
}
