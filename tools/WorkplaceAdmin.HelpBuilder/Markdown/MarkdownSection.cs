namespace WorkplaceAdmin.HelpBuilder;

/// <summary>A heading and the blocks up to the next heading of the same or a higher level.</summary>
/// <param name="Heading">Null for the blocks that come before the first heading.</param>
internal sealed record MarkdownSection(HeadingBlock? Heading, IReadOnlyList<MarkdownBlock> Body)
{
    /// <summary>
    /// Splits blocks at every heading of <paramref name="level"/>. The first section (Heading null) holds what
    /// comes before the first such heading; deeper headings stay in the bodies.
    /// </summary>
    public static IReadOnlyList<MarkdownSection> Split(IEnumerable<MarkdownBlock> blocks, int level)
    {
        var sections = new List<MarkdownSection>();
        HeadingBlock? heading = null;
        var body = new List<MarkdownBlock>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock h && h.Level == level)
            {
                sections.Add(new MarkdownSection(heading, body));
                heading = h;
                body = [];
            }
            else
            {
                body.Add(block);
            }
        }

        sections.Add(new MarkdownSection(heading, body));
        return sections;
    }
}
