using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

namespace WorkplaceAdmin.HelpBuilder.Tests;

public sealed class MamlWriterTests
{
    private static readonly XmlNamespaceManager Namespaces = CreateNamespaces();

    private readonly XDocument _maml = Render(
        PlatyPsMarkdownParser.ParseFile(Fixtures.CompleteCommandPath),
        PlatyPsMarkdownParser.ParseFile(Fixtures.MinimalCommandPath));

    private static XmlNamespaceManager CreateNamespaces()
    {
        var namespaces = new XmlNamespaceManager(new NameTable());
        namespaces.AddNamespace("msh", MamlNamespaces.HelpItems);
        namespaces.AddNamespace("maml", MamlNamespaces.Maml);
        namespaces.AddNamespace("command", MamlNamespaces.Command);
        namespaces.AddNamespace("dev", MamlNamespaces.Dev);
        return namespaces;
    }

    private static string RenderText(params CommandHelp[] commands)
    {
        using var text = new StringWriter();
        MamlWriter.Write(commands, text);
        return text.ToString();
    }

    private static XDocument Render(params CommandHelp[] commands) => XDocument.Parse(RenderText(commands));

    private XElement Command(string name) =>
        _maml.XPathSelectElement($"/msh:helpItems/command:command[command:details/command:name='{name}']", Namespaces)
        ?? throw new Xunit.Sdk.XunitException($"no command:command for {name}");

    private static string Text(XElement scope, string xpath) =>
        scope.XPathSelectElement(xpath, Namespaces)?.Value ?? throw new Xunit.Sdk.XunitException($"nothing at {xpath}");

    private static IEnumerable<string> Texts(XElement scope, string xpath) =>
        scope.XPathSelectElements(xpath, Namespaces).Select(e => e.Value);

    [Fact]
    public void Root_is_maml_help_items_in_the_msh_namespace_with_one_command_per_help()
    {
        var root = _maml.Root!;

        Assert.Equal(XName.Get("helpItems", "http://msh"), root.Name);
        Assert.Equal("maml", root.Attribute("schema")?.Value);
        Assert.Equal(2, root.Elements(XName.Get("command", "http://schemas.microsoft.com/maml/dev/command/2004/10")).Count());
    }

    [Fact]
    public void Uses_the_prefixes_powershell_help_files_use()
    {
        var command = Command("Add-WorkplaceGroupMember");

        Assert.Equal("command", command.GetPrefixOfNamespace(MamlNamespaces.Command));
        Assert.Equal("maml", command.GetPrefixOfNamespace(MamlNamespaces.Maml));
        Assert.Equal("dev", command.GetPrefixOfNamespace(MamlNamespaces.Dev));
    }

    [Fact]
    public void Details_hold_name_synopsis_verb_and_noun()
    {
        var command = Command("Add-WorkplaceGroupMember");

        Assert.Equal("Adds people to a Workplace group.", Text(command, "command:details/maml:description/maml:para"));
        Assert.Equal("Add", Text(command, "command:details/command:verb"));
        Assert.Equal("WorkplaceGroupMember", Text(command, "command:details/command:noun"));
    }

    [Fact]
    public void Description_has_one_para_per_paragraph()
    {
        var paras = Texts(Command("Add-WorkplaceGroupMember"), "maml:description/maml:para").ToList();

        Assert.Equal(4, paras.Count);
        Assert.StartsWith("The **Add-WorkplaceGroupMember** cmdlet adds people", paras[0]);
        Assert.StartsWith("See the Graph API reference (https://", paras[3]);
    }

    [Fact]
    public void Each_parameter_has_its_description_and_attributes()
    {
        var member = Command("Add-WorkplaceGroupMember").XPathSelectElement("command:parameters/command:parameter[maml:name='Member']", Namespaces)!;

        Assert.Equal("true", member.Attribute("required")?.Value);
        Assert.Equal("True (ByPropertyName, ByValue)", member.Attribute("pipelineInput")?.Value);
        Assert.Equal("Email, Mail, UserName, PrimaryEmail", member.Attribute("aliases")?.Value);
        Assert.Equal("named", member.Attribute("position")?.Value);
        Assert.Equal("true", member.Attribute("variableLength")?.Value);
        Assert.Equal("false", member.Attribute("globbing")?.Value);
        Assert.Equal("The people to add: emails or ids. Values like `O'Brien <ob@acme.com>` & \"quoted\" names are rejected by the server.",
            Text(member, "maml:description/maml:para"));
        Assert.Equal("String[]", Text(member, "command:parameterValue"));
        Assert.Equal("String[]", Text(member, "dev:type/maml:name"));
        Assert.Equal("None", Text(member, "dev:defaultValue"));
    }

    [Fact]
    public void Parameters_section_lists_every_parameter_once_in_document_order()
    {
        var names = Texts(Command("Add-WorkplaceGroupMember"), "command:parameters/command:parameter/maml:name");

        Assert.Equal(["GroupId", "Url", "Member", "Role", "PassThru", "WhatIf", "Confirm"], names);
    }

    [Fact]
    public void Parameter_attributes_cover_position_aliases_none_and_switch_defaults()
    {
        var parameters = Command("Add-WorkplaceGroupMember").XPathSelectElement("command:parameters", Namespaces)!;
        var groupId = parameters.XPathSelectElement("command:parameter[maml:name='GroupId']", Namespaces)!;
        var passThru = parameters.XPathSelectElement("command:parameter[maml:name='PassThru']", Namespaces)!;
        var role = parameters.XPathSelectElement("command:parameter[maml:name='Role']", Namespaces)!;

        Assert.Equal("0", groupId.Attribute("position")?.Value);
        Assert.Equal("True (ByPropertyName)", groupId.Attribute("pipelineInput")?.Value);
        Assert.Equal("none", passThru.Attribute("aliases")?.Value);
        Assert.Equal("False", passThru.Attribute("pipelineInput")?.Value);
        Assert.Equal("false", passThru.Attribute("required")?.Value);
        Assert.Equal("SwitchParameter", Text(passThru, "dev:type/maml:name"));
        Assert.Equal("False", Text(passThru, "dev:defaultValue"));
        Assert.Equal("false", passThru.XPathSelectElement("command:parameterValue", Namespaces)!.Attribute("required")?.Value);
        Assert.Equal("true", role.Attribute("required")?.Value); // required in one of its sets
        Assert.Equal("Member", Text(role, "dev:defaultValue"));
    }

    [Fact]
    public void Builds_one_syntax_item_per_parameter_set_from_the_yaml()
    {
        var items = Command("Add-WorkplaceGroupMember").XPathSelectElements("command:syntax/command:syntaxItem", Namespaces).ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal("Add-WorkplaceGroupMember", Text(item, "maml:name")));
        // Positional parameters first by position, then named ones in document order.
        Assert.Equal(["GroupId", "Role", "Member", "PassThru", "WhatIf", "Confirm"], Texts(items[0], "command:parameter/maml:name"));
        Assert.Equal(["Url", "Member", "Role", "PassThru", "WhatIf", "Confirm"], Texts(items[1], "command:parameter/maml:name"));
    }

    [Fact]
    public void Syntax_orders_positional_parameters_by_position_whatever_the_page_order()
    {
        static string Parameter(string name, string position) =>
            $"### -{name}\nAbout {name}.\n\n```yaml\nType: String\nRequired: False\nPosition: {position}\n```\n\n";
        var markdown = "# Get-Thing\n\n## SYNOPSIS\nGets.\n\n## PARAMETERS\n\n"
            + Parameter("Named", "Named") + Parameter("Second", "1") + Parameter("First", "0");

        var maml = Render(PlatyPsMarkdownParser.Parse(markdown, "inline"));

        var item = maml.XPathSelectElement("//command:syntax/command:syntaxItem", Namespaces)!;
        Assert.Equal(["First", "Second", "Named"], Texts(item, "command:parameter/maml:name"));
        Assert.Equal(["Named", "Second", "First"], Texts(maml.Root!, "//command:parameters/command:parameter/maml:name"));
    }

    [Fact]
    public void Syntax_items_use_the_metadata_of_their_set()
    {
        var items = Command("Add-WorkplaceGroupMember").XPathSelectElements("command:syntax/command:syntaxItem", Namespaces).ToList();
        var roleById = items[0].XPathSelectElement("command:parameter[maml:name='Role']", Namespaces)!;
        var roleByUrl = items[1].XPathSelectElement("command:parameter[maml:name='Role']", Namespaces)!;

        Assert.Equal("false", roleById.Attribute("required")?.Value);
        Assert.Equal("1", roleById.Attribute("position")?.Value);
        Assert.Equal("true", roleByUrl.Attribute("required")?.Value);
        Assert.Equal("named", roleByUrl.Attribute("position")?.Value);
        Assert.Equal(["Member", "Admin", "Moderator"], Texts(roleById, "command:parameterValueGroup/command:parameterValue"));
    }

    [Fact]
    public void Syntax_items_leave_out_switch_values_and_descriptions()
    {
        var item = Command("Add-WorkplaceGroupMember").XPathSelectElement("command:syntax/command:syntaxItem", Namespaces)!;
        var passThru = item.XPathSelectElement("command:parameter[maml:name='PassThru']", Namespaces)!;

        Assert.Null(passThru.XPathSelectElement("command:parameterValue", Namespaces));
        Assert.Empty(item.XPathSelectElements("command:parameter/maml:description", Namespaces));
        Assert.Equal("String", Text(item, "command:parameter[maml:name='GroupId']/command:parameterValue"));
    }

    [Fact]
    public void A_command_without_parameter_sets_has_one_syntax_item()
    {
        var command = Command("Get-WorkplaceCommunity");

        var item = Assert.Single(command.XPathSelectElements("command:syntax/command:syntaxItem", Namespaces));
        Assert.Equal("Get-WorkplaceCommunity", Text(item, "maml:name"));
        Assert.Empty(command.XPathSelectElements("command:parameters/command:parameter", Namespaces));
        Assert.Null(command.XPathSelectElement("maml:alertSet", Namespaces)); // empty NOTES
    }

    [Fact]
    public void A_sample_output_block_is_written_to_the_remarks_not_to_the_code()
    {
        var help = PlatyPsMarkdownParser.Parse(
            "# Get-Thing\n\n## SYNOPSIS\nGets.\n\n## EXAMPLES\n\n### Example 1: Show\n```powershell\nGet-Thing\n```\n\n```Output\nName\n----\nx\n```\n\nShows it.\n",
            "inline");

        var example = Render(help).XPathSelectElement("//command:example", Namespaces)!;

        Assert.Equal("Get-Thing", Text(example, "dev:code"));
        Assert.Equal(["Name\n----\nx", "Shows it."], example.XPathSelectElements("dev:remarks/maml:para", Namespaces).Select(p => p.Value));
    }

    [Fact]
    public void Examples_keep_title_code_and_remarks_with_the_introduction_first()
    {
        var examples = Command("Add-WorkplaceGroupMember").XPathSelectElements("command:examples/command:example", Namespaces).ToList();

        Assert.Equal(2, examples.Count);
        Assert.Equal("-------------- Example 1: Add one person by email --------------", Text(examples[0], "maml:title"));
        Assert.Equal("PS C:\\> Add-WorkplaceGroupMember -GroupId 356123 -Member 'ciso@acme.com'", Text(examples[0], "dev:code"));
        Assert.Equal("Adds the CISO to the group 356123.", Text(examples[0], "dev:remarks/maml:para"));
        Assert.Null(examples[0].XPathSelectElement("maml:introduction", Namespaces));

        Assert.Contains("Example 2: Add members from a CSV file & make them admins", Text(examples[1], "maml:title"));
        // The introduction leads the remarks: Get-Help would print maml:introduction glued to the code.
        Assert.Null(examples[1].XPathSelectElement("maml:introduction", Namespaces));
        Assert.Equal(
            ["Prepare a CSV with an `Email` column.",
             "Every row is sent on its own; rows that fail are reported as non-terminating errors. Check the result with Get-WorkplaceGroupMember."],
            Texts(examples[1], "dev:remarks/maml:para"));
        Assert.Contains("Where-Object { $_.Role -eq \"Admin\" -and $_.Joined -lt (Get-Date) }", Text(examples[1], "dev:code"));
        Assert.Contains("\n\nPS C:\\> Get-WorkplaceGroupMember", Text(examples[1], "dev:code"));
    }

    [Fact]
    public void Inputs_outputs_and_notes_are_written()
    {
        var command = Command("Add-WorkplaceGroupMember");

        Assert.Equal(["System.String[]", "System.Management.Automation.PSObject"],
            Texts(command, "command:inputTypes/command:inputType/dev:type/maml:name"));
        Assert.Equal("Emails or ids of the people to add.", Text(command, "command:inputTypes/command:inputType/maml:description/maml:para"));
        Assert.Equal("WorkplaceAdmin.BulkResult", Text(command, "command:returnValues/command:returnValue/dev:type/maml:name"));
        Assert.Equal("Adding a member needs the \"Manage groups\" permission. Throttled requests are retried.",
            Text(command, "maml:alertSet/maml:alert/maml:para"));
    }

    [Fact]
    public void Related_links_keep_absolute_uris_only_and_start_with_the_online_version()
    {
        var links = Command("Add-WorkplaceGroupMember").XPathSelectElements("command:relatedLinks/maml:navigationLink", Namespaces)
            .Select(l => (Text(l, "maml:linkText"), Text(l, "maml:uri")))
            .ToList();

        Assert.Equal(
            [("Online Version:", "https://example.com/WorkplaceAdmin/Add-WorkplaceGroupMember"),
             ("Get-WorkplaceGroupMember", ""),
             ("Workplace Graph API: group members", "https://developers.facebook.com/docs/workplace/reference/graph-api/group/members"),
             ("about_WorkplaceAdmin", "")],
            links);
    }

    [Fact]
    public void Escapes_markup_characters_and_keeps_unicode()
    {
        var text = RenderText(PlatyPsMarkdownParser.ParseFile(Fixtures.CompleteCommandPath));

        Assert.Contains("`O'Brien &lt;ob@acme.com&gt;` &amp; \"quoted\" names", text);
        Assert.Contains("Example 2: Add members from a CSV file &amp; make them admins", text);
        Assert.Contains("naïvely named \"résumé\"", text);
        Assert.Contains("PS C:\\&gt; Add-WorkplaceGroupMember", text);
        // The values round-trip through an XML parser unchanged.
        Assert.Contains(Texts(Command("Add-WorkplaceGroupMember"), "command:parameters/command:parameter/maml:description/maml:para"),
            para => para.Contains("— succeeded, failed or skipped — naïvely named \"résumé\""));
    }

    [Fact]
    public void Escapes_quotes_and_ampersands_in_attribute_values()
    {
        var markdown = "# Get-Thing\n\n## SYNOPSIS\nGets.\n\n## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nAliases: \"Quoted\", A&B, <X>\nRequired: False\nPosition: Named\n```\n";
        var text = RenderText(PlatyPsMarkdownParser.Parse(markdown, "inline"));

        Assert.Contains("aliases=\"&quot;Quoted&quot;, A&amp;B, &lt;X&gt;\"", text);
        var parameter = XDocument.Parse(text).XPathSelectElement("//command:parameters/command:parameter", Namespaces)!;
        Assert.Equal("\"Quoted\", A&B, <X>", parameter.Attribute("aliases")?.Value);
    }

    [Fact]
    public void Writes_an_empty_help_items_element_for_no_commands()
    {
        var maml = Render();

        Assert.Equal(XName.Get("helpItems", MamlNamespaces.HelpItems), maml.Root!.Name);
        Assert.Empty(maml.Root.Elements());
    }

    [Theory]
    [InlineData("Example 1", "-------------------------- Example 1 --------------------------")]
    [InlineData("", "")]
    public void Pads_example_titles_with_dashes(string title, string expected)
    {
        Assert.Equal(expected, MamlWriter.PadExampleTitle(title));
    }

    [Fact]
    public void Leaves_long_example_titles_alone()
    {
        var title = new string('x', 70);

        Assert.Equal(title, MamlWriter.PadExampleTitle(title));
    }
}
