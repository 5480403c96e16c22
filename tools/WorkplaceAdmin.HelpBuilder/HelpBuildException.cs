namespace WorkplaceAdmin.HelpBuilder;

/// <summary>One or more markdown files in the docs folder are malformed; nothing was written.</summary>
public sealed class HelpBuildException(IReadOnlyList<HelpFormatException> errors)
    : Exception($"{errors.Count} help file error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => e.Message))}")
{
    public IReadOnlyList<HelpFormatException> Errors { get; } = errors;
}
