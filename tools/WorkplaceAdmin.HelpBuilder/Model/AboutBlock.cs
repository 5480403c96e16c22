namespace WorkplaceAdmin.HelpBuilder;

/// <summary>A paragraph, list item or code block of an about topic.</summary>
/// <param name="Text">Plain text; for code, the lines as written.</param>
/// <param name="Marker">The list marker ("-", "1.") of a list item; empty otherwise.</param>
/// <param name="ListDepth">The nesting of a list item, 0 for a top-level item.</param>
public sealed record AboutBlock(AboutBlockKind Kind, string Text, string Marker = "", int ListDepth = 0);

/// <summary>How an about topic block is laid out in text: wrapped, wrapped with a hanging indent, or verbatim.</summary>
public enum AboutBlockKind
{
    Paragraph,
    ListItem,
    Code,
}
