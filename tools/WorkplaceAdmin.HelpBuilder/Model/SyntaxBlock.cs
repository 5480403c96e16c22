namespace WorkplaceAdmin.HelpBuilder;

/// <summary>One <c>### SetName</c> entry of the SYNTAX section with its code block.</summary>
public sealed record SyntaxBlock(string ParameterSetName, bool IsDefault, string Code)
{
    /// <summary>The set name PowerShell gives a command that declares no parameter set.</summary>
    public const string AllParameterSetsName = "__AllParameterSets";
}
