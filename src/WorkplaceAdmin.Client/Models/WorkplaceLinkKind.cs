namespace WorkplaceAdmin.Client.Models;

/// <summary>What a link lets an external service do in the community.</summary>
public enum WorkplaceLinkKind
{
    /// <summary>Post into one group's feed.</summary>
    GroupFeed,

    /// <summary>Message members in Work Chat as the integration's bot.</summary>
    Chat,
}
