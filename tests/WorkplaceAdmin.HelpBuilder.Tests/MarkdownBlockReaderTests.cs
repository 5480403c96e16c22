namespace WorkplaceAdmin.HelpBuilder.Tests;

public sealed class MarkdownBlockReaderTests
{
    private static IReadOnlyList<MarkdownBlock> Read(string markdown) => MarkdownDocument.Parse(markdown, "inline").Blocks;

    [Fact]
    public void Reads_headings_with_levels_lines_and_without_closing_hashes()
    {
        var blocks = Read("# Title #\n\n## Section\n### Sub ###\n");

        Assert.Equal(
            [new HeadingBlock(1, 1, "Title"), new HeadingBlock(3, 2, "Section"), new HeadingBlock(4, 3, "Sub")],
            blocks.Cast<HeadingBlock>());
    }

    [Fact]
    public void Reads_fenced_code_verbatim_with_its_info_string()
    {
        var blocks = Read("````powershell title\nGet-Thing\n```\n  indented\n````\n~~~\nx\n~~~\n");

        Assert.Equal(new CodeBlock(1, "powershell", "Get-Thing\n```\n  indented"), blocks[0]);
        Assert.Equal(new CodeBlock(6, "", "x"), blocks[1]);
    }

    [Fact]
    public void Reads_code_nested_in_a_list_item_without_its_indentation()
    {
        var blocks = Read("- Run this:\n\n    ```powershell\n    Get-Thing\n      -Force\n    ```\n");

        Assert.IsType<ListItemBlock>(blocks[0]);
        Assert.Equal(new CodeBlock(3, "powershell", "Get-Thing\n  -Force"), blocks[1]);
    }

    [Fact]
    public void Reads_list_items_with_continuation_lines_and_nesting_depth()
    {
        var blocks = Read("- one\n  continued\n  - nested\n- two\n1. first\n");

        Assert.Equal(
            [new ListItemBlock(1, "-", 0, "one continued"), new ListItemBlock(3, "-", 1, "nested"), new ListItemBlock(4, "-", 0, "two"), new ListItemBlock(5, "1.", 0, "first")],
            blocks.Cast<ListItemBlock>());
    }

    [Fact]
    public void A_list_can_interrupt_a_paragraph()
    {
        var blocks = Read("Options:\n- a\n- b\n");

        Assert.Equal("Options:", Assert.IsType<ParagraphBlock>(blocks[0]).Text);
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Keeps_table_rows_and_drops_thematic_breaks_and_comments()
    {
        var blocks = Read("| A | B |\n|---|---|\n| 1 | 2 |\n\n---\n<!-- hidden -->\nText.\n");

        Assert.Equal(new PreformattedBlock(1, "| A | B |\n|---|---|\n| 1 | 2 |"), blocks[0]);
        Assert.Equal("Text.", Assert.IsType<ParagraphBlock>(blocks[1]).Text);
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void Keeps_paragraph_source_lines_and_line_numbers_after_front_matter()
    {
        var blocks = Read("---\nschema: 2.0.0\n---\n\nfirst\nsecond\n");

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(blocks));
        Assert.Equal(5, paragraph.Line);
        Assert.Equal("first second", paragraph.Text);
        Assert.Equal(["first", "second"], paragraph.SourceLines);
    }

    [Fact]
    public void Reads_front_matter_keys_case_insensitively_and_unquotes_values()
    {
        var document = MarkdownDocument.Parse("---\nexternal help file: 'X.dll-Help.xml'\nonline version: \"https://x\"\nempty:\n---\n# T\n", "inline");

        Assert.Equal("X.dll-Help.xml", document.FrontMatter["External Help File"]);
        Assert.Equal("https://x", document.FrontMatter["online version"]);
        Assert.Equal("", document.FrontMatter["empty"]);
    }
}
