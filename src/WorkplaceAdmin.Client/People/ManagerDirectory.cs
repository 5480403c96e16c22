using System.Collections.Concurrent;

namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Resolves a row's manager (an email or a Workplace id) to a Workplace id. Lookups are cached, so a manager
/// shared by many rows costs one call. A manager that an earlier row of the same run is creating is
/// <see cref="Expect">expected</see>: rows that name it wait for that row's outcome instead of failing a lookup.
/// Thread-safe.
/// </summary>
public sealed class ManagerDirectory
{
    private readonly Func<string, CancellationToken, Task<string?>> lookup;
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> lookups = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, PendingAccount> pending = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="lookup">Finds the id of the account an email or id names; null when there is none.</param>
    public ManagerDirectory(Func<string, CancellationToken, Task<string?>> lookup) =>
        this.lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));

    /// <summary>Looks managers up through the client: by email (SCIM filter) or by id (GET /Users/{id}).</summary>
    public static ManagerDirectory For(WorkplaceClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new ManagerDirectory(async (reference, ct) =>
        {
            if (reference.Contains('@'))
                return (await client.FindUserByEmailAsync(reference, ct).ConfigureAwait(false))?.Id;
            try
            {
                return (await client.GetUserAsync(reference, ct).ConfigureAwait(false)).Id;
            }
            catch (WorkplaceApiException missing) when (missing.Kind == WorkplaceErrorKind.NotFound)
            {
                return null;
            }
        });
    }

    /// <summary>Declares that this run creates the account with this email (row <paramref name="rowNumber"/>).</summary>
    public PendingAccount Expect(string email, long rowNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var account = new PendingAccount(email.Trim(), rowNumber);
        pending[account.Email] = account;
        return account;
    }

    /// <summary>True when the reference names an account that exists or that this run is creating.</summary>
    public async Task<bool> KnowsAsync(string reference, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        reference = reference.Trim();
        return pending.ContainsKey(reference) || await LookupAsync(reference, ct).ConfigureAwait(false) is not null;
    }

    /// <summary>The manager's id; waits for an expected account; <see cref="UserRowException"/> when unknown.</summary>
    public async Task<string> ResolveAsync(string reference, long forRow, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        reference = reference.Trim();
        if (pending.TryGetValue(reference, out var expected))
        {
            return await expected.Id.WaitAsync(ct).ConfigureAwait(false)
                ?? throw new UserRowException(forRow, $"the manager {reference} (row {expected.RowNumber}) was not created, so the manager cannot be set.");
        }
        return await LookupAsync(reference, ct).ConfigureAwait(false)
            ?? throw new UserRowException(forRow, $"the manager {reference} is not an account of this community.");
    }

    private async Task<string?> LookupAsync(string reference, CancellationToken ct)
    {
        var entry = lookups.GetOrAdd(reference, key => new Lazy<Task<string?>>(() => lookup(key, ct)));
        try
        {
            return await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed call is not an answer: the next row asks again.
            lookups.TryRemove(new KeyValuePair<string, Lazy<Task<string?>>>(reference, entry));
            throw;
        }
    }
}
