using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>One person of one group, as Add- and Remove-WorkplaceGroupMember process them.</summary>
public sealed record GroupMembershipWork(WorkplaceGroup Group, MemberReference Person);

/// <summary>
/// What Add- and Remove-WorkplaceGroupMember share: people piped by id or email (CSV rows bind by property name),
/// a -Group resolved once, and the changes sent through <see cref="GroupMembershipUpdater"/> in Graph batches.
/// </summary>
public abstract class GroupMembershipCmdlet : WorkplaceBulkCmdlet<GroupMembershipWork, GroupMembershipResult>
{
    private GroupMembershipUpdater? _updater;
    private WorkplaceGroup? _group;

    /// <summary>The group: id, URL, exact name, or a group object. CSV rows may carry it in a GroupId column.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId", "GroupUrl")]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity Group { get; set; } = null!;

    /// <summary>People by id.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("UserId", "MemberId", "PersonId")]
    public string[]? Id { get; set; }

    /// <summary>People by login email.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Mail", "UserName", "PrimaryEmail", "EmailAddress", "UserPrincipalName")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    public string[]? Email { get; set; }

    /// <summary>Promote (Add) or demote (Remove) group admins instead.</summary>
    [Parameter]
    public SwitchParameter Admin { get; set; }

    protected abstract GroupMembershipAction MembershipAction { get; }

    protected override string Action => MembershipAction switch
    {
        GroupMembershipAction.Add => $"Add to group '{_group?.Name}'",
        GroupMembershipAction.Remove => $"Remove from group '{_group?.Name}'",
        GroupMembershipAction.Promote => $"Make admin of group '{_group?.Name}'",
        _ => $"Remove as admin of group '{_group?.Name}'",
    };

    protected override string ProgressActivity => $"{MyInvocation.MyCommand.Name} '{_group?.Name}'";

    protected override int Concurrency => ThrottleLimit ?? Updater.SuggestedConcurrency;

    private GroupMembershipUpdater Updater => _updater ??= new GroupMembershipUpdater(Client);

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        // A -Group typed on the command line is the same for every row: a bad one stops the command at once.
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Group)))
        {
            try
            {
                _group = ResolveGroup();
            }
            catch (Exception error) when (!IsStopping(error))
            {
                ThrowSetupError(error, Group);
            }
        }
    }

    protected override IEnumerable<GroupMembershipWork> ReadItems()
    {
        IReadOnlyList<MemberReference> people;
        try
        {
            _group = ResolveGroup();
            people = MemberReference.FromRecord(Id, Email);
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteRowError(error, Id?.FirstOrDefault() ?? Email?.FirstOrDefault());
            yield break;
        }
        foreach (var person in people)
            yield return new GroupMembershipWork(_group, person);
    }

    protected override string Describe(GroupMembershipWork item) => item.Person.Text;

    /// <summary>The id or email as given, not the work record pairing it with the group.</summary>
    protected override object? TargetOf(GroupMembershipWork item) => item.Person.Text;

    protected override Task<GroupMembershipResult> RunAsync(GroupMembershipWork item, CancellationToken cancellationToken) =>
        Updater.ChangeAsync(item.Group, item.Person, MembershipAction, cancellationToken);

    protected override void EndProcessing()
    {
        base.EndProcessing();
        _updater?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _updater = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _updater?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        base.Dispose(disposing);
    }

    private WorkplaceGroup ResolveGroup() =>
        Await(ct => MembershipAction is GroupMembershipAction.Add or GroupMembershipAction.Promote
            ? Groups.ResolveForWriteAsync(Group, "add people or admins to", ct)
            : Groups.ResolveAsync(Group, ct));
}
