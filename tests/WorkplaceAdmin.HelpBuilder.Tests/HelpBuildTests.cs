using System.Xml.Linq;

namespace WorkplaceAdmin.HelpBuilder.Tests;

public sealed class HelpBuildTests
{
    [Fact]
    public void Run_writes_the_maml_file_and_one_text_file_per_about_topic()
    {
        using var output = Fixtures.NewTempFolder();

        var result = HelpBuild.Run(Fixtures.DocsDir, output.Path);

        Assert.Equal(Path.Combine(output.Path, "WorkplaceAdmin.dll-Help.xml"), result.MamlPath);
        Assert.Equal([Path.Combine(output.Path, "about_WorkplaceAdmin.help.txt")], result.AboutTopicPaths);
        Assert.Equal(
            ["WorkplaceAdmin.dll-Help.xml", "about_WorkplaceAdmin.help.txt"],
            Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var maml = XDocument.Load(result.MamlPath);
        var names = maml.Descendants(XName.Get("name", MamlNamespaces.Command)).Select(n => n.Value);
        Assert.Equal(["Add-WorkplaceGroupMember", "Get-WorkplaceCommunity"], names);
        Assert.StartsWith("TOPIC\n    about_WorkplaceAdmin\n", File.ReadAllText(result.AboutTopicPaths[0]));
    }

    [Fact]
    public void Run_writes_utf8_without_byte_order_mark()
    {
        using var output = Fixtures.NewTempFolder();

        var result = HelpBuild.Run(Fixtures.DocsDir, output.Path);

        var bytes = File.ReadAllBytes(result.MamlPath);
        Assert.Equal((byte)'<', bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", File.ReadAllText(result.MamlPath));
        Assert.Contains("«über»", File.ReadAllText(result.AboutTopicPaths[0], System.Text.Encoding.UTF8));
    }

    [Fact]
    public void Run_skips_readme_and_module_pages()
    {
        using var docs = Fixtures.NewTempFolder();
        using var output = Fixtures.NewTempFolder();
        docs.Write("README.md", "# Not help\n");
        docs.Write("WorkplaceAdmin.md", "---\nModule Name: WorkplaceAdmin\nModule Guid: 6f1d3c2a-8b4e-4d7f-9a61-2c5e0b7d4f13\n---\n\n# WorkplaceAdmin Module\n");

        var result = HelpBuild.Run(docs.Path, output.Path);

        Assert.Empty(result.Sources.Commands);
        Assert.Empty(result.Sources.AboutTopics);
        Assert.Empty(XDocument.Load(result.MamlPath).Root!.Elements());
    }

    [Fact]
    public void Run_with_an_empty_docs_folder_writes_empty_help_items()
    {
        using var docs = Fixtures.NewTempFolder();
        using var output = Fixtures.NewTempFolder();
        var outDir = Path.Combine(output.Path, "en-US");

        var result = HelpBuild.Run(docs.Path, outDir);

        var root = XDocument.Load(result.MamlPath).Root!;
        Assert.Equal(XName.Get("helpItems", MamlNamespaces.HelpItems), root.Name);
        Assert.Equal("maml", root.Attribute("schema")?.Value);
        Assert.Empty(root.Elements());
        Assert.Empty(result.AboutTopicPaths);
    }

    [Fact]
    public void Run_reports_every_malformed_file_and_writes_nothing()
    {
        using var docs = Fixtures.NewTempFolder();
        using var output = Fixtures.NewTempFolder();
        var noSynopsis = docs.Write("Get-Thing.md", "# Get-Thing\n\n## DESCRIPTION\nText.\n");
        var noShortDescription = docs.Write("about_Thing.md", "# about_Thing\n\n## Long description\nText.\n");
        docs.Write("Get-Good.md", "# Get-Good\n\n## SYNOPSIS\nFine.\n");

        var failure = Assert.Throws<HelpBuildException>(() => HelpBuild.Run(docs.Path, output.Path));

        Assert.Equal([noSynopsis, noShortDescription], failure.Errors.Select(e => e.SourceName).Order(StringComparer.Ordinal));
        Assert.All(failure.Errors, e => Assert.Equal(1, e.Line));
        Assert.Contains($"{noSynopsis}(1): ", failure.Message);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void Run_rejects_two_pages_for_the_same_command()
    {
        using var docs = Fixtures.NewTempFolder();
        using var output = Fixtures.NewTempFolder();
        docs.Write("Get-Thing.md", "# Get-Thing\n\n## SYNOPSIS\nGets.\n");
        var second = docs.Write("get-thing.md", "# get-thing\n\n## SYNOPSIS\nGets too.\n");

        if (Directory.GetFiles(docs.Path).Length == 1)
        {
            // A case-insensitive file system kept one file: there is nothing to collide.
            Assert.Single(HelpBuild.Load(docs.Path).Commands);
            return;
        }

        var failure = Assert.Throws<HelpBuildException>(() => HelpBuild.Run(docs.Path, output.Path));

        var error = Assert.Single(failure.Errors);
        Assert.Equal(second, error.SourceName);
        Assert.Contains("'get-thing' is also documented in", error.Reason);
    }

    [Fact]
    public void Run_rejects_a_page_for_another_help_file()
    {
        using var docs = Fixtures.NewTempFolder();
        using var output = Fixtures.NewTempFolder();
        docs.Write("Get-Thing.md", "---\nexternal help file: Other.dll-Help.xml\n---\n\n# Get-Thing\n\n## SYNOPSIS\nGets.\n");

        var failure = Assert.Throws<HelpBuildException>(() => HelpBuild.Run(docs.Path, output.Path));

        Assert.Contains("'external help file: Other.dll-Help.xml' should be 'WorkplaceAdmin.dll-Help.xml'", Assert.Single(failure.Errors).Reason);
    }

    [Fact]
    public void Run_fails_clearly_when_the_docs_folder_is_missing()
    {
        using var output = Fixtures.NewTempFolder();
        var missing = Path.Combine(output.Path, "no-docs");

        var failure = Assert.Throws<DirectoryNotFoundException>(() => HelpBuild.Run(missing, output.Path));

        Assert.Contains(missing, failure.Message);
    }

    [Fact]
    public void Load_parses_without_writing()
    {
        var sources = HelpBuild.Load(Fixtures.DocsDir);

        Assert.Equal(["Add-WorkplaceGroupMember", "Get-WorkplaceCommunity"], sources.Commands.Select(c => c.Name));
        Assert.Equal("about_WorkplaceAdmin", Assert.Single(sources.AboutTopics).Name);
    }
}
