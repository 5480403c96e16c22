namespace WorkplaceAdmin.HelpBuilder;

/// <summary>A block of the markdown subset PlatyPS files use. Line is the 1-based line in the source file.</summary>
internal abstract record MarkdownBlock(int Line);

/// <summary>An ATX heading (<c>## Text</c>).</summary>
internal sealed record HeadingBlock(int Line, int Level, string Text) : MarkdownBlock(Line);

/// <summary>A paragraph with its source lines joined by spaces; hard line breaks are kept as "\n".</summary>
/// <param name="SourceLines">The trimmed source lines, for sections where each line is an entry (RELATED LINKS).</param>
internal sealed record ParagraphBlock(int Line, string Text, IReadOnlyList<string> SourceLines) : MarkdownBlock(Line);

/// <summary>One list item with its continuation lines joined by spaces.</summary>
/// <param name="Depth">0 for a top-level item; nested items are indented by at least two spaces per level.</param>
internal sealed record ListItemBlock(int Line, string Marker, int Depth, string Text) : MarkdownBlock(Line);

/// <summary>A fenced code block. Info is the first word after the fence ("yaml", "powershell" or empty).</summary>
internal sealed record CodeBlock(int Line, string Info, string Code) : MarkdownBlock(Line);

/// <summary>Lines kept exactly as written (a pipe table).</summary>
internal sealed record PreformattedBlock(int Line, string Text) : MarkdownBlock(Line);
