using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Links;

/// <summary>Re-runs every check of saved links (token, community, group, each permission) with their stored tokens: one row per check.</summary>
[Cmdlet(VerbsDiagnostic.Test, "WorkplaceLink", HelpUri = HelpLinks.DocsBase + "Test-WorkplaceLink.md")]
[OutputType(typeof(WorkplaceLinkCheck))]
public sealed class TestWorkplaceLinkCommand : WorkplaceLinkCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("LinkName")]
    [ArgumentCompleter(typeof(LinkNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

    protected override void ProcessRecord()
    {
        foreach (var name in Name)
        {
            try
            {
                var link = Links.Get(name);
                var secrets = LinkService.LoadSecrets(link, SecretsOf(link));
                var endpoint = EndpointFor(link);
                foreach (var check in Await(ct => LinkService.TestAsync(link, secrets, endpoint, ct)))
                {
                    WriteObject(check);
                }
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, name);
            }
        }
    }
}
