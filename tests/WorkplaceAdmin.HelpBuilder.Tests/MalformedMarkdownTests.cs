namespace WorkplaceAdmin.HelpBuilder.Tests;

/// <summary>Every malformed page fails with the file and the line of the fault.</summary>
public sealed class MalformedMarkdownTests
{
    private const string Head = "# Get-Thing\n\n## SYNOPSIS\nGets a thing.\n\n";

    private const string GoodYaml = "```yaml\nType: String\nParameter Sets: (All)\nAliases: None\n\nRequired: False\nPosition: Named\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n";

    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "missing synopsis", "# Get-Thing\n\n## DESCRIPTION\nText.\n", 1, "no '## SYNOPSIS' section" },
        { "empty synopsis", "# Get-Thing\n\n## SYNOPSIS\n\n## DESCRIPTION\nText.\n", 3, "'## SYNOPSIS' is empty" },
        { "no title", "## SYNOPSIS\nText.\n", 1, "'# Verb-Noun' heading" },
        { "title not a command name", "# Get Thing\n\n## SYNOPSIS\nText.\n", 1, "not a Verb-Noun command name" },
        { "second title", Head + "# Other-Thing\n", 6, "second '#' title" },
        { "text before the first section", "# Get-Thing\nStray.\n\n## SYNOPSIS\nText.\n", 2, "text between the title and '## SYNOPSIS'" },
        { "unknown section", Head + "## PARAMETER\n", 6, "unknown section '## PARAMETER'" },
        { "duplicate section", Head + "## SYNOPSIS\nAgain.\n", 6, "appears twice" },
        { "heading inside description", Head + "## DESCRIPTION\nText.\n\n### Detail\nMore.\n", 9, "heading 'Detail' is not allowed in DESCRIPTION" },
        { "example without code block", Head + "## EXAMPLES\n\n### Example 1: Nothing to run\nJust words.\n", 8, "example 'Example 1: Nothing to run' has no code block" },
        { "text before the first example", Head + "## EXAMPLES\nIntro.\n\n### Example 1\n```\nx\n```\n", 7, "text before the first '### Example 1: title' heading" },
        { "parameter without yaml block", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```powershell\nnot yaml\n```\n", 8, "parameter -Name has no ```yaml block" },
        { "parameter without description", Head + "## PARAMETERS\n\n### -Name\n" + GoodYaml, 8, "parameter -Name has no description" },
        { "parameter heading without dash", Head + "## PARAMETERS\n\n### Name\nThe name.\n" + GoodYaml, 8, "is not '### -Name'" },
        { "parameter described twice", Head + "## PARAMETERS\n\n### -Name\nA.\n" + GoodYaml + "\n### -name\nB.\n" + GoodYaml, 22, "parameter -name is described twice" },
        { "unknown yaml key", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nRequried: True\nPosition: Named\n```\n", 13, "unknown yaml key 'Requried'" },
        { "missing mandatory yaml key", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nRequired: True\n```\n", 11, "has no 'Position:' line" },
        { "bad boolean", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nRequired: yes\nPosition: Named\n```\n", 13, "'yes' is not True or False" },
        { "bad position", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nRequired: True\nPosition: first\n```\n", 14, "position 'first'" },
        { "bad pipeline input", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nRequired: True\nPosition: 0\nAccept pipeline input: True (ByMagic)\n```\n", 15, "'Accept pipeline input: True (ByMagic)'" },
        { "pipeline input true without kind", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nRequired: True\nPosition: 0\nAccept pipeline input: True\n```\n", 15, "should be False, True (ByValue)" },
        { "repeated yaml key", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nType: Int32\nRequired: True\nPosition: 0\n```\n", 13, "yaml key 'Type' appears twice" },
        { "set in two yaml blocks", Head + "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nParameter Sets: A\nRequired: True\nPosition: 0\n```\n\n```yaml\nType: String\nParameter Sets: B, A\nRequired: False\nPosition: 0\n```\n", 18, "describes parameter set 'A' in two yaml blocks" },
        { "set missing from syntax", Head + "## SYNTAX\n\n### ById\n```\nGet-Thing -Id <String>\n```\n\n## PARAMETERS\n\n### -Id\nThe id.\n\n```yaml\nType: String\nParameter Sets: ByIdd\nRequired: True\nPosition: 0\n```\n", 18, "names parameter set 'ByIdd', which SYNTAX does not list (ById)" },
        { "syntax set without code", Head + "## SYNTAX\n\n### ById\n\n## DESCRIPTION\nText.\n", 8, "syntax 'ById' has no code block" },
        { "unclosed code fence", Head + "## EXAMPLES\n\n### Example 1\n```powershell\nGet-Thing\n", 9, "never closed" },
        { "unclosed front matter", "---\nschema: 2.0.0\n# Get-Thing\n", 1, "front matter opened with '---' is never closed" },
        { "unsupported schema", "---\nschema: 1.0.0\n---\n" + Head, 1, "schema '1.0.0' is not supported" },
        { "unfilled placeholder", "# Get-Thing\n\n## SYNOPSIS\n{{ Fill in the Synopsis }}\n", 4, "unfilled placeholder '{{ Fill in the Synopsis }}'" },
        { "input without type heading", Head + "## INPUTS\nSystem.String\n", 7, "text before the first '### TypeName' heading" },
        { "code block in related links", Head + "## RELATED LINKS\n```\nx\n```\n", 7, "one '[text](uri)' per line" },
        { "placeholder on a later related link line", Head + "## RELATED LINKS\n[A](https://a.test)\n{{ Fill Related Links Here }}\n", 8, "unfilled placeholder" },
        { "unclosed html comment", Head + "<!-- never closed\n", 6, "HTML comment" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Names_the_file_and_line(string fault, string markdown, int line, string reason)
    {
        var error = Assert.Throws<HelpFormatException>(() => PlatyPsMarkdownParser.Parse(markdown, "docs/Get-Thing.md"));

        Assert.True(error.Line == line, $"{fault}: expected line {line}, got {error.Line} ({error.Reason})");
        Assert.Contains(reason, error.Reason);
        Assert.Equal("docs/Get-Thing.md", error.SourceName);
        Assert.StartsWith($"docs/Get-Thing.md({line}): ", error.Message);
    }

    [Fact]
    public void ParseFile_requires_the_title_to_match_the_file_name()
    {
        using var folder = Fixtures.NewTempFolder();
        var path = folder.Write("Get-Other.md", Head);

        var error = Assert.Throws<HelpFormatException>(() => PlatyPsMarkdownParser.ParseFile(path));

        Assert.Equal(path, error.SourceName);
        Assert.Equal(1, error.Line);
        Assert.Contains("does not match the file name 'Get-Other.md'", error.Reason);
    }
}
