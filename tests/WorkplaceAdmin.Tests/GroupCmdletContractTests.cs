using Xunit;
using WorkplaceAdmin.Tests.Metadata;

namespace WorkplaceAdmin.Tests;

/// <summary>What the group, membership, post and comment cmdlets promise runbooks, read from the compiled assembly.</summary>
public class GroupCmdletContractTests
{
    private static readonly string[] MembershipCmdlets = ["Add-WorkplaceGroupMember", "Remove-WorkplaceGroupMember"];

    private static CmdletMetadata Cmdlet(string name) => ModuleAssemblyReader.All.Single(cmdlet => cmdlet.Name == name);

    [Theory]
    [InlineData("Set-WorkplaceGroup")]
    [InlineData("Get-WorkplaceGroupMember")]
    [InlineData("Add-WorkplaceGroupMember")]
    [InlineData("Remove-WorkplaceGroupMember")]
    [InlineData("Export-WorkplaceGroupFeed")]
    [InlineData("New-WorkplacePost")]
    [InlineData("Get-WorkplacePost")]
    public void The_group_parameter_goes_through_the_shared_resolver(string name)
    {
        var group = Cmdlet(name).Parameter("Group")!;

        // One type for id, URL, exact name and piped group, so every cmdlet resolves -Group the same way.
        Assert.StartsWith("WorkplaceAdmin.Client.WorkplaceGroupIdentity", group.TypeName);
        Assert.True(group.Sets.Any(set => set.Mandatory), $"{name} -Group should be mandatory.");
        Assert.True(group.FromPipeline || group.FromPipelineByPropertyName, $"{name} -Group should take piped groups.");
        Assert.Equal("WorkplaceAdmin.Completion.GroupNameCompleter", group.Completer);
    }

    [Theory]
    [InlineData("Add-WorkplaceGroupMember")]
    [InlineData("Remove-WorkplaceGroupMember")]
    public void Membership_cmdlets_bind_the_usual_csv_headers_by_property_name(string name)
    {
        var cmdlet = Cmdlet(name);
        var id = cmdlet.Parameter("Id")!;
        var email = cmdlet.Parameter("Email")!;
        var group = cmdlet.Parameter("Group")!;

        Assert.True(id.FromPipelineByPropertyName && email.FromPipelineByPropertyName && group.FromPipelineByPropertyName);
        Assert.Contains("UserId", id.Aliases);
        Assert.Superset(new HashSet<string> { "Mail", "UserName", "PrimaryEmail" }, email.Aliases.ToHashSet());
        Assert.Contains("GroupId", group.Aliases);
        Assert.NotNull(cmdlet.Parameter("Admin"));
        Assert.Contains("WorkplaceAdmin.Client.Models.GroupMembershipResult", cmdlet.OutputTypes);
    }

    [Fact]
    public void Membership_cmdlets_are_bulk_cmdlets_that_ask_before_each_person()
    {
        foreach (var name in MembershipCmdlets)
            Assert.True(Cmdlet(name).SupportsShouldProcess, $"{name} should offer -WhatIf.");
        Assert.Equal("High", Cmdlet("Remove-WorkplaceGroupMember").ConfirmImpact);
        Assert.Equal("Medium", Cmdlet("Add-WorkplaceGroupMember").ConfirmImpact);
    }

    [Theory]
    [InlineData("Get-WorkplacePost", "Id")]
    [InlineData("Remove-WorkplacePost", "Id")]
    [InlineData("Get-WorkplaceComment", "PostId")]
    [InlineData("New-WorkplaceComment", "PostId")]
    [InlineData("Remove-WorkplaceComment", "Id")]
    public void Posts_and_comments_piped_from_a_listing_bind_by_their_id(string name, string parameter)
    {
        var bound = Cmdlet(name).Parameter(parameter)!;

        Assert.True(bound.FromPipelineByPropertyName, $"{name} -{parameter} should bind piped objects by property name.");
        Assert.True(bound.Name == "Id" || bound.Aliases.Contains("Id"), $"{name} -{parameter} should bind an Id property.");
    }

    [Fact]
    public void New_WorkplacePost_takes_the_content_parameters_of_the_issue_and_no_Link_alias()
    {
        var post = Cmdlet("New-WorkplacePost");

        Assert.All(new[] { "Group", "Message", "Markdown", "LinkUrl", "Mention" }, name => Assert.NotNull(post.Parameter(name)));
        // -Link is reserved for the chat and links cmdlets' extension of New-WorkplacePost.
        Assert.DoesNotContain(post.Parameters, p => p.Aliases.Contains("Link"));
    }
}
