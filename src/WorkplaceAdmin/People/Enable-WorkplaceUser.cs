using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.People;

/// <summary>Reactivates deactivated accounts (SCIM active=true).</summary>
[Cmdlet(VerbsLifecycle.Enable, "WorkplaceUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = IdSet, HelpUri = HelpLinks.DocsBase + "Enable-WorkplaceUser.md")]
[OutputType(typeof(WorkplaceUser))]
public sealed class EnableWorkplaceUserCommand : WorkplaceUserIdentityCmdlet<WorkplaceUser>
{
    protected override string Action => "Reactivate account";

    protected override async Task<WorkplaceUser> RunAsync(string item, CancellationToken cancellationToken) =>
        await Client.SetUserActiveAsync(await Client.ResolveUserIdAsync(item, cancellationToken).ConfigureAwait(false), true, cancellationToken).ConfigureAwait(false);
}
