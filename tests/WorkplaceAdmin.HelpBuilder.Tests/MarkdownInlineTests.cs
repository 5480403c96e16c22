namespace WorkplaceAdmin.HelpBuilder.Tests;

public sealed class MarkdownInlineTests
{
    [Theory]
    [InlineData("See [the docs](https://x.test/a) now.", "See the docs (https://x.test/a) now.")]
    [InlineData("[https://x.test](https://x.test)", "https://x.test")]
    [InlineData("Go to [Get-Thing](#get-thing).", "Go to Get-Thing.")]
    [InlineData("![logo](logo.png) text", "logo text")]
    [InlineData("Visit <https://x.test/b>.", "Visit https://x.test/b.")]
    [InlineData(@"Escaped \*stars\* and \[brackets\]", "Escaped *stars* and [brackets]")]
    [InlineData(@"A path C:\Users\me stays", @"A path C:\Users\me stays")]
    [InlineData("Code `[not](a link)` and `\\*` stay", "Code `[not](a link)` and `\\*` stay")]
    [InlineData("**bold** and _emphasis_ stay", "**bold** and _emphasis_ stay")]
    public void Converts_links_and_escapes_but_keeps_code_spans(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownInline.ToPlainText(markdown));
    }

    [Fact]
    public void Parses_a_line_that_is_exactly_one_link()
    {
        Assert.True(MarkdownInline.TryParseLink(" [Get-Thing](Get-Thing.md) ", out var text, out var uri));
        Assert.Equal(("Get-Thing", "Get-Thing.md"), (text, uri));
        Assert.False(MarkdownInline.TryParseLink("See [Get-Thing](Get-Thing.md)", out _, out _));
    }
}
