using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.People;

/// <summary>
/// Changes only the fields given (one SCIM PATCH per account) of accounts named by -Id or -Email, from parameters or
/// piped rows. -NewEmail changes the login email.
/// </summary>
[Cmdlet(VerbsCommon.Set, "WorkplaceUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Set-WorkplaceUser.md")]
[OutputType(typeof(WorkplaceUser))]
public sealed class SetWorkplaceUserCommand : WorkplaceUserRowCmdlet<UserChange, WorkplaceUser>
{
    private readonly UserRowValidator _validator = new(newAccounts: false);
    private ManagerDirectory? _managers;

    /// <summary>The account to change; when given, -Email is not used to find it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    public string? Id { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? NewEmail { get; set; }

    protected override string Action => "Update account";

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _managers = ManagerDirectory.For(Client);
    }

    protected override IEnumerable<UserChange> ReadItems()
    {
        var target = string.IsNullOrWhiteSpace(Id) ? Email?.Trim() : Id.Trim();
        if (string.IsNullOrEmpty(target))
        {
            WriteBadRow(new UserRowException(BoundRow().RowNumber, "name the account to change with -Id or -Email."), RowTarget(null));
            yield break;
        }
        var row = BoundRow() with { Email = NewEmail };
        UserChange change;
        try
        {
            var valid = _validator.Validate(row);
            if (valid.Fields.Given().Count == 0 && valid.ManagerReference is null)
                throw new UserRowException(row.RowNumber, $"nothing to change for {target}: give at least one field, such as -Title.");
            if (valid.ManagerReference is { } manager && !Await(ct => _managers!.KnowsAsync(manager, ct)))
                throw new UserRowException(row.RowNumber, $"the manager {manager} is not an account of this community.");
            change = new UserChange(target, valid);
        }
        catch (UserRowException bad)
        {
            WriteBadRow(bad, RowTarget(target));
            yield break;
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteRowError(error, RowTarget(target));
            yield break;
        }
        yield return change;
    }

    protected override string Describe(UserChange item) => $"{item.Target} ({string.Join(", ", item.Changes.Fields.Given().Select(f => f.ToString()).Concat(item.Changes.ManagerReference is null ? [] : ["Manager"]))})";

    protected override object? TargetOf(UserChange item) => RowTarget(item.Target);

    protected override async Task<WorkplaceUser> RunAsync(UserChange item, CancellationToken cancellationToken)
    {
        var id = await Client.ResolveUserIdAsync(item.Target, cancellationToken).ConfigureAwait(false);
        var fields = item.Changes.Fields;
        if (item.Changes.ManagerReference is { } manager)
            fields = fields with { ManagerId = await _managers!.ResolveAsync(manager, item.Changes.RowNumber, cancellationToken).ConfigureAwait(false) };
        return await Client.UpdateUserAsync(id, fields, cancellationToken).ConfigureAwait(false);
    }
}
