namespace WorkplaceAdmin.HelpBuilder.Tests;

public sealed class PlatyPsMarkdownParserTests
{
    private readonly CommandHelp _help = PlatyPsMarkdownParser.ParseFile(Fixtures.CompleteCommandPath);

    [Fact]
    public void Reads_the_title_and_front_matter()
    {
        Assert.Equal("Add-WorkplaceGroupMember", _help.Name);
        Assert.Equal("Add", _help.Verb);
        Assert.Equal("WorkplaceGroupMember", _help.Noun);
        Assert.Equal("WorkplaceAdmin.dll-Help.xml", _help.Metadata["external help file"]);
        Assert.Equal("WorkplaceAdmin", _help.Metadata["Module Name"]);
        Assert.Equal("https://example.com/WorkplaceAdmin/Add-WorkplaceGroupMember", _help.OnlineVersion);
        Assert.Equal(Fixtures.CompleteCommandPath, _help.SourceName);
    }

    [Fact]
    public void Reads_synopsis_and_description_as_plain_paragraphs()
    {
        Assert.Equal("Adds people to a Workplace group.", _help.Synopsis);

        var paragraphs = _help.Description.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        // Soft-wrapped source lines join into one paragraph.
        Assert.Equal(
            "The **Add-WorkplaceGroupMember** cmdlet adds people to a group, by email or by id. Each person is added in its own request; a failure for one person does not stop the others.",
            paragraphs[0]);
        // List items keep one line each.
        Assert.Equal("- a column named `Email`, `Mail` or `UserName` binds to **-Member**;\n- a column named `Role` binds to **-Role**.", paragraphs[2]);
        // Links become "text (uri)".
        Assert.Equal("See the Graph API reference (https://developers.facebook.com/docs/workplace/reference/graph-api/group/members) for limits.", paragraphs[3]);
    }

    [Fact]
    public void Reads_every_syntax_block_with_its_set_and_default_marker()
    {
        Assert.Collection(_help.SyntaxBlocks,
            byId =>
            {
                Assert.Equal("ByGroupId", byId.ParameterSetName);
                Assert.True(byId.IsDefault);
                Assert.StartsWith("Add-WorkplaceGroupMember [-GroupId] <String> -Member <String[]>", byId.Code);
                Assert.EndsWith(" [<CommonParameters>]", byId.Code);
            },
            byUrl =>
            {
                Assert.Equal("ByGroupUrl", byUrl.ParameterSetName);
                Assert.False(byUrl.IsDefault);
                Assert.StartsWith("Add-WorkplaceGroupMember -Url <Uri>", byUrl.Code);
            });
    }

    [Fact]
    public void Reads_every_parameter_in_document_order_without_common_parameters()
    {
        Assert.Equal(["GroupId", "Url", "Member", "Role", "PassThru", "WhatIf", "Confirm"], _help.Parameters.Select(p => p.Name));
        Assert.Null(_help.FindParameter("CommonParameters"));
        Assert.Same(_help.Parameters[2], _help.FindParameter("-member"));
    }

    [Fact]
    public void Reads_a_parameter_yaml_block_with_several_aliases_and_both_pipeline_kinds()
    {
        var member = _help.FindParameter("Member")!;

        Assert.Equal("The people to add: emails or ids. Values like `O'Brien <ob@acme.com>` & \"quoted\" names are rejected by the server.", member.Description);
        Assert.Equal("String[]", member.Type);
        Assert.Equal([ParameterHelp.AllParameterSets], member.ParameterSets);
        Assert.Equal(["Email", "Mail", "UserName", "PrimaryEmail"], member.Aliases);
        Assert.True(member.Required);
        Assert.Null(member.Position);
        Assert.Null(member.DefaultValue);
        Assert.Equal(PipelineInput.ByValue | PipelineInput.ByPropertyName, member.PipelineInput);
        Assert.False(member.AcceptWildcard);
        Assert.False(member.IsSwitch);
    }

    [Fact]
    public void Reads_position_set_and_by_property_name_input()
    {
        var groupId = _help.FindParameter("GroupId")!;

        Assert.Equal(0, groupId.Position);
        Assert.Equal(["ByGroupId"], groupId.ParameterSets);
        Assert.Equal(["Id", "Group"], groupId.Aliases);
        Assert.Equal(PipelineInput.ByPropertyName, groupId.PipelineInput);
    }

    [Fact]
    public void Keeps_one_metadata_block_per_parameter_set_when_the_binding_differs()
    {
        var role = _help.FindParameter("Role")!;

        Assert.Equal(2, role.Metadata.Count);
        Assert.Equal(["ByGroupId", "ByGroupUrl"], role.ParameterSets);
        Assert.Equal(["Member", "Admin", "Moderator"], role.AcceptedValues);
        Assert.Empty(role.Aliases);
        Assert.Equal("Member", role.DefaultValue);
        Assert.True(role.Required); // required in ByGroupUrl
        Assert.False(role.MetadataFor("ByGroupId")!.Required);
        Assert.Equal(1, role.MetadataFor("ByGroupId")!.Position);
        Assert.True(role.MetadataFor("ByGroupUrl")!.Required);
        Assert.Null(role.MetadataFor("ByGroupUrl")!.Position);
        Assert.Null(_help.FindParameter("GroupId")!.MetadataFor("ByGroupUrl"));
        Assert.NotNull(_help.FindParameter("Member")!.MetadataFor("ByGroupUrl"));
    }

    [Fact]
    public void Recognises_switch_parameters()
    {
        var passThru = _help.FindParameter("PassThru")!;

        Assert.True(passThru.IsSwitch);
        Assert.Equal("SwitchParameter", passThru.Type);
        Assert.Contains("naïvely named \"résumé\"", passThru.Description);
        Assert.Equal(["wi"], _help.FindParameter("WhatIf")!.Aliases);
    }

    [Fact]
    public void Keeps_example_code_introduction_and_remarks()
    {
        Assert.Equal(2, _help.Examples.Count);

        var first = _help.Examples[0];
        Assert.Equal("Example 1: Add one person by email", first.Title);
        Assert.Equal("", first.Introduction);
        Assert.Equal("PS C:\\> Add-WorkplaceGroupMember -GroupId 356123 -Member 'ciso@acme.com'", first.Code);
        Assert.Equal("Adds the CISO to the group 356123.", first.Remarks);

        var second = _help.Examples[1];
        Assert.Equal("Example 2: Add members from a CSV file & make them admins", second.Title);
        Assert.Equal("Prepare a CSV with an `Email` column.", second.Introduction);
        Assert.Equal(
            "PS C:\\> Import-Csv team.csv | Add-WorkplaceGroupMember -Url https://acme.workplace.com/groups/356123 -Role Admin\n\n"
            + "PS C:\\> Get-WorkplaceGroupMember -Group 356123 | Where-Object { $_.Role -eq \"Admin\" -and $_.Joined -lt (Get-Date) }",
            second.Code);
        Assert.Equal(
            "Every row is sent on its own; rows that fail are reported as non-terminating errors. Check the result with Get-WorkplaceGroupMember.",
            second.Remarks);
    }

    [Fact]
    public void Keeps_a_sample_output_block_out_of_the_example_code()
    {
        var markdown = "# Get-Thing\n\n## SYNOPSIS\nGets.\n\n## EXAMPLES\n\n### Example 1: Show the thing\n"
            + "```powershell\nGet-Thing\n```\n\n```Output\nName Size\n---- ----\nx       1\n```\n\nShows the thing.\n\n"
            + "### Example 2: Untagged output after two commands\n```powershell\n$a = Get-Thing\n```\n\n```powershell\n$a.Name\n```\n\n```\nx\n```\n";

        var help = PlatyPsMarkdownParser.Parse(markdown, "inline");

        Assert.Equal("Get-Thing", help.Examples[0].Code);
        Assert.Equal("Name Size\n---- ----\nx       1\n\nShows the thing.", help.Examples[0].Remarks);
        Assert.Equal("$a = Get-Thing\n\n$a.Name", help.Examples[1].Code);
        Assert.Equal("x", help.Examples[1].Remarks);
    }

    [Fact]
    public void Reads_inputs_outputs_and_notes()
    {
        Assert.Equal(
            [new TypeHelp("System.String[]", "Emails or ids of the people to add."),
             new TypeHelp("System.Management.Automation.PSObject", "Objects with an `Email` or `Id` property, such as rows of `Import-Csv`.")],
            _help.Inputs);
        Assert.Equal([new TypeHelp("WorkplaceAdmin.BulkResult", "With **-PassThru**, one result per person.")], _help.Outputs);
        Assert.Equal("Adding a member needs the \"Manage groups\" permission. Throttled requests are retried.", _help.Notes);
    }

    [Fact]
    public void Reads_related_links_one_per_line_after_the_online_version()
    {
        Assert.Equal(
            [new LinkHelp("Online Version:", "https://example.com/WorkplaceAdmin/Add-WorkplaceGroupMember"),
             new LinkHelp("Get-WorkplaceGroupMember", "Get-WorkplaceGroupMember.md"),
             new LinkHelp("Workplace Graph API: group members", "https://developers.facebook.com/docs/workplace/reference/graph-api/group/members"),
             new LinkHelp("about_WorkplaceAdmin", null)],
            _help.RelatedLinks);
    }

    [Fact]
    public void Does_not_repeat_the_online_version_when_it_is_already_a_related_link()
    {
        var markdown = "---\nonline version: https://x.test/get-thing\n---\n# Get-Thing\n\n## SYNOPSIS\nGets.\n\n## RELATED LINKS\n- [Online Version:](https://x.test/get-thing)\n- [Other](https://x.test/other)\n";

        var help = PlatyPsMarkdownParser.Parse(markdown, "inline");

        Assert.Equal([new LinkHelp("Online Version:", "https://x.test/get-thing"), new LinkHelp("Other", "https://x.test/other")], help.RelatedLinks);
    }

    [Fact]
    public void Reads_a_page_with_empty_sections_and_a_syntax_block_without_set_name()
    {
        var help = PlatyPsMarkdownParser.ParseFile(Fixtures.MinimalCommandPath);

        Assert.Empty(help.Parameters);
        Assert.Equal("", help.Notes);
        Assert.Empty(help.RelatedLinks); // "online version:" is empty
        Assert.Null(help.OnlineVersion);
        Assert.Equal([new TypeHelp("None", "")], help.Inputs);
        var syntax = Assert.Single(help.SyntaxBlocks);
        Assert.Equal(SyntaxBlock.AllParameterSetsName, syntax.ParameterSetName);
        Assert.Equal("Get-WorkplaceCommunity [<CommonParameters>]", syntax.Code);
        Assert.Equal("", Assert.Single(help.Examples).Remarks);
    }

    [Fact]
    public void Accepts_sections_in_any_order_with_windows_line_endings_and_no_front_matter()
    {
        var markdown = "# Get-Thing\r\n\r\n## DESCRIPTION\r\nLong.\r\n\r\n## synopsis\r\nShort.\r\n";

        var help = PlatyPsMarkdownParser.Parse(markdown, "inline");

        Assert.Equal("Short.", help.Synopsis);
        Assert.Equal("Long.", help.Description);
        Assert.Empty(help.Metadata);
        Assert.Empty(help.Examples);
    }

    [Fact]
    public void Drops_html_comments_and_keeps_hard_line_breaks()
    {
        var markdown = "# Get-Thing\n\n## SYNOPSIS\nShort.\n\n## DESCRIPTION\n<!-- a note\nfor contributors -->\nFirst line  \nsecond line\\\nthird line\n";

        var help = PlatyPsMarkdownParser.Parse(markdown, "inline");

        Assert.Equal("First line\nsecond line\nthird line", help.Description);
    }
}
