using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.People;

/// <summary>Deactivates accounts (SCIM active=false): the person can no longer log in; their content stays.</summary>
[Cmdlet(VerbsLifecycle.Disable, "WorkplaceUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = IdSet, HelpUri = HelpLinks.DocsBase + "Disable-WorkplaceUser.md")]
[OutputType(typeof(WorkplaceUser))]
public sealed class DisableWorkplaceUserCommand : WorkplaceUserIdentityCmdlet<WorkplaceUser>
{
    protected override string Action => "Deactivate account";

    protected override async Task<WorkplaceUser> RunAsync(string item, CancellationToken cancellationToken) =>
        await Client.SetUserActiveAsync(await Client.ResolveUserIdAsync(item, cancellationToken).ConfigureAwait(false), false, cancellationToken).ConfigureAwait(false);
}
