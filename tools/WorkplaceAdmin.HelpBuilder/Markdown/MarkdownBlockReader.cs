using System.Text;
using System.Text.RegularExpressions;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// Splits markdown lines into blocks: ATX headings, fenced code, paragraphs, list items and pipe tables.
/// HTML comments and thematic breaks are dropped. This is the subset PlatyPS files use; setext headings,
/// block quotes and indented (unfenced) code blocks are not recognised and read as paragraphs.
/// </summary>
internal sealed partial class MarkdownBlockReader(IReadOnlyList<string> lines, int firstLine, string sourceName)
{
    private readonly List<MarkdownBlock> _blocks = [];
    private readonly List<int> _openListIndents = [];
    private int _index = firstLine;

    public IReadOnlyList<MarkdownBlock> ReadAll()
    {
        while (_index < lines.Count)
        {
            var line = lines[_index];
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                _index++;
                continue;
            }

            if (!ListItemPattern().IsMatch(line))
            {
                _openListIndents.Clear();
            }

            if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                SkipComment();
            }
            else if (FencePattern().Match(line) is { Success: true } fence)
            {
                ReadCode(fence);
            }
            else if (HeadingPattern().Match(line) is { Success: true } heading)
            {
                var text = ClosingHashesPattern().Replace(heading.Groups["text"].Value, string.Empty).Trim();
                _blocks.Add(new HeadingBlock(LineNumber, heading.Groups["hashes"].Length, text));
                _index++;
            }
            else if (ThematicBreakPattern().IsMatch(line))
            {
                _index++;
            }
            else if (ListItemPattern().Match(line) is { Success: true } item)
            {
                ReadListItem(item);
            }
            else if (trimmed.StartsWith('|'))
            {
                ReadTable();
            }
            else
            {
                ReadParagraph();
            }
        }

        return _blocks;
    }

    /// <summary>The 1-based line number of the current line.</summary>
    private int LineNumber => _index + 1;

    private void SkipComment()
    {
        var start = LineNumber;
        while (_index < lines.Count)
        {
            var closes = lines[_index].Contains("-->", StringComparison.Ordinal);
            _index++;
            if (closes)
            {
                return;
            }
        }

        throw new HelpFormatException(sourceName, start, "HTML comment '<!--' is never closed with '-->'.");
    }

    private void ReadCode(Match fence)
    {
        var start = LineNumber;
        var indent = fence.Groups["indent"].Length;
        var marker = fence.Groups["fence"].Value;
        var info = fence.Groups["info"].Value.Trim().Split(' ', 2)[0];
        var code = new List<string>();
        _index++;
        while (_index < lines.Count)
        {
            var line = lines[_index];
            var trimmed = line.Trim();
            if (trimmed.Length >= marker.Length && trimmed.All(c => c == marker[0]))
            {
                _index++;
                _blocks.Add(new CodeBlock(start, info, string.Join('\n', code)));
                return;
            }

            code.Add(RemoveIndent(line, indent).TrimEnd());
            _index++;
        }

        throw new HelpFormatException(sourceName, start, $"code block opened with '{marker}' is never closed.");
    }

    private void ReadListItem(Match item)
    {
        var start = LineNumber;
        var indent = item.Groups["indent"].Length;
        // A deeper indent nests under the open item; the same or a shallower one closes items down to its level.
        while (_openListIndents.Count > 0 && _openListIndents[^1] >= indent)
        {
            _openListIndents.RemoveAt(_openListIndents.Count - 1);
        }

        var depth = _openListIndents.Count;
        _openListIndents.Add(indent);

        var text = new StringBuilder(item.Groups["text"].Value.Trim());
        _index++;
        while (_index < lines.Count && ContinuesParagraph(lines[_index]))
        {
            AppendLine(text, lines[_index - 1], lines[_index]);
            _index++;
        }

        _blocks.Add(new ListItemBlock(start, item.Groups["marker"].Value, depth, text.ToString()));
    }

    private void ReadTable()
    {
        var start = LineNumber;
        var rows = new List<string>();
        while (_index < lines.Count && lines[_index].TrimStart().StartsWith('|'))
        {
            rows.Add(lines[_index].Trim());
            _index++;
        }

        _blocks.Add(new PreformattedBlock(start, string.Join('\n', rows)));
    }

    private void ReadParagraph()
    {
        var start = LineNumber;
        var sourceLines = new List<string> { lines[_index].Trim() };
        var text = new StringBuilder(sourceLines[0]);
        _index++;
        while (_index < lines.Count && ContinuesParagraph(lines[_index]))
        {
            AppendLine(text, lines[_index - 1], lines[_index]);
            sourceLines.Add(lines[_index].Trim());
            _index++;
        }

        _blocks.Add(new ParagraphBlock(start, text.ToString(), sourceLines));
    }

    /// <summary>A non-blank line that starts no other block continues the current paragraph or list item.</summary>
    private static bool ContinuesParagraph(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0
            && !trimmed.StartsWith("<!--", StringComparison.Ordinal)
            && !trimmed.StartsWith('|')
            && !FencePattern().IsMatch(line)
            && !HeadingPattern().IsMatch(line)
            && !ListItemPattern().IsMatch(line);
    }

    /// <summary>Joins a source line with a space, or with "\n" after a hard break (two trailing spaces or a backslash).</summary>
    private static void AppendLine(StringBuilder text, string previousLine, string line)
    {
        var hardBreak = previousLine.EndsWith("  ", StringComparison.Ordinal) || previousLine.TrimEnd().EndsWith('\\');
        if (hardBreak && text.Length > 0 && text[^1] == '\\')
        {
            text.Length--;
        }

        text.Append(hardBreak ? '\n' : ' ').Append(line.Trim());
    }

    private static string RemoveIndent(string line, int indent)
    {
        var removable = 0;
        while (removable < indent && removable < line.Length && line[removable] == ' ')
        {
            removable++;
        }

        return line[removable..];
    }

    /// <summary>A fence at any indentation, so code nested in a list item is still code.</summary>
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]+(?<text>.*))?$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"[ \t]+#+[ \t]*$")]
    private static partial Regex ClosingHashesPattern();

    [GeneratedRegex(@"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")]
    private static partial Regex ThematicBreakPattern();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<marker>[-*+]|\d{1,9}[.)])[ \t]+(?<text>.*)$")]
    private static partial Regex ListItemPattern();
}
