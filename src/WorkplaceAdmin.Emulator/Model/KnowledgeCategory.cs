namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A Knowledge Library category: a page of content, possibly with sub-categories.</summary>
internal sealed class KnowledgeCategory : IKeyed
{
    public KnowledgeCategory(long key, KnowledgeCategory? parent)
    {
        Key = key;
        Id = key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Parent = parent;
    }

    public long Key { get; }
    public string Id { get; }
    public KnowledgeCategory? Parent { get; }
    public string Title { get; set; } = "";

    /// <summary>The content as HTML.</summary>
    public string? Content { get; set; }
    public string Status { get; set; } = "PUBLISHED";

    /// <summary>Ids of the groups whose members may read it; empty for everyone.</summary>
    public List<string> ReadAudienceGroupIds { get; } = new();
    public string? LastEditorId { get; set; }
    public DateTimeOffset LastUpdated { get; set; }
    public KeyedList<KnowledgeCategory> Subcategories { get; } = new();
}
