using Xunit;
using WorkplaceAdmin.Tests.Metadata;

namespace WorkplaceAdmin.Tests;

/// <summary>The conventions every cmdlet of the module follows, read from the compiled assembly.</summary>
public class CmdletContractTests
{
    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var cmdlet in ModuleAssemblyReader.All)
        {
            data.Add(cmdlet.Name);
        }

        return data;
    }

    private static CmdletMetadata Cmdlet(string name) => ModuleAssemblyReader.All.Single(cmdlet => cmdlet.Name == name);

    [Fact]
    public void The_module_exports_the_foundation_cmdlets()
    {
        var names = ModuleAssemblyReader.All.Select(cmdlet => cmdlet.Name).ToList();
        Assert.Contains("Connect-Workplace", names);
        Assert.Contains("Disconnect-Workplace", names);
        Assert.Contains("Get-WorkplaceConnection", names);
        Assert.Contains("Get-WorkplaceCommunity", names);
        Assert.Contains("Get-WorkplaceGroup", names);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Verb_is_approved_and_noun_is_prefixed(string name)
    {
        var cmdlet = Cmdlet(name);
        Assert.Contains(cmdlet.Verb, PowerShellVerbs.Approved);
        Assert.StartsWith("Workplace", cmdlet.Noun, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void State_changes_support_WhatIf_and_Confirm_with_the_right_impact(string name)
    {
        var cmdlet = Cmdlet(name);
        if (!PowerShellVerbs.StateChanging.Contains(cmdlet.Verb))
        {
            Assert.False(cmdlet.SupportsShouldProcess && cmdlet.Verb == "Get", $"{name} reads only and should not offer -WhatIf.");
            return;
        }

        Assert.True(cmdlet.SupportsShouldProcess, $"{name} changes state but does not declare SupportsShouldProcess.");
        var expected = PowerShellVerbs.HighImpact.Contains(cmdlet.Verb) ? "High" : "Medium";
        Assert.Equal(expected, cmdlet.ConfirmImpact);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Declares_its_output_type(string name)
    {
        Assert.NotEmpty(Cmdlet(name).OutputTypes);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Takes_a_connection_unless_it_makes_one(string name)
    {
        var cmdlet = Cmdlet(name);
        var connection = cmdlet.Parameter("Connection");
        if (cmdlet.Verb == "Connect")
        {
            Assert.Null(connection);
            return;
        }

        Assert.NotNull(connection);
        Assert.Equal("WorkplaceAdmin.Client.WorkplaceConnection", connection!.TypeName);
        Assert.All(connection.Sets, set => Assert.False(set.Mandatory));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Parameter_sets_are_unambiguous(string name)
    {
        var cmdlet = Cmdlet(name);
        var sets = cmdlet.Parameters.SelectMany(parameter => parameter.Sets)
            .Select(set => set.SetName)
            .Where(set => set != "__AllParameterSets")
            .Distinct()
            .ToList();
        if (sets.Count > 1)
        {
            Assert.False(string.IsNullOrEmpty(cmdlet.DefaultParameterSetName), $"{name} has several parameter sets but no default.");
            Assert.Contains(cmdlet.DefaultParameterSetName!, sets);
        }

        foreach (var set in sets)
        {
            var positions = cmdlet.Parameters
                .SelectMany(parameter => parameter.Sets.Where(s => (s.SetName == set || s.SetName == "__AllParameterSets") && s.Position >= 0))
                .Select(s => s.Position)
                .ToList();
            Assert.Equal(positions.Count, positions.Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Identity_parameters_bind_from_the_pipeline_by_property_name(string name)
    {
        var cmdlet = Cmdlet(name);
        if (cmdlet.Verb == "Connect")
        {
            return;
        }

        foreach (var parameterName in new[] { "Id", "Email", "Url" })
        {
            var parameter = cmdlet.Parameter(parameterName);
            if (parameter is not null)
            {
                Assert.True(parameter.FromPipelineByPropertyName, $"{name} -{parameterName} should bind by property name so CSV rows and piped objects work.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Secrets_are_taken_as_SecureString(string name)
    {
        foreach (var parameter in Cmdlet(name).Parameters.Where(p => p.Name.EndsWith("Token", StringComparison.Ordinal) || p.Name.EndsWith("Secret", StringComparison.Ordinal)))
        {
            Assert.Equal("System.Security.SecureString", parameter.TypeName);
        }
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Group_names_and_emails_complete_on_Tab(string name)
    {
        var cmdlet = Cmdlet(name);
        var groupNames = cmdlet.Parameters.Where(p =>
            (p.Name == "Group" && p.TypeName.StartsWith("System.String", StringComparison.Ordinal)) ||
            (p.Name == "Name" && cmdlet.Noun == "WorkplaceGroup" && cmdlet.Verb == "Get"));
        foreach (var parameter in groupNames)
        {
            Assert.True(parameter.Completer == "WorkplaceAdmin.Completion.GroupNameCompleter", $"{name} -{parameter.Name} should complete group names.");
        }

        foreach (var parameter in cmdlet.Parameters.Where(p => p.Name == "Email" && p.TypeName.StartsWith("System.String", StringComparison.Ordinal)))
        {
            Assert.True(parameter.Completer == "WorkplaceAdmin.Completion.EmailCompleter", $"{name} -Email should complete people's emails.");
        }
    }
}
