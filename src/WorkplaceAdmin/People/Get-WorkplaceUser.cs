using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.People;

/// <summary>
/// Gets accounts by id, login email or external id (from parameters or piped rows), or every account, streamed,
/// optionally only those in some statuses.
/// </summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceUser", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceUser.md")]
[OutputType(typeof(WorkplaceUser))]
public sealed class GetWorkplaceUserCommand : WorkplaceCmdlet
{
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    public string[]? Id { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("UserName", "Mail", "PrimaryEmail", "EmailAddress", "UserPrincipalName")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    public string[]? Email { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("EmployeeId", "ObjectId")]
    public string[]? ExternalId { get; set; }

    /// <summary>Keeps only accounts in these states (Active = not deactivated).</summary>
    [Parameter]
    public UserStatusFilter[]? Status { get; set; }

    protected override void ProcessRecord()
    {
        var statuses = Status ?? [];
        if (!IdentityGiven())
        {
            if (MyInvocation.ExpectingInput)
            {
                WriteItemError(new ArgumentException("This input has no Id, Email or ExternalId to look up."), null);
                return;
            }

            ListEveryone(statuses);
            return;
        }

        foreach (var (kind, value) in Lookups())
        {
            try
            {
                // A positional value with an '@' is an email, whatever parameter it landed in.
                var asKind = kind == IdentityKind.Id && value?.Contains('@') == true ? IdentityKind.Email : kind;
                var checkedValue = IdentityInput.Require(asKind.ToString(), value, asKind);
                var user = asKind switch
                {
                    IdentityKind.Id => Await(ct => Client.GetUserAsync(checkedValue, ct)),
                    IdentityKind.Email => Await(ct => Client.FindUserByEmailAsync(checkedValue, ct)),
                    _ => Await(ct => Client.FindUserByExternalIdAsync(checkedValue, ct)),
                } ?? throw new KeyNotFoundException($"No account has the {(asKind == IdentityKind.Email ? "email" : "external id")} {checkedValue}.");
                if (UserStatusRules.Matches(user, statuses))
                    WriteObject(user);
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, value);
            }
        }
    }

    private void ListEveryone(UserStatusFilter[] statuses)
    {
        try
        {
            foreach (var user in Stream(Client.GetUsersAsync(statuses, 1000, Cancellation)))
                WriteObject(user);
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, null);
        }
    }

    /// <summary>
    /// Whether an identity parameter was given at all (on the command line or from a piped row), even empty: then only
    /// those accounts are looked up, and an empty value is an error. Never a listing of everyone.
    /// </summary>
    private bool IdentityGiven() =>
        MyInvocation.BoundParameters.ContainsKey(nameof(Id)) ||
        MyInvocation.BoundParameters.ContainsKey(nameof(Email)) ||
        MyInvocation.BoundParameters.ContainsKey(nameof(ExternalId));

    /// <summary>What to look up: the first kind with a value (a CSV row may carry several columns), else the first given.</summary>
    private IEnumerable<(IdentityKind Kind, string? Value)> Lookups()
    {
        var given = new (IdentityKind Kind, string[]? Values)[] { (IdentityKind.Id, Id), (IdentityKind.Email, Email), (IdentityKind.ExternalId, ExternalId) }
            .Where(entry => MyInvocation.BoundParameters.ContainsKey(entry.Kind.ToString()))
            .ToList();
        var (kind, values) = given.FirstOrDefault(entry => entry.Values?.Any(value => !string.IsNullOrWhiteSpace(value)) == true) is { Values: not null } withValue
            ? withValue
            : given[0];
        var named = values is null || values.Length == 0 ? new string?[] { null } : values.Select(value => (string?)value).ToArray();
        return named.Select(value => (kind, value));
    }
}
