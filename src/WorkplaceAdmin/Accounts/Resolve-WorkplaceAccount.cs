using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Accounts;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Accounts;

/// <summary>
/// Matches external accounts (rows with Email and/or ExternalId) to Workplace people and reports, for each, the
/// person it matches or that none does. Rows are looked up in batches of 50, not one call per row.
/// </summary>
[Cmdlet(VerbsDiagnostic.Resolve, "WorkplaceAccount", HelpUri = HelpLinks.DocsBase + "Resolve-WorkplaceAccount.md")]
[OutputType(typeof(WorkplaceAccountMatch))]
public sealed class ResolveWorkplaceAccountCommand : WorkplaceCmdlet
{
    private readonly List<ExternalAccount> _pending = [];
    private AccountMatcher? _matcher;
    private long _row;

    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Mail", "UserName", "PrimaryEmail", "UserPrincipalName")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    public string? Email { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("EmployeeId", "ExternalAccountId")]
    public string? ExternalId { get; set; }

    protected override void ProcessRecord()
    {
        _row++;
        try
        {
            _pending.Add(ExternalAccount.Create(Email, ExternalId));
        }
        catch (ArgumentException error)
        {
            WriteItemError(error, Email ?? ExternalId, MyInvocation.ExpectingInput ? $"Row {_row}" : null);
            return;
        }

        if (_pending.Count >= AccountMatcher.ChunkSize)
        {
            Flush();
        }
    }

    protected override void EndProcessing() => Flush();

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var chunk = _pending.ToList();
        _pending.Clear();
        _matcher ??= new AccountMatcher(Client);
        try
        {
            foreach (var match in Await(ct => _matcher.MatchAsync(chunk, ct)))
            {
                WriteObject(match);
            }
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, chunk);
        }
    }
}
