namespace WorkplaceAdmin.HelpBuilder;

/// <summary>One <c>### -Name</c> entry of the PARAMETERS section.</summary>
/// <remarks>
/// PlatyPS writes one yaml block per distinct metadata (a parameter can be mandatory in one parameter set
/// and optional in another); <see cref="Metadata"/> keeps them all. The flat properties describe the
/// parameter as the PARAMETERS section of Get-Help shows it: taken from the first block, except
/// <see cref="ParameterSets"/> (all blocks) and <see cref="Required"/> (true if required in any set).
/// </remarks>
public sealed class ParameterHelp
{
    /// <summary>The "Parameter Sets" value meaning every parameter set of the command.</summary>
    public const string AllParameterSets = "(All)";

    /// <summary>The name without the leading dash.</summary>
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The yaml blocks in document order; never empty.</summary>
    public required IReadOnlyList<ParameterMetadata> Metadata { get; init; }

    public string Type => Metadata[0].Type;

    /// <summary>The parameter sets of every yaml block, in order, without duplicates; <see cref="AllParameterSets"/> stands for all.</summary>
    public IReadOnlyList<string> ParameterSets =>
        Metadata.SelectMany(m => m.ParameterSets).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyList<string> Aliases => Metadata[0].Aliases;

    public IReadOnlyList<string> AcceptedValues => Metadata[0].AcceptedValues;

    public bool Required => Metadata.Any(m => m.Required);

    /// <summary>The position from the first block; null when the parameter is named.</summary>
    public int? Position => Metadata[0].Position;

    /// <summary>The default value as written; null when the yaml says "None" or nothing.</summary>
    public string? DefaultValue => Metadata[0].DefaultValue;

    public PipelineInput PipelineInput => Metadata[0].PipelineInput;

    public bool AcceptWildcard => Metadata[0].AcceptWildcard;

    public bool IsSwitch => Metadata[0].IsSwitch;

    /// <summary>The yaml block that applies to a parameter set, or null when the parameter is not in that set.</summary>
    public ParameterMetadata? MetadataFor(string parameterSet) =>
        Metadata.FirstOrDefault(m => m.ParameterSets.Contains(parameterSet, StringComparer.OrdinalIgnoreCase))
        ?? Metadata.FirstOrDefault(m => m.AppliesToAllParameterSets);
}
