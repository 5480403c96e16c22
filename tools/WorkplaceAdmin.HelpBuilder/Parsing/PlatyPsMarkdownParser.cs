using System.Text.RegularExpressions;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// Parses one cmdlet's help written in the PlatyPS 0.14 markdown layout (schema 2.0.0): front matter, a
/// <c># Verb-Noun</c> title and the <c>##</c> sections SYNOPSIS (required), SYNTAX, DESCRIPTION, EXAMPLES,
/// PARAMETERS, INPUTS, OUTPUTS, NOTES and RELATED LINKS, in any order. Anything else is a
/// <see cref="HelpFormatException"/> naming the file and line.
/// </summary>
public static partial class PlatyPsMarkdownParser
{
    private const string Synopsis = "SYNOPSIS";
    private const string Syntax = "SYNTAX";
    private const string Description = "DESCRIPTION";
    private const string Examples = "EXAMPLES";
    private const string Parameters = "PARAMETERS";
    private const string Inputs = "INPUTS";
    private const string Outputs = "OUTPUTS";
    private const string Notes = "NOTES";
    private const string RelatedLinks = "RELATED LINKS";

    private static readonly string[] SectionNames = [Synopsis, Syntax, Description, Examples, Parameters, Inputs, Outputs, Notes, RelatedLinks];

    /// <summary>Headings under PARAMETERS that describe the common parameters; they carry no MAML.</summary>
    private static readonly string[] CommonParameterHeadings = ["CommonParameters", "<CommonParameters>", "WorkflowCommonParameters", "<WorkflowCommonParameters>"];

    /// <summary>Parses a file; its title must match the file name (<c>Get-Thing.md</c> holds <c># Get-Thing</c>).</summary>
    public static CommandHelp ParseFile(string path) =>
        Parse(File.ReadAllText(path), path, expectedName: Path.GetFileNameWithoutExtension(path));

    /// <summary>Parses markdown text; <paramref name="sourceName"/> is used in error messages.</summary>
    public static CommandHelp Parse(string text, string sourceName) => Parse(text, sourceName, expectedName: null);

    private static CommandHelp Parse(string text, string sourceName, string? expectedName)
    {
        var document = MarkdownDocument.Parse(text, sourceName);
        CheckSchema(document.FrontMatter, sourceName);

        var title = ReadTitle(document.Blocks, sourceName, expectedName);
        var sections = ReadSections(document.Blocks.Skip(1), sourceName);

        var synopsis = sections.TryGetValue(Synopsis, out var synopsisSection)
            ? HelpText.FromBlocks(synopsisSection.Body, sourceName, Synopsis)
            : throw new HelpFormatException(sourceName, title.Line, $"'# {title.Text}' has no '## {Synopsis}' section.");
        if (synopsis.Length == 0)
        {
            throw new HelpFormatException(sourceName, synopsisSection.Heading!.Line, $"'## {Synopsis}' is empty.");
        }

        var syntaxBlocks = sections.TryGetValue(Syntax, out var syntax) ? ReadSyntax(syntax, sourceName) : [];
        var parameters = sections.TryGetValue(Parameters, out var parameterSection) ? ReadParameters(parameterSection, sourceName) : [];
        CheckParameterSetsAreInSyntax(parameters, syntaxBlocks, sourceName);

        return new CommandHelp
        {
            Name = title.Text,
            Synopsis = synopsis,
            Description = TextOf(sections, Description, sourceName),
            SyntaxBlocks = syntaxBlocks,
            Parameters = parameters,
            Examples = sections.TryGetValue(Examples, out var examples) ? ReadExamples(examples, sourceName) : [],
            Inputs = sections.TryGetValue(Inputs, out var inputs) ? ReadTypes(inputs, sourceName) : [],
            Outputs = sections.TryGetValue(Outputs, out var outputs) ? ReadTypes(outputs, sourceName) : [],
            Notes = TextOf(sections, Notes, sourceName),
            RelatedLinks = ReadLinks(sections.GetValueOrDefault(RelatedLinks), document.FrontMatter, sourceName),
            Metadata = document.FrontMatter,
            SourceName = sourceName,
        };
    }

    private static void CheckSchema(IReadOnlyDictionary<string, string> frontMatter, string sourceName)
    {
        if (frontMatter.TryGetValue(FrontMatterKeys.Schema, out var schema) && schema != FrontMatterKeys.SupportedSchema)
        {
            throw new HelpFormatException(sourceName, 1, $"schema '{schema}' is not supported; write PlatyPS schema {FrontMatterKeys.SupportedSchema}.");
        }
    }

    private static HeadingBlock ReadTitle(IReadOnlyList<MarkdownBlock> blocks, string sourceName, string? expectedName)
    {
        if (blocks.FirstOrDefault() is not HeadingBlock { Level: 1 } title)
        {
            throw new HelpFormatException(sourceName, blocks.FirstOrDefault()?.Line ?? 1,
                "expected the command name as a '# Verb-Noun' heading before anything else.");
        }

        if (!CommandNamePattern().IsMatch(title.Text))
        {
            throw new HelpFormatException(sourceName, title.Line, $"title '{title.Text}' is not a Verb-Noun command name.");
        }

        if (expectedName is not null && !title.Text.Equals(expectedName, StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(sourceName, title.Line, $"title '{title.Text}' does not match the file name '{expectedName}.md'.");
        }

        return title;
    }

    private static Dictionary<string, MarkdownSection> ReadSections(IEnumerable<MarkdownBlock> blocks, string sourceName)
    {
        if (blocks.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } extraTitle)
        {
            throw new HelpFormatException(sourceName, extraTitle.Line, $"second '#' title '{extraTitle.Text}'; sections use '##'.");
        }

        var split = MarkdownSection.Split(blocks, level: 2);
        if (split[0].Body.FirstOrDefault() is { } stray)
        {
            throw new HelpFormatException(sourceName, stray.Line, $"text between the title and '## {Synopsis}'; put it in a section.");
        }

        var sections = new Dictionary<string, MarkdownSection>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in split.Skip(1))
        {
            var heading = section.Heading!;
            if (!SectionNames.Contains(heading.Text, StringComparer.OrdinalIgnoreCase))
            {
                throw new HelpFormatException(sourceName, heading.Line,
                    $"unknown section '## {heading.Text}'; expected one of: {string.Join(", ", SectionNames)}.");
            }

            if (!sections.TryAdd(heading.Text, section))
            {
                throw new HelpFormatException(sourceName, heading.Line, $"section '## {heading.Text}' appears twice.");
            }
        }

        return sections;
    }

    private static string TextOf(Dictionary<string, MarkdownSection> sections, string name, string sourceName) =>
        sections.TryGetValue(name, out var section) ? HelpText.FromBlocks(section.Body, sourceName, name) : string.Empty;

    private static IReadOnlyList<SyntaxBlock> ReadSyntax(MarkdownSection section, string sourceName)
    {
        var blocks = new List<SyntaxBlock>();
        var split = MarkdownSection.Split(section.Body, level: 3);
        if (split[0].Body.Count > 0)
        {
            // One code block without a set heading: the command has a single parameter set.
            blocks.Add(new SyntaxBlock(SyntaxBlock.AllParameterSetsName, IsDefault: true, CodeOf(split[0], section.Heading!, sourceName)));
        }

        foreach (var set in split.Skip(1))
        {
            var match = SyntaxHeadingPattern().Match(set.Heading!.Text);
            blocks.Add(new SyntaxBlock(match.Groups["name"].Value, match.Groups["default"].Success, CodeOf(set, set.Heading, sourceName)));
        }

        return blocks;
    }

    /// <summary>The code blocks of a syntax entry; it must have one and nothing but code.</summary>
    private static string CodeOf(MarkdownSection entry, HeadingBlock heading, string sourceName)
    {
        if (entry.Body.FirstOrDefault(b => b is not CodeBlock) is { } other)
        {
            throw new HelpFormatException(sourceName, other.Line, $"syntax '{heading.Text}' may only hold a code block.");
        }

        var code = entry.Body.OfType<CodeBlock>().Select(c => c.Code).ToList();
        return code.Count > 0
            ? string.Join(HelpText.ParagraphSeparator, code)
            : throw new HelpFormatException(sourceName, heading.Line, $"syntax '{heading.Text}' has no code block.");
    }

    private static IReadOnlyList<ExampleHelp> ReadExamples(MarkdownSection section, string sourceName)
    {
        var split = MarkdownSection.Split(section.Body, level: 3);
        RejectTextBeforeFirstEntry(split, "'### Example 1: title'", sourceName);

        return split.Skip(1).Select(example =>
        {
            var heading = example.Heading!;
            var firstCode = example.Body.OfType<CodeBlock>().FirstOrDefault()
                ?? throw new HelpFormatException(sourceName, heading.Line, $"example '{heading.Text}' has no code block.");
            var beforeCode = example.Body.TakeWhile(b => b != firstCode);
            var afterCode = example.Body.SkipWhile(b => b != firstCode).ToList();

            // The first code block is the command; later blocks join it only when they are PowerShell too. Any other
            // fenced block (```Output, ```text, or one with no language) is sample output: it stays out of the code,
            // so the code runs as written, and is shown in the remarks where it was written.
            var code = afterCode.OfType<CodeBlock>().Where(c => c == firstCode || IsPowerShell(c)).ToList();
            var sectionName = $"example '{heading.Text}'";
            return new ExampleHelp
            {
                Title = heading.Text,
                Introduction = HelpText.FromBlocks(beforeCode, sourceName, sectionName),
                Code = string.Join(HelpText.ParagraphSeparator, code.Select(c => c.Code)),
                Remarks = HelpText.FromBlocks(afterCode.Where(b => b is not CodeBlock c || !code.Contains(c)), sourceName, sectionName),
            };
        }).ToList();
    }

    private static IReadOnlyList<ParameterHelp> ReadParameters(MarkdownSection section, string sourceName)
    {
        var split = MarkdownSection.Split(section.Body, level: 3);
        RejectTextBeforeFirstEntry(split, "'### -Name'", sourceName);

        var parameters = new List<ParameterHelp>();
        foreach (var entry in split.Skip(1))
        {
            var heading = entry.Heading!;
            if (CommonParameterHeadings.Contains(heading.Text, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var match = ParameterHeadingPattern().Match(heading.Text);
            if (!match.Success)
            {
                throw new HelpFormatException(sourceName, heading.Line, $"parameter heading '{heading.Text}' is not '### -Name'.");
            }

            var name = match.Groups["name"].Value;
            if (parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new HelpFormatException(sourceName, heading.Line, $"parameter -{name} is described twice.");
            }

            var yamlBlocks = entry.Body.OfType<CodeBlock>().Where(IsYaml).ToList();
            if (yamlBlocks.Count == 0)
            {
                throw new HelpFormatException(sourceName, heading.Line, $"parameter -{name} has no ```yaml block (Type, Parameter Sets, Required, Position, ...).");
            }

            var description = HelpText.FromBlocks(entry.Body.Where(b => b is not CodeBlock code || !IsYaml(code)), sourceName, $"parameter -{name}");
            if (description.Length == 0)
            {
                throw new HelpFormatException(sourceName, heading.Line, $"parameter -{name} has no description.");
            }

            var metadata = yamlBlocks.Select(yaml => ParameterYamlParser.Parse(yaml, name, sourceName)).ToList();
            CheckEachSetIsDescribedOnce(name, metadata, sourceName);
            parameters.Add(new ParameterHelp { Name = name, Description = description, Metadata = metadata });
        }

        return parameters;
    }

    private static readonly string[] PowerShellInfoStrings = ["powershell", "pwsh", "ps", "ps1"];

    private static bool IsPowerShell(CodeBlock code) => PowerShellInfoStrings.Contains(code.Info, StringComparer.OrdinalIgnoreCase);

    private static bool IsYaml(CodeBlock code) => code.Info.Equals("yaml", StringComparison.OrdinalIgnoreCase);

    private static void CheckEachSetIsDescribedOnce(string name, IReadOnlyList<ParameterMetadata> metadata, string sourceName)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in metadata)
        {
            if (block.ParameterSets.FirstOrDefault(set => !seen.Add(set)) is { } repeated)
            {
                throw new HelpFormatException(sourceName, block.Line, $"parameter -{name} describes parameter set '{repeated}' in two yaml blocks.");
            }
        }

        if (metadata.Count > 1 && metadata.Any(m => m.AppliesToAllParameterSets))
        {
            var all = metadata.First(m => m.AppliesToAllParameterSets);
            throw new HelpFormatException(sourceName, all.Line, $"parameter -{name} has several yaml blocks, so each must name its parameter sets instead of {ParameterHelp.AllParameterSets}.");
        }
    }

    /// <summary>When SYNTAX names parameter sets, every set a parameter names must be one of them (catches typos).</summary>
    private static void CheckParameterSetsAreInSyntax(IReadOnlyList<ParameterHelp> parameters, IReadOnlyList<SyntaxBlock> syntaxBlocks, string sourceName)
    {
        var declared = syntaxBlocks.Select(s => s.ParameterSetName).Where(s => s != SyntaxBlock.AllParameterSetsName).ToList();
        if (declared.Count == 0)
        {
            return;
        }

        foreach (var block in parameters.SelectMany(p => p.Metadata.Select(m => (Parameter: p, Metadata: m))))
        {
            if (block.Metadata.ParameterSets.FirstOrDefault(set => set != ParameterHelp.AllParameterSets && !declared.Contains(set, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            {
                throw new HelpFormatException(sourceName, block.Metadata.Line,
                    $"parameter -{block.Parameter.Name} names parameter set '{unknown}', which SYNTAX does not list ({string.Join(", ", declared)}).");
            }
        }
    }

    private static IReadOnlyList<TypeHelp> ReadTypes(MarkdownSection section, string sourceName)
    {
        var split = MarkdownSection.Split(section.Body, level: 3);
        RejectTextBeforeFirstEntry(split, "'### TypeName'", sourceName);
        return split.Skip(1)
            .Select(entry => new TypeHelp(
                MarkdownInline.ToPlainText(entry.Heading!.Text).Trim('`'),
                HelpText.FromBlocks(entry.Body, sourceName, $"'{section.Heading!.Text}' entry '{entry.Heading.Text}'")))
            .ToList();
    }

    /// <summary>
    /// Each line of RELATED LINKS (or list item) is one link: <c>[text](uri)</c>, or plain text naming a topic.
    /// The front matter's "online version" comes first, as PowerShell expects for <c>Get-Help -Online</c>.
    /// </summary>
    private static IReadOnlyList<LinkHelp> ReadLinks(MarkdownSection? section, IReadOnlyDictionary<string, string> frontMatter, string sourceName)
    {
        var links = new List<LinkHelp>();
        foreach (var block in section?.Body ?? [])
        {
            var lines = block switch
            {
                ParagraphBlock paragraph => paragraph.SourceLines,
                ListItemBlock item => [item.Text],
                HeadingBlock heading => throw new HelpFormatException(sourceName, heading.Line, $"heading '{heading.Text}' is not allowed in {RelatedLinks}."),
                _ => throw new HelpFormatException(sourceName, block.Line, $"{RelatedLinks} holds one '[text](uri)' per line, not code or tables."),
            };
            links.AddRange(lines.Select((line, offset) => MarkdownInline.TryParseLink(line, out var text, out var uri)
                ? new LinkHelp(text, uri.Length > 0 ? uri : null)
                : new LinkHelp(HelpText.Prose(line, block.Line + offset, sourceName), null)));
        }

        if (frontMatter.TryGetValue(FrontMatterKeys.OnlineVersion, out var online) && online.Length > 0 && !links.Any(l => l.Uri == online))
        {
            links.Insert(0, new LinkHelp(LinkHelp.OnlineVersionText, online));
        }

        return links;
    }

    private static void RejectTextBeforeFirstEntry(IReadOnlyList<MarkdownSection> split, string expected, string sourceName)
    {
        if (split[0].Body.FirstOrDefault() is { } stray)
        {
            throw new HelpFormatException(sourceName, stray.Line, $"text before the first {expected} heading.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z]+-[A-Za-z0-9]+$")]
    private static partial Regex CommandNamePattern();

    [GeneratedRegex(@"^-(?<name>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex ParameterHeadingPattern();

    [GeneratedRegex(@"^(?<name>.+?)(?:\s+(?<default>\(Default\)))?$", RegexOptions.IgnoreCase)]
    private static partial Regex SyntaxHeadingPattern();
}
