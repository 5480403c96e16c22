using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Selection;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Links;

/// <summary>Gets the saved links, all of them or by name with wildcards. Reads only the definitions: no request, no secret.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceLink", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceLink.md")]
[OutputType(typeof(WorkplaceLink))]
public sealed class GetWorkplaceLinkCommand : WorkplaceLinkCmdlet
{
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("LinkName")]
    [ArgumentCompleter(typeof(LinkNameCompleter))]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        IReadOnlyList<WorkplaceLink> links;
        List<NamePattern> patterns;
        try
        {
            links = Links.List();
            patterns = (Name ?? []).Select(NamePattern.Parse).ToList();
        }
        catch (Exception error)
        {
            ThrowSetupError(error, Name);
            return;
        }

        foreach (var link in links.Where(link => patterns.Count == 0 || patterns.Any(pattern => pattern.IsMatch(link.Name))))
        {
            WriteObject(link);
        }

        foreach (var missing in patterns.Where(pattern => !pattern.HasWildcards && !links.Any(link => pattern.IsMatch(link.Name))))
        {
            WriteItemError(new WorkplaceLinkException(LinkErrorIds.NotFound, $"No link is named '{missing.Pattern}'. New-WorkplaceLink makes one."), missing.Pattern);
        }
    }
}
