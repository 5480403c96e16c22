namespace WorkplaceAdmin.HelpBuilder.Tests;

public sealed class AboutTopicTests
{
    private readonly AboutTopic _topic = AboutTopicParser.ParseFile(Fixtures.AboutTopicPath);

    private string[] Lines => AboutTopicTextWriter.ToText(_topic).Split('\n');

    [Fact]
    public void Parses_name_short_description_and_sections()
    {
        Assert.Equal("about_WorkplaceAdmin", _topic.Name);
        Assert.Equal("about_WorkplaceAdmin.help.txt", _topic.HelpFileName);
        Assert.Equal("Administers a Workplace from Meta community from PowerShell: people, groups, posts and Work Chat.", _topic.ShortDescription);
        Assert.Equal(
            [("Short description", 0), ("Long description", 0), ("Connecting", 1), ("Bulk work", 1), ("See also", 0)],
            _topic.Sections.Select(s => (s.Heading, s.Depth)));
    }

    [Fact]
    public void Keeps_paragraphs_lists_and_code_as_blocks()
    {
        var connecting = _topic.Sections[2].Blocks;
        Assert.Equal(AboutBlockKind.Paragraph, connecting[0].Kind);
        Assert.Equal(new AboutBlock(AboutBlockKind.Code, "Connect-Workplace -Emulator\nGet-WorkplaceGroup -Name 'IT Announcements'"), connecting[1]);

        var bulk = _topic.Sections[3].Blocks;
        Assert.Equal([AboutBlockKind.ListItem, AboutBlockKind.ListItem, AboutBlockKind.ListItem], bulk.Select(b => b.Kind));
        Assert.Equal(("1.", 1), (bulk[2].Marker, bulk[2].ListDepth));

        var seeAlso = _topic.Sections[4].Blocks;
        Assert.Equal("Workplace developer docs (https://developers.facebook.com/docs/workplace)", seeAlso[0].Text);
    }

    [Fact]
    public void Text_starts_with_topic_and_puts_the_short_description_on_line_five()
    {
        // Get-Help takes an about topic's synopsis from the fifth line of its file.
        Assert.Equal("TOPIC", Lines[0]);
        Assert.Equal("    about_WorkplaceAdmin", Lines[1]);
        Assert.Equal("", Lines[2]);
        Assert.Equal("SHORT DESCRIPTION", Lines[3]);
        Assert.StartsWith("    Administers a Workplace from Meta community", Lines[4]);
    }

    [Fact]
    public void Text_has_upper_case_sections_and_underlined_subtopics()
    {
        var lines = Lines;

        Assert.Contains("LONG DESCRIPTION", lines);
        Assert.Contains("SEE ALSO", lines);
        var subtopic = Array.IndexOf(lines, "    Connecting");
        Assert.True(subtopic > 0);
        Assert.Equal("    ----------", lines[subtopic + 1]);
    }

    [Fact]
    public void Text_wraps_at_eighty_columns_with_a_four_space_indent()
    {
        var text = AboutTopicTextWriter.ToText(_topic);

        Assert.All(Lines, line => Assert.True(line.Length <= AboutTopicTextWriter.LineWidth, $"too long: '{line}'"));
        Assert.All(Lines.Where(l => l.Length > 0 && !char.IsUpper(l[0])), line => Assert.StartsWith("    ", line));
        // The long paragraph is wrapped over several lines, and no word is lost or split.
        Assert.Contains("\n    WorkplaceAdmin talks to three APIs:", text);
        Assert.Contains("even «über» long ones.", text);
        var longDescription = string.Join(' ', Lines.SkipWhile(l => l != "LONG DESCRIPTION").Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Trim()));
        Assert.Equal(_topic.Sections[1].Blocks[0].Text, longDescription);
    }

    [Fact]
    public void Text_indents_code_by_eight_and_hangs_list_items()
    {
        var lines = Lines;

        Assert.Contains("        Connect-Workplace -Emulator", lines);
        Assert.Contains("        Get-WorkplaceGroup -Name 'IT Announcements'", lines);
        var item = Array.FindIndex(lines, l => l.StartsWith("    - Pipe CSV rows", StringComparison.Ordinal));
        Assert.True(item > 0);
        Assert.StartsWith("      ", lines[item + 1]);
        Assert.False(char.IsWhiteSpace(lines[item + 1][6]));
        Assert.Contains("      1. Nested step one.", lines);
    }

    [Fact]
    public void Reads_the_platyps_template_layout()
    {
        var topic = AboutTopicParser.ParseFile(Fixtures.PlatyPsTemplateAboutPath);

        Assert.Equal("about_PlatyPsTemplate", topic.Name);
        Assert.Equal("Written with the PlatyPS 0.14 about template.", topic.ShortDescription);
        Assert.Equal(
            [("SHORT DESCRIPTION", 0), ("LONG DESCRIPTION", 0), ("Subtopic in the template", 1), ("KEYWORDS", 0)],
            topic.Sections.Select(s => (s.Heading, s.Depth)));
    }

    [Theory]
    [InlineData("## about_X\n\n## Short description\nText.\n", 1, "'# about_Name' title")]
    [InlineData("# about_X\n\n## Long description\nText.\n", 1, "no 'SHORT DESCRIPTION' heading")]
    [InlineData("# about_X\n\n## Short description\n\n## Long description\nText.\n", 3, "'SHORT DESCRIPTION' has no text")]
    [InlineData("# about_X\nIntro.\n\n## Short description\nText.\n", 2, "only the title may come before")]
    [InlineData("# About X\n\n## Short description\nText.\n", 1, "not a topic name")]
    [InlineData("# about_X\n\n## Short description\nText.\n\n# Other\n", 6, "above the section level")]
    [InlineData("# about_X\n\n## Short description\n{{ Short Description Placeholder }}\n", 4, "unfilled placeholder")]
    public void Malformed_topics_name_the_line(string markdown, int line, string reason)
    {
        var error = Assert.Throws<HelpFormatException>(() => AboutTopicParser.Parse(markdown, "about_X.md"));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason);
        Assert.Equal("about_X.md", error.SourceName);
    }

    [Fact]
    public void ParseFile_requires_the_topic_name_to_match_the_file_name()
    {
        using var folder = Fixtures.NewTempFolder();
        var path = folder.Write("about_Other.md", "# about_Something\n\n## Short description\nText.\n");

        var error = Assert.Throws<HelpFormatException>(() => AboutTopicParser.ParseFile(path));

        Assert.Contains("does not match the file name 'about_Other.md'", error.Reason);
    }
}
