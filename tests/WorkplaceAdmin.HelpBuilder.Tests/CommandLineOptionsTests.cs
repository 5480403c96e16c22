namespace WorkplaceAdmin.HelpBuilder.Tests;

public sealed class CommandLineOptionsTests
{
    [Fact]
    public void Reads_docs_out_and_the_default_help_file_name()
    {
        var options = CommandLineOptions.Parse(["--out", "o", "--docs", "d"], out var error);

        Assert.Equal(new CommandLineOptions("d", "o", "WorkplaceAdmin.dll-Help.xml"), options);
        Assert.Empty(error);
    }

    [Fact]
    public void Reads_an_explicit_help_file_name()
    {
        var options = CommandLineOptions.Parse(["--docs", "d", "--out", "o", "--help-file", "X.dll-Help.xml"], out _);

        Assert.Equal("X.dll-Help.xml", options?.HelpFileName);
    }

    [Theory]
    [InlineData(new[] { "--docs", "d" }, "--docs and --out are required.")]
    [InlineData(new[] { "--docs", "d", "--out" }, "unexpected argument '--out'.")]
    [InlineData(new[] { "--verbose", "x" }, "unexpected argument '--verbose'.")]
    public void Rejects_incomplete_or_unknown_arguments(string[] args, string expected)
    {
        Assert.Null(CommandLineOptions.Parse(args, out var error));
        Assert.Equal(expected, error);
    }
}
