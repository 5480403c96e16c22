namespace WorkplaceAdmin.Tests.Metadata;

/// <summary>What PowerShell would learn about one cmdlet from its attributes, read without running it.</summary>
public sealed record CmdletMetadata(
    string TypeName,
    string Verb,
    string Noun,
    bool SupportsShouldProcess,
    string ConfirmImpact,
    bool SupportsPaging,
    string? DefaultParameterSetName,
    IReadOnlyList<string> OutputTypes,
    IReadOnlyList<ParameterMetadata> Parameters)
{
    public string Name => $"{Verb}-{Noun}";

    public ParameterMetadata? Parameter(string name) =>
        Parameters.SingleOrDefault(parameter => string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Name;
}

/// <summary>One cmdlet parameter: its type, aliases and one entry per [Parameter] attribute (parameter set).</summary>
public sealed record ParameterMetadata(
    string Name,
    string TypeName,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ParameterSetMetadata> Sets,
    bool HasValidation,
    string? Completer = null)
{
    public bool FromPipelineByPropertyName => Sets.Any(set => set.ValueFromPipelineByPropertyName);

    public bool FromPipeline => Sets.Any(set => set.ValueFromPipeline);

    public override string ToString() => Name;
}

public sealed record ParameterSetMetadata(
    string SetName,
    bool Mandatory,
    int Position,
    bool ValueFromPipeline,
    bool ValueFromPipelineByPropertyName);
