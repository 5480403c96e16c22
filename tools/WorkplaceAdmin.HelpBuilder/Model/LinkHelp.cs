namespace WorkplaceAdmin.HelpBuilder;

/// <summary>One entry of RELATED LINKS: <c>[Text](Uri)</c>, or plain text (Uri null) naming another topic.</summary>
public sealed record LinkHelp(string Text, string? Uri)
{
    /// <summary>The link text PowerShell help uses for the <c>Get-Help -Online</c> target.</summary>
    public const string OnlineVersionText = "Online Version:";
}
