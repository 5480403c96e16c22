namespace WorkplaceAdmin.HelpBuilder;

/// <summary>A conceptual help topic parsed from <c>about_Name.md</c>.</summary>
public sealed class AboutTopic
{
    /// <summary>The lookup name, for example "about_WorkplaceAdmin"; the text file is named after it.</summary>
    public required string Name { get; init; }

    /// <summary>The first line of the SHORT DESCRIPTION section, as plain text.</summary>
    public required string ShortDescription { get; init; }

    /// <summary>Every section (SHORT DESCRIPTION first) and subtopic in document order.</summary>
    public required IReadOnlyList<AboutSection> Sections { get; init; }

    public required string SourceName { get; init; }

    /// <summary>The file name Get-Help looks for: <c>about_Name.help.txt</c>.</summary>
    public string HelpFileName => Name + ".help.txt";
}

/// <summary>A heading of an about topic and the blocks under it.</summary>
/// <param name="Depth">0 for a section (SHORT DESCRIPTION, LONG DESCRIPTION, ...), 1 for a subtopic, 2+ deeper.</param>
public sealed record AboutSection(string Heading, int Depth, IReadOnlyList<AboutBlock> Blocks);

/// <summary>A paragraph, list item or code block of an about topic.</summary>
/// <param name="Text">Plain text; for code, the lines as written.</param>
/// <param name="Marker">The list marker ("-", "1.") of a list item; empty otherwise.</param>
/// <param name="ListDepth">The nesting of a list item, 0 for a top-level item.</param>
public sealed record AboutBlock(AboutBlockKind Kind, string Text, string Marker = "", int ListDepth = 0);

public enum AboutBlockKind
{
    Paragraph,
    ListItem,
    Code,
}
