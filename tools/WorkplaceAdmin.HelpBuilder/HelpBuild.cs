using System.Text;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// The help build: reads every markdown file of a docs folder and writes the module's culture folder
/// content, the MAML file for the cmdlets and one <c>about_Name.help.txt</c> per about topic.
/// </summary>
public static class HelpBuild
{
    /// <summary>The file PowerShell looks for beside WorkplaceAdmin.dll's cmdlets (<c>CmdletInfo.HelpFile</c>).</summary>
    public const string DefaultHelpFileName = "WorkplaceAdmin.dll-Help.xml";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Parses the docs folder and writes the help into <paramref name="outDir"/> (created if needed).
    /// With no cmdlet markdown the MAML file is still written, with an empty <c>helpItems</c>.
    /// </summary>
    /// <exception cref="HelpBuildException">A file is malformed; every error is reported and nothing is written.</exception>
    public static HelpBuildResult Run(string docsDir, string outDir, string helpFileName = DefaultHelpFileName)
    {
        var sources = Load(docsDir, helpFileName);
        Directory.CreateDirectory(outDir);

        var mamlPath = Path.Combine(outDir, helpFileName);
        using (var maml = new StreamWriter(mamlPath, append: false, Utf8WithoutBom))
        {
            MamlWriter.Write(sources.Commands, maml);
        }

        var aboutPaths = new List<string>();
        foreach (var topic in sources.AboutTopics)
        {
            var path = Path.Combine(outDir, topic.HelpFileName);
            File.WriteAllText(path, AboutTopicTextWriter.ToText(topic), Utf8WithoutBom);
            aboutPaths.Add(path);
        }

        return new HelpBuildResult(mamlPath, aboutPaths, sources);
    }

    /// <summary>Parses every help file of the docs folder without writing anything.</summary>
    /// <exception cref="HelpBuildException">A file is malformed; every error is reported.</exception>
    public static HelpSources Load(string docsDir, string helpFileName = DefaultHelpFileName)
    {
        var commands = new List<CommandHelp>();
        var topics = new List<AboutTopic>();
        var errors = new List<HelpFormatException>();
        foreach (var path in DocsFolder.MarkdownFiles(Path.GetFullPath(docsDir)))
        {
            try
            {
                switch (DocsFolder.Classify(path, File.ReadAllText(path)))
                {
                    case DocsFolder.FileKind.Command:
                        commands.Add(CheckHelpFileName(PlatyPsMarkdownParser.ParseFile(path), helpFileName));
                        break;
                    case DocsFolder.FileKind.AboutTopic:
                        topics.Add(AboutTopicParser.ParseFile(path));
                        break;
                }
            }
            catch (HelpFormatException error)
            {
                errors.Add(error);
            }
        }

        errors.AddRange(Duplicates(commands.Select(c => (c.Name, c.SourceName))));
        errors.AddRange(Duplicates(topics.Select(t => (t.Name, t.SourceName))));
        if (errors.Count > 0)
        {
            throw new HelpBuildException(errors);
        }

        return new HelpSources(
            commands.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            topics.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>A file that declares another "external help file" belongs to another module or assembly.</summary>
    private static CommandHelp CheckHelpFileName(CommandHelp command, string helpFileName)
    {
        if (command.Metadata.TryGetValue(FrontMatterKeys.ExternalHelpFile, out var declared) && declared.Length > 0
            && !declared.Equals(helpFileName, StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(command.SourceName, 1,
                $"'{FrontMatterKeys.ExternalHelpFile}: {declared}' should be '{helpFileName}'.");
        }

        return command;
    }

    /// <summary>Two files (differing only in case) that would both write the same help.</summary>
    private static IEnumerable<HelpFormatException> Duplicates(IEnumerable<(string Name, string SourceName)> items) =>
        items.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(i => new HelpFormatException(i.SourceName, 1, $"'{i.Name}' is also documented in {g.First().SourceName}.")));
}
