namespace WorkplaceAdmin.HelpBuilder;

/// <summary>The XML namespaces of PowerShell's MAML command help.</summary>
public static class MamlNamespaces
{
    /// <summary>The default namespace of the <c>helpItems</c> root.</summary>
    public const string HelpItems = "http://msh";
    public const string Maml = "http://schemas.microsoft.com/maml/2004/10";
    public const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
}
