using System.Text;
using System.Text.RegularExpressions;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// Turns inline markdown into the plain text console help shows: <c>[text](url)</c> becomes "text (url)",
/// <c>&lt;url&gt;</c> becomes "url", and backslash escapes are removed. Code spans and emphasis are kept as written.
/// </summary>
internal static partial class MarkdownInline
{
    public static string ToPlainText(string markdown)
    {
        var text = new StringBuilder(markdown.Length);
        var i = 0;
        while (i < markdown.Length)
        {
            var c = markdown[i];
            if (c == '`')
            {
                i = CopyCodeSpan(markdown, i, text);
            }
            else if (c == '\\' && i + 1 < markdown.Length && IsAsciiPunctuation(markdown[i + 1]))
            {
                text.Append(markdown[i + 1]);
                i += 2;
            }
            else if ((c == '[' || (c == '!' && i + 1 < markdown.Length && markdown[i + 1] == '[')) && LinkPattern().Match(markdown, i) is { Success: true } link && link.Index == i)
            {
                AppendLink(text, link, isImage: c == '!');
                i += link.Length;
            }
            else if (c == '<' && AutolinkPattern().Match(markdown, i) is { Success: true } autolink && autolink.Index == i)
            {
                text.Append(autolink.Groups["uri"].Value);
                i += autolink.Length;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return text.ToString();
    }

    /// <summary>Parses a whole string that is exactly one link, <c>[text](url)</c>; false otherwise.</summary>
    public static bool TryParseLink(string markdown, out string text, out string uri)
    {
        var match = LinkPattern().Match(markdown.Trim());
        var whole = match.Success && match.Index == 0 && match.Length == markdown.Trim().Length;
        text = whole ? ToPlainText(match.Groups["text"].Value) : string.Empty;
        uri = whole ? match.Groups["uri"].Value : string.Empty;
        return whole;
    }

    private static void AppendLink(StringBuilder text, Match link, bool isImage)
    {
        var label = ToPlainText(link.Groups["text"].Value);
        var uri = link.Groups["uri"].Value;
        if (isImage || uri.Length == 0 || uri.StartsWith('#') || label == uri)
        {
            text.Append(label.Length > 0 ? label : uri);
        }
        else
        {
            text.Append(label).Append(" (").Append(uri).Append(')');
        }
    }

    /// <summary>Copies a code span (a run of backticks up to the same run) unchanged; returns the index after it.</summary>
    private static int CopyCodeSpan(string markdown, int start, StringBuilder text)
    {
        var runLength = 0;
        while (start + runLength < markdown.Length && markdown[start + runLength] == '`')
        {
            runLength++;
        }

        var fence = new string('`', runLength);
        var close = markdown.IndexOf(fence, start + runLength, StringComparison.Ordinal);
        var end = close < 0 ? start + runLength : close + runLength;
        text.Append(markdown, start, end - start);
        return end;
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));

    [GeneratedRegex(@"!?\[(?<text>(?:[^\[\]\\]|\\.)*)\]\((?<uri>[^\s()]*)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"<(?<uri>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")]
    private static partial Regex AutolinkPattern();
}
