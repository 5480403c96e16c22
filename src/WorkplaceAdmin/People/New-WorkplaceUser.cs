using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.People;

/// <summary>
/// Creates accounts (SCIM POST /Users) from parameters or from piped rows bound by property name, concurrently.
/// Each row is checked before anything is sent; a bad row is reported with its row number and skipped.
/// </summary>
[Cmdlet(VerbsCommon.New, "WorkplaceUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "New-WorkplaceUser.md")]
[OutputType(typeof(WorkplaceUser))]
public sealed class NewWorkplaceUserCommand : WorkplaceUserRowCmdlet<ImportItem, WorkplaceUser>
{
    private UserImport? _import;

    protected override string Action => "Create account";

    /// <summary>A piped account (say, from another community) is a template for the new one: nothing is reverted.</summary>
    protected override bool PipedObjectsAreIdentities => false;

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _import = new UserImport(Client);
    }

    protected override IEnumerable<ImportItem> ReadItems()
    {
        var row = BoundRow();
        ImportItem item;
        try
        {
            // On the pipeline thread and in input order, so a manager created by an earlier row is known.
            item = Await(ct => _import!.PrepareAsync(row, ct));
        }
        catch (UserRowException bad)
        {
            WriteBadRow(bad, RowTarget(row.Email ?? row.ExternalId));
            yield break;
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteRowError(error, RowTarget(row.Email ?? row.ExternalId));
            yield break;
        }
        yield return item;
    }

    protected override string Describe(ImportItem item) =>
        item.Row.Fields.Email is { } email ? $"{item.Row.Fields.Name ?? item.Row.Fields.GivenName + " " + item.Row.Fields.FamilyName} <{email}>" : $"ExternalId {item.Row.Fields.ExternalId}";

    protected override object? TargetOf(ImportItem item) => RowTarget(item.Row.Fields.Email ?? item.Row.Fields.ExternalId);

    protected override Task<WorkplaceUser> RunAsync(ImportItem item, CancellationToken cancellationToken) => _import!.CreateAsync(item, cancellationToken);

    protected override void OnDeclined(ImportItem item) => UserImport.Abandon(item);
}
