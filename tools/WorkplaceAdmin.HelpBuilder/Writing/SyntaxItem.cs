namespace WorkplaceAdmin.HelpBuilder;

/// <summary>One parameter set of a command as MAML's <c>command:syntaxItem</c> lists it.</summary>
/// <param name="Parameters">Each parameter with the yaml block that applies in this set, in display order.</param>
internal sealed record SyntaxItem(string ParameterSetName, IReadOnlyList<(ParameterHelp Parameter, ParameterMetadata Metadata)> Parameters)
{
    /// <summary>
    /// Builds the syntax items from the parameters' metadata (PlatyPS ignores the SYNTAX code blocks for MAML).
    /// Sets come in SYNTAX order, then any set only the parameters name. A set lists every parameter whose
    /// yaml covers it, positional ones first by position, then named ones in document order, as
    /// <c>Get-Command -Syntax</c> does.
    /// </summary>
    public static IReadOnlyList<SyntaxItem> For(CommandHelp command)
    {
        var setNames = command.SyntaxBlocks.Select(s => s.ParameterSetName)
            .Concat(command.Parameters.SelectMany(p => p.ParameterSets))
            .Where(s => s != SyntaxBlock.AllParameterSetsName && s != ParameterHelp.AllParameterSets)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        if (setNames.Count == 0)
        {
            return [new SyntaxItem(SyntaxBlock.AllParameterSetsName, InDisplayOrder(command.Parameters.Select(p => (p, p.Metadata[0]))))];
        }

        return setNames
            .Select(set => new SyntaxItem(set, InDisplayOrder(command.Parameters
                .Select(p => (Parameter: p, Metadata: p.MetadataFor(set)))
                .Where(p => p.Metadata is not null)
                .Select(p => (p.Parameter, p.Metadata!)))))
            .ToList();
    }

    private static IReadOnlyList<(ParameterHelp, ParameterMetadata)> InDisplayOrder(IEnumerable<(ParameterHelp Parameter, ParameterMetadata Metadata)> parameters)
    {
        var list = parameters.ToList();
        return list.Where(p => p.Metadata.Position is not null).OrderBy(p => p.Metadata.Position)
            .Concat(list.Where(p => p.Metadata.Position is null))
            .ToList();
    }
}
