using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.People;

/// <summary>
/// Deletes accounts that were never claimed (SCIM DELETE). Workplace refuses claimed accounts (412); the error says
/// so and points to Disable-WorkplaceUser.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "WorkplaceUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = IdSet, HelpUri = HelpLinks.DocsBase + "Remove-WorkplaceUser.md")]
[OutputType(typeof(void))]
public sealed class RemoveWorkplaceUserCommand : WorkplaceUserIdentityCmdlet<bool>
{
    protected override string Action => "Delete account (never claimed)";

    protected override async Task<bool> RunAsync(string item, CancellationToken cancellationToken)
    {
        await Client.DeleteUserAsync(await Client.ResolveUserIdAsync(item, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Nothing to output for a deletion; failures are errors as usual.</summary>
    protected override void WriteResult(BulkResult<string, bool> result, ItemSource source)
    {
        if (result.Status != BulkStatus.Succeeded)
            base.WriteResult(result, source);
        else
            WriteVerbose($"Deleted {result.Input}.");
    }
}
