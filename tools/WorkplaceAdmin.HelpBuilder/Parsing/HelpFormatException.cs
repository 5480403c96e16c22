namespace WorkplaceAdmin.HelpBuilder;

/// <summary>A markdown help file does not follow the PlatyPS layout; names the file and the 1-based line.</summary>
public sealed class HelpFormatException(string sourceName, int line, string reason)
    : Exception($"{sourceName}({line}): {reason}")
{
    /// <summary>The file path (or the name given to <c>Parse</c>).</summary>
    public string SourceName { get; } = sourceName;

    public int Line { get; } = line;

    /// <summary>What is wrong, without the file and line.</summary>
    public string Reason { get; } = reason;
}
