namespace WorkplaceAdmin.HelpBuilder;

/// <summary>One <c>### TypeName</c> entry of the INPUTS or OUTPUTS section.</summary>
public sealed record TypeHelp(string TypeName, string Description);
