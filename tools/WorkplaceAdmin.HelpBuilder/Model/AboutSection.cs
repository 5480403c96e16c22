namespace WorkplaceAdmin.HelpBuilder;

/// <summary>A heading of an about topic and the blocks under it.</summary>
/// <param name="Depth">0 for a section (SHORT DESCRIPTION, LONG DESCRIPTION, ...), 1 for a subtopic, 2+ deeper.</param>
public sealed record AboutSection(string Heading, int Depth, IReadOnlyList<AboutBlock> Blocks);
