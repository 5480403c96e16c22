using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Selection;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Links;

/// <summary>
/// Removes saved links and their stored tokens (DPAPI file, vault secret or plain-text file). The integration itself is
/// not touched. -Name takes wildcards, as Get-WorkplaceLink does: a plain name that matches no link is an error, a
/// pattern that matches none is not.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "WorkplaceLink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.DocsBase + "Remove-WorkplaceLink.md")]
[OutputType(typeof(void))]
public sealed class RemoveWorkplaceLinkCommand : WorkplaceLinkCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("LinkName")]
    [ArgumentCompleter(typeof(LinkNameCompleter))]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[] Name { get; set; } = [];

    protected override void ProcessRecord()
    {
        foreach (var name in Name)
        {
            try
            {
                var pattern = NamePattern.Parse(name);
                var links = pattern.HasWildcards ? Links.List().Where(link => pattern.IsMatch(link.Name)).ToList() : [Links.Get(name)];
                foreach (var link in links)
                {
                    Remove(link);
                }
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, name);
            }
        }
    }

    private void Remove(WorkplaceLink link)
    {
        try
        {
            if (ShouldProcess($"{link.Name} ({link.Kind}, token in {link.TokenStorage})", "Remove the link and its stored token"))
            {
                Links.Remove(link, SecretsOf(link));
            }
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, link.Name);
        }
    }
}
