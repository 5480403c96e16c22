using System.Management.Automation;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Links;

/// <summary>Removes saved links and their stored tokens (DPAPI file, vault secret or plain-text file). The integration itself is not touched.</summary>
[Cmdlet(VerbsCommon.Remove, "WorkplaceLink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveWorkplaceLinkCommand : WorkplaceLinkCmdlet
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
                if (ShouldProcess($"{link.Name} ({link.Kind}, token in {link.TokenStorage})", "Remove the link and its stored token"))
                {
                    Links.Remove(link, SecretsOf(link));
                }
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, name);
            }
        }
    }
}
