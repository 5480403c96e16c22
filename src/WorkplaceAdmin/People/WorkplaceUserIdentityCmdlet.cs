using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.People;

/// <summary>
/// A bulk cmdlet that acts on accounts named by -Id or -Email (each also from piped objects or CSV columns such as
/// Id, UserId, Email, UserName, Mail, PrimaryEmail).
/// </summary>
public abstract class WorkplaceUserIdentityCmdlet<TOut> : WorkplaceBulkCmdlet<string, TOut>
{
    protected const string IdSet = "Id";
    protected const string EmailSet = "Email";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = EmailSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserName", "Mail", "PrimaryEmail", "EmailAddress", "UserPrincipalName")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Email { get; set; }

    protected override IEnumerable<string> ReadItems()
    {
        var (parameter, kind, targets) = ParameterSetName == EmailSet ? (nameof(Email), IdentityKind.Email, Email) : (nameof(Id), IdentityKind.Id, Id);
        foreach (var target in targets ?? new string?[] { null })
        {
            string checkedTarget;
            try
            {
                checkedTarget = IdentityInput.Require(parameter, target, kind);
            }
            catch (ArgumentException error)
            {
                WriteRowError(error, target);
                continue;
            }

            yield return checkedTarget;
        }
    }

    protected override string Describe(string item) => item;

    protected override object? TargetOf(string item) => item;
}
