using System.Xml.Linq;
using WorkplaceAdmin.HelpBuilder;
using WorkplaceAdmin.Tests.Metadata;
using Xunit;
using HelpPipelineInput = WorkplaceAdmin.HelpBuilder.PipelineInput;

namespace WorkplaceAdmin.Tests;

/// <summary>Every cmdlet and every parameter has help that agrees with the compiled cmdlet.</summary>
public class HelpCoverageTests
{
    private static readonly string[] PagingParameters = ["First", "Skip", "IncludeTotalCount"];
    private static readonly string[] ShouldProcessParameters = ["WhatIf", "Confirm"];

    private static readonly Lazy<HelpSources> Sources = new(() => HelpBuild.Load(Path.Combine(TestPaths.RepoRoot, "docs")));

    public static TheoryData<string> CmdletNames() => CmdletContractTests.CmdletNames();

    private static CmdletMetadata Cmdlet(string name) => ModuleAssemblyReader.All.Single(cmdlet => cmdlet.Name == name);

    private static CommandHelp Help(string name)
    {
        var help = Sources.Value.Commands.SingleOrDefault(command => command.Name == name);
        Assert.True(help is not null, $"{name} has no help page: add docs/{name}.md (PlatyPS layout).");
        return help!;
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Has_a_synopsis_a_description_and_an_example(string name)
    {
        var help = Help(name);
        Assert.False(string.IsNullOrWhiteSpace(help.Synopsis), $"{name} has no synopsis.");
        Assert.False(string.IsNullOrWhiteSpace(help.Description), $"{name} has no description.");
        Assert.NotEmpty(help.Examples);
        Assert.All(help.Examples, example => Assert.Contains(name, example.Code, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Describes_every_parameter_as_the_cmdlet_declares_it(string name)
    {
        var cmdlet = Cmdlet(name);
        var help = Help(name);
        foreach (var parameter in cmdlet.Parameters)
        {
            var documented = help.FindParameter(parameter.Name);
            Assert.True(documented is not null, $"{name} -{parameter.Name} is not in its help.");
            Assert.False(string.IsNullOrWhiteSpace(documented!.Description), $"{name} -{parameter.Name} has no description.");
            Assert.True(parameter.Sets.Any(set => set.Mandatory) == documented.Required, $"{name} -{parameter.Name}: help says Required={documented.Required}.");
            Assert.Equal(parameter.Aliases.Order(), documented.Aliases.Order());

            var byPropertyName = documented.PipelineInput.HasFlag(HelpPipelineInput.ByPropertyName);
            var byValue = documented.PipelineInput.HasFlag(HelpPipelineInput.ByValue);
            Assert.True(parameter.FromPipelineByPropertyName == byPropertyName, $"{name} -{parameter.Name}: help disagrees on pipeline input by property name.");
            Assert.True(parameter.FromPipeline == byValue, $"{name} -{parameter.Name}: help disagrees on pipeline input by value.");

            var positions = parameter.Sets.Where(set => set.Position >= 0).Select(set => (int?)set.Position).Distinct().ToList();
            Assert.True(documented.Position == positions.SingleOrDefault(), $"{name} -{parameter.Name}: help says position {documented.Position?.ToString() ?? "Named"}.");
        }
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Documents_no_parameter_the_cmdlet_lacks(string name)
    {
        var cmdlet = Cmdlet(name);
        var allowed = cmdlet.Parameters.Select(parameter => parameter.Name)
            .Concat(cmdlet.SupportsPaging ? PagingParameters : [])
            .Concat(cmdlet.SupportsShouldProcess ? ShouldProcessParameters : [])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var documented in Help(name).Parameters)
        {
            Assert.True(allowed.Contains(documented.Name), $"{name} help documents -{documented.Name}, which the cmdlet does not have.");
        }

        if (cmdlet.SupportsShouldProcess)
        {
            Assert.All(ShouldProcessParameters, parameter => Assert.NotNull(Help(name).FindParameter(parameter)));
        }
    }

    [Fact]
    public void Every_help_page_belongs_to_a_cmdlet()
    {
        var cmdlets = ModuleAssemblyReader.All.Select(cmdlet => cmdlet.Name).ToHashSet();
        Assert.All(Sources.Value.Commands, help => Assert.Contains(help.Name, cmdlets));
    }

    [Fact]
    public void The_built_module_carries_the_help_of_every_cmdlet_and_the_about_topic()
    {
        var maml = XDocument.Load(Path.Combine(TestPaths.ModuleFolder, "en-US", "WorkplaceAdmin.dll-Help.xml"));
        XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        var names = maml.Descendants(command + "details").Select(details => (string?)details.Element(command + "name")).ToList();
        Assert.Equal(ModuleAssemblyReader.All.Select(cmdlet => cmdlet.Name).Order(), names.Order());
        Assert.True(File.Exists(Path.Combine(TestPaths.ModuleFolder, "en-US", "about_WorkplaceAdmin.help.txt")));
    }
}
