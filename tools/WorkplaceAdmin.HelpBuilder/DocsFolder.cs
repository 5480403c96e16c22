namespace WorkplaceAdmin.HelpBuilder;

/// <summary>Which markdown files of the docs folder are help, and of which kind.</summary>
internal static class DocsFolder
{
    /// <summary>Explains the folder to contributors; not help.</summary>
    private const string ReadmeFileName = "README.md";

    public enum FileKind
    {
        Command,
        AboutTopic,
        Ignored,
    }

    /// <summary>The top-level <c>*.md</c> files, in ordinal name order so output does not depend on the file system.</summary>
    public static IReadOnlyList<string> MarkdownFiles(string docsDir) =>
        Directory.Exists(docsDir)
            ? Directory.GetFiles(docsDir, "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList()
            : throw new DirectoryNotFoundException($"docs folder '{docsDir}' does not exist.");

    /// <summary>
    /// <c>about_*.md</c> is an about topic; README.md and a PlatyPS module page (front matter with
    /// "Module Guid") are ignored; any other file is one cmdlet's help.
    /// </summary>
    public static FileKind Classify(string path, string text)
    {
        var fileName = Path.GetFileName(path);
        if (fileName.Equals(ReadmeFileName, StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Ignored;
        }

        if (fileName.StartsWith(AboutTopicParser.TopicPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.AboutTopic;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return FrontMatterReader.Read(lines, path, out _).ContainsKey(FrontMatterKeys.ModuleGuid) ? FileKind.Ignored : FileKind.Command;
    }
}
