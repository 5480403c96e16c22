using System.Text.RegularExpressions;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// Parses a conceptual topic, <c>about_Name.md</c>, in either of the two layouts in use:
/// <list type="bullet">
/// <item>the current docs layout: <c># about_Name</c>, then <c>## Short description</c>, <c>## Long description</c>, … with <c>###</c> subtopics;</item>
/// <item>the PlatyPS 0.14 template: <c># Title</c>, <c>## about_Name</c> (lookup name), then <c># SHORT DESCRIPTION</c>, … with <c>##</c> subtopics.</item>
/// </list>
/// The first section must be SHORT DESCRIPTION, since Get-Help takes a topic's synopsis from the text right under it.
/// </summary>
public static partial class AboutTopicParser
{
    public const string ShortDescriptionHeading = "SHORT DESCRIPTION";
    public const string TopicPrefix = "about_";

    /// <summary>Parses a file; its topic name must match the file name (<c>about_X.md</c> holds about_X).</summary>
    public static AboutTopic ParseFile(string path) =>
        Parse(File.ReadAllText(path), path, expectedName: Path.GetFileNameWithoutExtension(path));

    public static AboutTopic Parse(string text, string sourceName) => Parse(text, sourceName, expectedName: null);

    private static AboutTopic Parse(string text, string sourceName, string? expectedName)
    {
        var blocks = MarkdownDocument.Parse(text, sourceName).Blocks;
        if (blocks.FirstOrDefault() is not HeadingBlock { Level: 1 } title)
        {
            throw new HelpFormatException(sourceName, blocks.FirstOrDefault()?.Line ?? 1, "expected a '# about_Name' title before anything else.");
        }

        var shortDescriptionIndex = blocks.ToList().FindIndex(b => b is HeadingBlock h && IsShortDescription(h));
        if (shortDescriptionIndex < 0)
        {
            throw new HelpFormatException(sourceName, title.Line, $"'# {title.Text}' has no '{ShortDescriptionHeading}' heading.");
        }

        var sectionLevel = ((HeadingBlock)blocks[shortDescriptionIndex]).Level;
        var name = ReadName(title, blocks.Skip(1).Take(shortDescriptionIndex - 1).ToList(), sectionLevel, sourceName);
        if (expectedName is not null && !name.Equals(expectedName, StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(sourceName, title.Line, $"topic name '{name}' does not match the file name '{expectedName}.md'.");
        }

        var sections = ReadSections(blocks.Skip(shortDescriptionIndex), sectionLevel, sourceName);
        var shortDescription = sections[0].Blocks.FirstOrDefault(b => b.Kind == AboutBlockKind.Paragraph)
            ?? throw new HelpFormatException(sourceName, blocks[shortDescriptionIndex].Line, $"'{ShortDescriptionHeading}' has no text.");

        return new AboutTopic
        {
            Name = name,
            ShortDescription = shortDescription.Text,
            Sections = sections,
            SourceName = sourceName,
        };
    }

    private static bool IsShortDescription(HeadingBlock heading) =>
        heading.Level <= 2 && heading.Text.Equals(ShortDescriptionHeading, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The topic name is the title (<c># about_Name</c>), or in the PlatyPS template the lookup heading right
    /// after it (<c>## Name</c> or <c>## about_Name</c>). Nothing else may come before SHORT DESCRIPTION.
    /// </summary>
    private static string ReadName(HeadingBlock title, IReadOnlyList<MarkdownBlock> beforeShortDescription, int sectionLevel, string sourceName)
    {
        var lookup = sectionLevel == 1 && beforeShortDescription.FirstOrDefault() is HeadingBlock { Level: 2 } h ? h : null;
        if (beforeShortDescription.Skip(lookup is null ? 0 : 1).FirstOrDefault() is { } stray)
        {
            throw new HelpFormatException(sourceName, stray.Line, $"only the title{(sectionLevel == 1 ? " and the lookup name" : string.Empty)} may come before '{ShortDescriptionHeading}'.");
        }

        var heading = lookup ?? title;
        var name = lookup is not null && !lookup.Text.StartsWith(TopicPrefix, StringComparison.OrdinalIgnoreCase)
            ? TopicPrefix + lookup.Text
            : heading.Text;
        if (!TopicNamePattern().IsMatch(name))
        {
            throw new HelpFormatException(sourceName, heading.Line, $"'{heading.Text}' is not a topic name like 'about_WorkplaceAdmin' (no spaces).");
        }

        return name;
    }

    private static IReadOnlyList<AboutSection> ReadSections(IEnumerable<MarkdownBlock> blocks, int sectionLevel, string sourceName)
    {
        var sections = new List<AboutSection>();
        HeadingBlock? heading = null;
        var body = new List<AboutBlock>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h when h.Level < sectionLevel:
                    throw new HelpFormatException(sourceName, h.Line, $"heading '{h.Text}' is above the section level ('{new string('#', sectionLevel)} {ShortDescriptionHeading}').");
                case HeadingBlock h:
                    if (heading is not null)
                    {
                        sections.Add(new AboutSection(heading.Text, heading.Level - sectionLevel, body));
                    }

                    heading = h;
                    body = [];
                    break;
                case ParagraphBlock paragraph:
                    body.Add(new AboutBlock(AboutBlockKind.Paragraph, HelpText.Prose(paragraph.Text, paragraph.Line, sourceName)));
                    break;
                case ListItemBlock item:
                    body.Add(new AboutBlock(AboutBlockKind.ListItem, HelpText.Prose(item.Text, item.Line, sourceName), item.Marker, item.Depth));
                    break;
                case CodeBlock code:
                    body.Add(new AboutBlock(AboutBlockKind.Code, code.Code));
                    break;
                case PreformattedBlock table:
                    body.Add(new AboutBlock(AboutBlockKind.Code, table.Text));
                    break;
            }
        }

        sections.Add(new AboutSection(heading!.Text, heading.Level - sectionLevel, body));
        return sections;
    }

    [GeneratedRegex(@"^about_[A-Za-z0-9_.\-]+$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicNamePattern();
}
