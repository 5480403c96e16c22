namespace WorkplaceAdmin.Base;

/// <summary>
/// Where each cmdlet's help page is online, for <c>Get-Help -Online</c>: docs/Verb-Noun.md in the repository named by
/// the manifest's ProjectUri. Attribute arguments must be constants, so cmdlets write
/// <c>HelpUri = HelpLinks.DocsBase + "Verb-Noun.md"</c>; the help pages' "online version" front matter holds the same URL.
/// </summary>
internal static class HelpLinks
{
    /// <summary>The manifest's PSData.ProjectUri (module/WorkplaceAdmin.psd1).</summary>
    public const string ProjectUri = "https://github.com/workplaceadmin/WorkplaceAdmin";

    /// <summary>The docs folder on the main branch; a page's URL is this plus "Verb-Noun.md".</summary>
    public const string DocsBase = ProjectUri + "/blob/main/docs/";
}
