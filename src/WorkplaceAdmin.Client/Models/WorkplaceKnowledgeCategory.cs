namespace WorkplaceAdmin.Client.Models;

/// <summary>A Knowledge Library category (<c>GET /{category}</c>): a page of content that may hold sub-categories.</summary>
public sealed class WorkplaceKnowledgeCategory
{
    public string Id { get; init; } = "";
    public string? Title { get; init; }

    /// <summary>PUBLISHED or DRAFT.</summary>
    public string? Status { get; init; }

    /// <summary>The category above this one; null for a root category of the library.</summary>
    public string? ParentId { get; init; }

    /// <summary>0 for a root category, 1 for its sub-categories, and so on (as read; a category read by id counts as 0).</summary>
    public int Depth { get; init; }

    /// <summary>The page's content as HTML.</summary>
    public string? Content { get; init; }

    /// <summary>Whether everyone in the community may read it (else only <see cref="ReadAudienceGroups"/>); null when not reported.</summary>
    public bool? ReadableByEveryone { get; init; }

    /// <summary>The names of the groups that may read it, when the audience is limited.</summary>
    public IReadOnlyList<string> ReadAudienceGroups { get; init; } = [];

    public string? LastEditorId { get; init; }
    public string? LastEditorName { get; init; }
    public DateTimeOffset? LastUpdated { get; init; }

    public override string ToString() => $"{Title} ({Id})";
}
