using System.Text.RegularExpressions;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// Flattens markdown body blocks into help text: paragraphs separated by a blank line, list items one per
/// line, code and tables as written. Rejects headings and PlatyPS "{{ ... }}" placeholders left unfilled.
/// </summary>
internal static partial class HelpText
{
    public const string ParagraphSeparator = "\n\n";

    public static string FromBlocks(IEnumerable<MarkdownBlock> blocks, string sourceName, string sectionName)
    {
        var paragraphs = new List<string>();
        var listLines = new List<string>();
        foreach (var block in blocks)
        {
            if (block is not ListItemBlock && listLines.Count > 0)
            {
                paragraphs.Add(string.Join('\n', listLines));
                listLines.Clear();
            }

            switch (block)
            {
                case ParagraphBlock paragraph:
                    paragraphs.Add(Prose(paragraph.Text, paragraph.Line, sourceName));
                    break;
                case ListItemBlock item:
                    listLines.Add(new string(' ', item.Depth * 2) + item.Marker + " " + Prose(item.Text, item.Line, sourceName));
                    break;
                case CodeBlock code:
                    paragraphs.Add(code.Code);
                    break;
                case PreformattedBlock table:
                    paragraphs.Add(table.Text);
                    break;
                case HeadingBlock heading:
                    throw new HelpFormatException(sourceName, heading.Line,
                        $"heading '{heading.Text}' is not allowed in {sectionName}; only text, lists and code blocks are.");
            }
        }

        if (listLines.Count > 0)
        {
            paragraphs.Add(string.Join('\n', listLines));
        }

        return string.Join(ParagraphSeparator, paragraphs.Where(p => p.Length > 0));
    }

    /// <summary>Converts one paragraph or list item to plain text, rejecting unfilled placeholders.</summary>
    public static string Prose(string markdown, int line, string sourceName)
    {
        if (PlaceholderPattern().Match(markdown) is { Success: true } placeholder)
        {
            throw new HelpFormatException(sourceName, line, $"unfilled placeholder '{placeholder.Value}'; replace it with real text.");
        }

        return MarkdownInline.ToPlainText(markdown);
    }

    /// <summary>Splits help text into the paragraphs MAML writes as <c>maml:para</c>.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split(ParagraphSeparator).Select(p => p.Trim('\n').TrimEnd()).Where(p => p.Trim().Length > 0);

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex PlaceholderPattern();
}
