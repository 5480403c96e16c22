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
    [Alias("UserName", "Mail", "PrimaryEmail", "EmailAddress")]
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
        var lookups = Lookups().ToList();
        if (lookups.Count == 0)
        {
            if (MyInvocation.ExpectingInput)
            {
                WriteItemError(new ArgumentException("This input has no Id, Email or ExternalId to look up."), null);
                return;
            }
            try
            {
                foreach (var user in Stream(Client.GetUsersAsync(statuses, 1000, Cancellation)))
                    WriteObject(user);
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, null);
            }
            return;
        }

        foreach (var (kind, value) in lookups)
        {
            try
            {
                // A positional value with an '@' is an email, whatever parameter it landed in.
                var user = (value.Contains('@') ? "Email" : kind) switch
                {
                    "Id" => Await(ct => Client.GetUserAsync(value, ct)),
                    "Email" => Await(ct => Client.FindUserByEmailAsync(value, ct)),
                    _ => Await(ct => Client.FindUserByExternalIdAsync(value, ct)),
                } ?? throw new KeyNotFoundException($"No account has the {(value.Contains('@') ? "email" : "external id")} {value}.");
                if (UserStatusRules.Matches(user, statuses))
                    WriteObject(user);
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, value);
            }
        }
    }

    /// <summary>What to look up, by the first kind given: ids, else emails, else external ids (a CSV row may carry several).</summary>
    private IEnumerable<(string Kind, string Value)> Lookups()
    {
        var (kind, values) = NonEmpty(Id) is { Length: > 0 } ids ? ("Id", ids)
            : NonEmpty(Email) is { Length: > 0 } emails ? ("Email", emails)
            : ("ExternalId", NonEmpty(ExternalId));
        return values.Select(value => (kind, value));
    }

    private static string[] NonEmpty(string[]? values) =>
        values?.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim()).ToArray() ?? [];
}
