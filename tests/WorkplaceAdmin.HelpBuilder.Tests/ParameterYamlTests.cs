namespace WorkplaceAdmin.HelpBuilder.Tests;

public sealed class ParameterYamlTests
{
    private static ParameterHelp ParseParameter(string yaml)
    {
        var markdown = $"# Get-Thing\n\n## SYNOPSIS\nGets.\n\n## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\n{yaml}\n```\n";
        return Assert.Single(PlatyPsMarkdownParser.Parse(markdown, "inline").Parameters);
    }

    [Theory]
    [InlineData("False", PipelineInput.None)]
    [InlineData("false", PipelineInput.None)]
    [InlineData("True (ByValue)", PipelineInput.ByValue)]
    [InlineData("True (ByPropertyName)", PipelineInput.ByPropertyName)]
    [InlineData("True (ByPropertyName, ByValue)", PipelineInput.ByValue | PipelineInput.ByPropertyName)]
    [InlineData("true (ByValue, ByPropertyName)", PipelineInput.ByValue | PipelineInput.ByPropertyName)]
    public void Parses_every_pipeline_input_form(string text, PipelineInput expected)
    {
        var parameter = ParseParameter($"Type: String\nRequired: False\nPosition: Named\nAccept pipeline input: {text}");

        Assert.Equal(expected, parameter.PipelineInput);
    }

    [Fact]
    public void Defaults_the_optional_keys()
    {
        var parameter = ParseParameter("Type: Int32\nRequired: true\nPosition: 2");

        Assert.Equal("Int32", parameter.Type);
        Assert.True(parameter.Required);
        Assert.Equal(2, parameter.Position);
        Assert.Equal([ParameterHelp.AllParameterSets], parameter.ParameterSets);
        Assert.True(parameter.Metadata[0].AppliesToAllParameterSets);
        Assert.Empty(parameter.Aliases);
        Assert.Empty(parameter.AcceptedValues);
        Assert.Null(parameter.DefaultValue);
        Assert.Equal(PipelineInput.None, parameter.PipelineInput);
        Assert.False(parameter.AcceptWildcard);
    }

    [Fact]
    public void Reads_keys_in_any_case_and_lists_with_spaces()
    {
        var parameter = ParseParameter(
            "type: String\nparameter sets: ByName,  ByEmail\naliases: N , DisplayName\naccepted values: A,B\nrequired: FALSE\nposition: named\ndefault value: 'x'\naccept wildcard characters: True");

        Assert.Equal(["ByName", "ByEmail"], parameter.ParameterSets);
        Assert.Equal(["N", "DisplayName"], parameter.Aliases);
        Assert.Equal(["A", "B"], parameter.AcceptedValues);
        Assert.False(parameter.Required);
        Assert.Null(parameter.Position);
        Assert.Equal("'x'", parameter.DefaultValue);
        Assert.True(parameter.AcceptWildcard);
    }

    [Theory]
    [InlineData("Switch")]
    [InlineData("SwitchParameter")]
    [InlineData("System.Management.Automation.SwitchParameter")]
    public void Recognises_switch_type_spellings(string type)
    {
        Assert.True(ParseParameter($"Type: {type}\nRequired: False\nPosition: Named").IsSwitch);
    }

    [Fact]
    public void The_error_line_points_into_the_yaml_block()
    {
        var markdown = "# Get-Thing\n\n## SYNOPSIS\nGets.\n\n## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nRequired: True\n\nPosition: -1\n```\n";

        var error = Assert.Throws<HelpFormatException>(() => PlatyPsMarkdownParser.Parse(markdown, "inline"));

        Assert.Equal(15, error.Line);
    }
}
