namespace WorkplaceAdmin.HelpBuilder;

/// <summary>The help of one cmdlet, as written in its PlatyPS markdown file (<c>Verb-Noun.md</c>).</summary>
/// <remarks>
/// Prose properties are plain text: paragraphs are separated by a blank line ("\n\n"), and a single "\n"
/// inside a paragraph is a kept line break (list items, table rows, code lines).
/// </remarks>
public sealed class CommandHelp
{
    /// <summary>The command name from the <c># Verb-Noun</c> heading.</summary>
    public required string Name { get; init; }

    public required string Synopsis { get; init; }

    /// <summary>The DESCRIPTION section; empty when the section is absent.</summary>
    public required string Description { get; init; }

    /// <summary>The SYNTAX section as written. MAML syntax is generated from <see cref="Parameters"/>, not from these.</summary>
    public required IReadOnlyList<SyntaxBlock> SyntaxBlocks { get; init; }

    /// <summary>One entry per <c>### -Name</c> heading, in document order (CommonParameters excluded).</summary>
    public required IReadOnlyList<ParameterHelp> Parameters { get; init; }

    public required IReadOnlyList<ExampleHelp> Examples { get; init; }

    public required IReadOnlyList<TypeHelp> Inputs { get; init; }

    public required IReadOnlyList<TypeHelp> Outputs { get; init; }

    /// <summary>The NOTES section; empty when absent.</summary>
    public required string Notes { get; init; }

    /// <summary>The RELATED LINKS section, preceded by an "Online Version:" link when the front matter names one.</summary>
    public required IReadOnlyList<LinkHelp> RelatedLinks { get; init; }

    /// <summary>The YAML front matter keys and values (for example "external help file", "Module Name").</summary>
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    /// <summary>The file or name the help was parsed from, used in error messages.</summary>
    public required string SourceName { get; init; }

    /// <summary>The part of <see cref="Name"/> before the first dash.</summary>
    public string Verb => Name.Split('-', 2)[0];

    /// <summary>The part of <see cref="Name"/> after the first dash.</summary>
    public string Noun => Name.Contains('-') ? Name.Split('-', 2)[1] : string.Empty;

    /// <summary>The "online version" front matter value, used by <c>Get-Help -Online</c>; null when absent.</summary>
    public string? OnlineVersion => Metadata.TryGetValue(FrontMatterKeys.OnlineVersion, out var uri) && uri.Length > 0 ? uri : null;

    /// <summary>Finds a parameter by name, ignoring case and a leading dash.</summary>
    public ParameterHelp? FindParameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name.TrimStart('-'), StringComparison.OrdinalIgnoreCase));
}
