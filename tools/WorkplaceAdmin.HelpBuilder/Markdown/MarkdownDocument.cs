namespace WorkplaceAdmin.HelpBuilder;

/// <summary>A markdown file split into its front matter and body blocks.</summary>
internal sealed record MarkdownDocument(IReadOnlyDictionary<string, string> FrontMatter, IReadOnlyList<MarkdownBlock> Blocks)
{
    /// <summary>Reads front matter and blocks; throws <see cref="HelpFormatException"/> on an unclosed fence or front matter.</summary>
    public static MarkdownDocument Parse(string text, string sourceName)
    {
        var lines = SplitLines(text);
        var frontMatter = FrontMatterReader.Read(lines, sourceName, out var bodyStart);
        var blocks = new MarkdownBlockReader(lines, bodyStart, sourceName).ReadAll();
        return new MarkdownDocument(frontMatter, blocks);
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
}
