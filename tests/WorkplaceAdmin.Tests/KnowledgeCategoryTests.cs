using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Get-WorkplaceKnowledgeCategory as an admin runs it, against the demo Knowledge Library.</summary>
public class KnowledgeCategoryTests
{
    [Fact]
    public void Lists_root_categories_and_with_Recurse_their_subcategories_depth_first()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            (Get-WorkplaceKnowledgeCategory).Title -join ','
            (Get-WorkplaceKnowledgeCategory -Recurse | ForEach-Object { "$($_.Depth):$($_.Title)" }) -join ','
            $leadership = Get-WorkplaceKnowledgeCategory | Where-Object Title -eq 'Leadership handbook'
            $leadership.ReadableByEveryone; $leadership.ReadAudienceGroups -join ','
            $phishing = Get-WorkplaceKnowledgeCategory -Recurse | Where-Object Title -eq 'Phishing'
            $phishing.Status; (Get-WorkplaceKnowledgeCategory -Id $phishing.ParentId).Title
            """).ThrowIfFailed();

        Assert.Equal(new object[]
        {
            "IT Help,Leadership handbook",
            "0:IT Help,1:Laptops,1:Security,2:Phishing,0:Leadership handbook",
            false, "Leadership Team",
            "DRAFT", "Security",
        }, run.Objects);
    }

    [Fact]
    public void Piped_categories_are_read_again_by_id_with_their_subcategories()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            (Get-WorkplaceKnowledgeCategory | Where-Object Title -eq 'IT Help' | Get-WorkplaceKnowledgeCategory -Recurse).Title -join ','
            """).ThrowIfFailed();

        Assert.Equal(new object[] { "IT Help,Laptops,Security,Phishing" }, run.Objects);
    }

    [Theory]
    [InlineData("Get-WorkplaceKnowledgeCategory -Id 'IT Help'", "is not a Workplace id")]
    [InlineData("Get-WorkplaceKnowledgeCategory -Id ''", "-Id is empty")]
    public void Bad_input_is_refused_before_any_request(string command, string expected)
    {
        LocalRefusal.AssertRefused(command, expected);
    }

    [Fact]
    public void Without_the_permission_the_error_names_it()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            Connect-Workplace -Emulator -Integration 'Read Only Groups'
            Get-WorkplaceKnowledgeCategory -ErrorAction SilentlyContinue -ErrorVariable problems
            "$problems"
            """);

        Assert.Null(run.Terminating);
        Assert.Contains("read_knowledge_library", (string)run.Objects[^1], StringComparison.Ordinal);
    }
}
