namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// Renders an about topic as the plain text Get-Help prints (<c>about_Name.help.txt</c>), 80 columns wide:
/// <code>
/// TOPIC
///     about_Name
///
/// SHORT DESCRIPTION
///     The synopsis (line 5: Get-Help shows it when listing topics).
///
/// LONG DESCRIPTION
///     Paragraphs wrapped and indented by four spaces.
///
///     Subtopic
///     --------
///     - list items with a hanging indent
///
///         code indented by eight spaces, never wrapped
/// </code>
/// </summary>
public static class AboutTopicTextWriter
{
    public const int LineWidth = 80;
    private const string TextIndent = "    ";
    private const string CodeIndent = "        ";

    public static void Write(AboutTopic topic, TextWriter output)
    {
        WriteLine(output, "TOPIC");
        WriteLine(output, TextIndent + topic.Name);
        foreach (var section in topic.Sections)
        {
            WriteLine(output, string.Empty);
            WriteHeading(output, section);
            WriteBlocks(output, section.Blocks);
        }
    }

    public static string ToText(AboutTopic topic)
    {
        using var text = new StringWriter();
        Write(topic, text);
        return text.ToString();
    }

    private static void WriteHeading(TextWriter output, AboutSection section)
    {
        switch (section.Depth)
        {
            case 0:
                WriteLine(output, section.Heading.ToUpperInvariant());
                break;
            case 1:
                WriteLine(output, TextIndent + section.Heading);
                WriteLine(output, TextIndent + new string('-', section.Heading.Length));
                break;
            default:
                WriteLine(output, TextIndent + section.Heading);
                break;
        }
    }

    /// <summary>Blocks are separated by a blank line, except consecutive list items.</summary>
    private static void WriteBlocks(TextWriter output, IReadOnlyList<AboutBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i > 0 && !(block.Kind == AboutBlockKind.ListItem && blocks[i - 1].Kind == AboutBlockKind.ListItem))
            {
                WriteLine(output, string.Empty);
            }

            var lines = block.Kind switch
            {
                AboutBlockKind.Code => block.Text.Split('\n').Select(line => line.Length == 0 ? line : CodeIndent + line),
                AboutBlockKind.ListItem => WrapListItem(block),
                _ => TextWrapper.Wrap(block.Text, TextIndent, TextIndent, LineWidth),
            };
            foreach (var line in lines)
            {
                WriteLine(output, line);
            }
        }
    }

    private static IEnumerable<string> WrapListItem(AboutBlock item)
    {
        var indent = TextIndent + new string(' ', item.ListDepth * 2);
        var hanging = indent + new string(' ', item.Marker.Length + 1);
        return TextWrapper.Wrap(item.Text, indent + item.Marker + " ", hanging, LineWidth);
    }

    /// <summary>Lines end with "\n" on every platform so the generated files are identical wherever they are built.</summary>
    private static void WriteLine(TextWriter output, string line)
    {
        output.Write(line);
        output.Write('\n');
    }
}
