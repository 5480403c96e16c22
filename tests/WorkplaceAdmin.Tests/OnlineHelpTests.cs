using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// <c>Get-Help X -Online</c> opens the cmdlet's page in the repository's docs: the cmdlet's HelpUri and the first
/// related link of its help (which PowerShell prefers) are both docs/X.md under the manifest's ProjectUri.
/// </summary>
public class OnlineHelpTests
{
    private const string ReadLinks = """
        $projectUri = (Get-Module WorkplaceAdmin).ProjectUri.ToString().TrimEnd('/')
        Get-Command -Module WorkplaceAdmin | ForEach-Object {
            $links = @((Get-Help $_.Name).relatedLinks.navigationLink)
            [pscustomobject]@{
                Name = $_.Name
                HelpUri = $_.HelpUri
                FirstLink = [string]$links[0].uri
                Expected = "$projectUri/blob/main/docs/$($_.Name).md"
            }
        }
        """;

    private static readonly Lazy<Dictionary<string, (string HelpUri, string FirstLink, string Expected)>> Links = new(() =>
    {
        using var session = new ModuleSession();
        return session.Run(ReadLinks).ThrowIfFailed().Output.ToDictionary(
            o => Text(o, "Name"),
            o => (Text(o, "HelpUri"), Text(o, "FirstLink"), Text(o, "Expected")));
    });

    private static string Text(System.Management.Automation.PSObject item, string property) => item.Properties[property].Value?.ToString() ?? string.Empty;

    public static TheoryData<string> CmdletNames() => CmdletContractTests.CmdletNames();

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Online_help_is_the_cmdlets_page_in_the_repository_docs(string name)
    {
        var (helpUri, firstLink, expected) = Links.Value[name];
        Assert.Equal(expected, helpUri);
        Assert.Equal(expected, firstLink);
        Assert.True(File.Exists(Path.Combine(Metadata.TestPaths.RepoRoot, "docs", name + ".md")), $"docs/{name}.md does not exist.");
    }
}
