using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Accounts;

/// <summary>
/// Matches external accounts to Workplace people in bulk: the emails of a chunk in one batched lookup, the external
/// ids in another, then one <see cref="WorkplaceAccountMatch"/> per account in input order. An account matches when
/// its email or its external id finds a person; when both find different people it is a conflict.
/// </summary>
public sealed class AccountMatcher
{
    /// <summary>How many accounts a cmdlet should gather before calling <see cref="MatchAsync"/>.</summary>
    public const int ChunkSize = PeopleLookup.ChunkSize;

    private readonly PeopleLookup lookup;

    public AccountMatcher(WorkplaceClient client) => lookup = new PeopleLookup(client);

    public async Task<IReadOnlyList<WorkplaceAccountMatch>> MatchAsync(IReadOnlyList<ExternalAccount> accounts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var emails = accounts.Where(a => a.Email is not null).Select(a => a.Email!).ToList();
        var externalIds = accounts.Where(a => a.ExternalId is not null).Select(a => a.ExternalId!).ToList();
        var byEmail = emails.Count == 0 ? Empty : await lookup.FindByEmailsAsync(emails, ct).ConfigureAwait(false);
        var byExternalId = externalIds.Count == 0 ? Empty : await lookup.FindByExternalIdsAsync(externalIds, ct).ConfigureAwait(false);
        return accounts.Select(account => Match(account,
            account.Email is null ? null : byEmail[account.Email],
            account.ExternalId is null ? null : byExternalId[account.ExternalId])).ToList();
    }

    private static readonly IReadOnlyDictionary<string, PersonLookupResult> Empty = new Dictionary<string, PersonLookupResult>();

    private static WorkplaceAccountMatch Match(ExternalAccount account, PersonLookupResult? byEmail, PersonLookupResult? byExternalId)
    {
        var error = byEmail?.Error ?? byExternalId?.Error;
        var emailPerson = byEmail?.Person;
        var idPerson = byExternalId?.Person;
        if (emailPerson is not null && idPerson is not null && emailPerson.Id != idPerson.Id)
            return Result(account, AccountMatchStatus.Conflict, null, null,
                $"The email matches person {emailPerson.Id} but the external id matches person {idPerson.Id}.");
        var person = emailPerson ?? idPerson;
        if (person is not null)
        {
            var matchedBy = emailPerson is not null && idPerson is not null ? "Email, ExternalId" : emailPerson is not null ? "Email" : "ExternalId";
            return Result(account, AccountMatchStatus.Matched, person, matchedBy, null);
        }
        // An error on one key leaves the answer unknown: not a confident "no match".
        return error is not null
            ? Result(account, AccountMatchStatus.Failed, null, null, error.Message)
            : Result(account, AccountMatchStatus.NotFound, null, null, null);
    }

    private static WorkplaceAccountMatch Result(ExternalAccount account, AccountMatchStatus status, FoundPerson? person, string? matchedBy, string? error) => new()
    {
        Email = account.Email,
        ExternalId = account.ExternalId,
        Status = status,
        MatchedBy = matchedBy,
        PersonId = person?.Id,
        PersonName = person?.Name,
        PersonEmail = person?.Email,
        PersonActive = person?.Active,
        Error = error,
    };
}
