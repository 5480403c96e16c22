namespace WorkplaceAdmin.HelpBuilder;

/// <summary>One <c>```yaml</c> block under a parameter: how the parameter binds in the sets it names.</summary>
public sealed class ParameterMetadata
{
    /// <summary>The type as written, for example "String", "String[]" or "SwitchParameter".</summary>
    public required string Type { get; init; }

    /// <summary>The set names, or the single value <see cref="ParameterHelp.AllParameterSets"/>.</summary>
    public required IReadOnlyList<string> ParameterSets { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The values of a ValidateSet ("Accepted values"); empty when any value is accepted.</summary>
    public required IReadOnlyList<string> AcceptedValues { get; init; }

    public required bool Required { get; init; }

    /// <summary>The position; null when named.</summary>
    public required int? Position { get; init; }

    /// <summary>The default value as written; null when "None" or absent.</summary>
    public required string? DefaultValue { get; init; }

    public required PipelineInput PipelineInput { get; init; }

    public required bool AcceptWildcard { get; init; }

    /// <summary>The line of the opening fence in the markdown file.</summary>
    public required int Line { get; init; }

    public bool AppliesToAllParameterSets =>
        ParameterSets.Count == 1 && ParameterSets[0] == ParameterHelp.AllParameterSets;

    public bool IsSwitch => ParameterTypeNames.IsSwitch(Type);
}
