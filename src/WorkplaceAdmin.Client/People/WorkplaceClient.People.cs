using System.Runtime.CompilerServices;
using System.Text.Json;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Client;

/// <summary>People through the Account Management API (SCIM 2.0, workplace-api.md §5), plus Graph for frontline.</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>One account by Workplace id; a missing one throws (Kind NotFound).</summary>
    public async Task<WorkplaceUser> GetUserAsync(string id, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var path = "Users/" + WorkplacePath.Escape(id);
        return ReadScimUser(await ScimGetAsync(path, null, ct).ConfigureAwait(false), HttpMethod.Get, path);
    }

    /// <summary>The account whose login email (userName) is this one; null when there is none.</summary>
    public Task<WorkplaceUser?> FindUserByEmailAsync(string email, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return FindUserAsync("userName", email.Trim(), ct);
    }

    /// <summary>The account with this external id; null when there is none.</summary>
    public Task<WorkplaceUser?> FindUserByExternalIdAsync(string externalId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        return FindUserAsync("externalId", externalId.Trim(), ct);
    }

    /// <summary>
    /// The id of the account an admin names by id or by login email (anything with an '@'); an unknown email throws
    /// <see cref="KeyNotFoundException"/>. An id is taken as is: the call that uses it reports an unknown one.
    /// </summary>
    public async Task<string> ResolveUserIdAsync(string idOrEmail, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrEmail);
        idOrEmail = idOrEmail.Trim();
        if (!idOrEmail.Contains('@'))
            return idOrEmail;
        var user = await FindUserByEmailAsync(idOrEmail, ct).ConfigureAwait(false);
        return user?.Id ?? throw new KeyNotFoundException($"No account has the email {idOrEmail}. Check the address, or list accounts with Get-WorkplaceUser.");
    }

    /// <summary>Every account, streamed page by page, optionally only those in the given statuses.</summary>
    public async IAsyncEnumerable<WorkplaceUser> GetUsersAsync(
        IReadOnlyCollection<UserStatusFilter>? statuses = null, int pageSize = 100, [EnumeratorCancellation] CancellationToken ct = default)
    {
        statuses ??= [];
        await foreach (var json in ScimPagesAsync("Users", null, pageSize, ct).ConfigureAwait(false))
        {
            var user = ScimUserReader.Read(json);
            if (UserStatusRules.Matches(user, statuses))
                yield return user;
        }
    }

    /// <summary>
    /// Creates an account (POST /Users, then Graph for IsFrontline). The create may be repeated after a lost
    /// response, a 5xx or a dropped connection; when such a repeat meets a uniqueness conflict, the account the
    /// first attempt made is looked up and returned, so a retried create never makes a duplicate nor reports
    /// a false conflict. A conflict on the first attempt is a real one and is reported, and so is a conflict on a retry
    /// when no earlier attempt went unanswered (the server answered 5xx or 429, so it did not act) or when the account
    /// was made before this create began (meta.created): a rerun after a faulted run reports an account it did not
    /// make as existing, never as created.
    /// </summary>
    public async Task<WorkplaceUser> CreateUserAsync(UserFields fields, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Email is null && fields.ExternalId is null)
            throw new ArgumentException("An account needs an Email, or an ExternalId when it has no email.", nameof(fields));
        if (fields.Name is null && fields.GivenName is null && fields.FamilyName is null)
            throw new ArgumentException("An account needs a Name, or a GivenName and a FamilyName.", nameof(fields));

        var journal = AttemptJournal.Begin();
        var started = DateTimeOffset.UtcNow;
        WorkplaceUser user;
        try
        {
            user = ReadScimUser(await ScimSendAsync(HttpMethod.Post, "Users", ScimUserBody.ForCreate(fields), ct, retrySafe: true).ConfigureAwait(false), HttpMethod.Post, "Users");
        }
        catch (WorkplaceApiException conflict) when (conflict.Kind == WorkplaceErrorKind.Conflict)
        {
            var existing = await FindExistingAsync(fields, ct).ConfigureAwait(false);
            if (conflict.Attempts > 1 && journal.HadUnansweredAttempt && existing is not null && !MadeBefore(existing, started) &&
                UserFieldValues.Differences(Identity(fields), existing).Count == 0)
                user = existing;
            else
                throw ConflictError(fields, existing, conflict);
        }
        return fields.IsFrontline is { } frontline ? await SetFrontlineAsync(user, frontline, ct).ConfigureAwait(false) : user;
    }

    /// <summary>Changes only the given fields (one PATCH replace each); returns the account as it now is.</summary>
    public async Task<WorkplaceUser> UpdateUserAsync(string id, UserFields changes, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(changes);
        var path = "Users/" + WorkplacePath.Escape(id);
        var patch = ScimUserBody.ForPatch(changes);
        // Replacing a value with the same value is harmless, so a PATCH may be repeated.
        var user = patch is null
            ? ReadScimUser(await ScimGetAsync(path, null, ct).ConfigureAwait(false), HttpMethod.Get, path)
            : ReadScimUser(await ScimSendAsync(HttpMethod.Patch, path, patch, ct, retrySafe: true).ConfigureAwait(false), HttpMethod.Patch, path);
        return changes.IsFrontline is { } frontline ? await SetFrontlineAsync(user, frontline, ct).ConfigureAwait(false) : user;
    }

    /// <summary>Activates or deactivates an account (active true/false).</summary>
    public Task<WorkplaceUser> SetUserActiveAsync(string id, bool active, CancellationToken ct = default) =>
        UpdateUserAsync(id, new UserFields { Active = active }, ct);

    /// <summary>
    /// Deletes an account that was never claimed. Workplace refuses claimed accounts with 412; that becomes an
    /// error saying so and pointing to deactivation.
    /// </summary>
    public async Task DeleteUserAsync(string id, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        try
        {
            await ScimSendAsync(HttpMethod.Delete, "Users/" + WorkplacePath.Escape(id), ReadOnlyMemory<byte>.Empty, ct, retrySafe: true).ConfigureAwait(false);
        }
        catch (WorkplaceApiException gone) when (gone.Kind == WorkplaceErrorKind.NotFound && gone.Attempts > 1)
        {
            // An earlier attempt deleted it and its response was lost.
        }
        catch (WorkplaceApiException refused) when (refused.HttpStatus == 412 || refused.Kind == WorkplaceErrorKind.PreconditionFailed)
        {
            throw Explained(refused, WorkplaceErrorKind.PreconditionFailed,
                $"The account {id} cannot be deleted because it has been claimed: Workplace deletes only accounts that were never claimed. " +
                "Deactivate it with Disable-WorkplaceUser instead.");
        }
    }

    private async Task<WorkplaceUser?> FindUserAsync(string attribute, string value, CancellationToken ct)
    {
        var escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var query = new Dictionary<string, string?> { ["filter"] = $"{attribute} eq \"{escaped}\"" };
        var page = await ScimGetAsync("Users", query, ct).ConfigureAwait(false);
        var uri = ScimUriFor("Users", query);
        foreach (var resource in ExpectScimList(page, uri))
            return ScimUserReader.Read(ExpectEntity(resource, HttpMethod.Get, uri, "a SCIM user"));
        return null;
    }

    /// <summary>A SCIM user answer, refused with a clear error when it is not one (see <see cref="ExpectEntity"/>).</summary>
    private WorkplaceUser ReadScimUser(JsonElement json, HttpMethod method, string path) =>
        ScimUserReader.Read(ExpectEntity(json, method, ScimUriFor(path, null), "a SCIM user"));

    /// <summary>The account holding the email, else the one holding the external id.</summary>
    private async Task<WorkplaceUser?> FindExistingAsync(UserFields fields, CancellationToken ct) =>
        (fields.Email is { } email ? await FindUserByEmailAsync(email, ct).ConfigureAwait(false) : null) ??
        (fields.ExternalId is { } externalId ? await FindUserByExternalIdAsync(externalId, ct).ConfigureAwait(false) : null);

    /// <summary>How far this machine's clock may be from the service's when comparing an account's meta.created.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(2);

    /// <summary>
    /// An unanswered attempt may or may not have reached the service (a connection dropped before or after it acted);
    /// an account the service says it made before this create began was not made by it. Unknown times count as ours.
    /// </summary>
    private static bool MadeBefore(WorkplaceUser existing, DateTimeOffset started) =>
        existing.CreatedTime is { } created && created < started - ClockSkew;

    /// <summary>What identifies the account a create made: its email, external id and names.</summary>
    private static UserFields Identity(UserFields fields) =>
        fields.Only([UserField.Email, UserField.ExternalId, UserField.Name, UserField.GivenName, UserField.FamilyName]);

    private static WorkplaceApiException ConflictError(UserFields fields, WorkplaceUser? existing, WorkplaceApiException conflict)
    {
        var what = fields.Email is not null ? $"the email {fields.Email}" : $"the external id {fields.ExternalId}";
        var holder = existing is null ? "" : $" (account {existing.Id}{(existing.Name is null ? "" : ", " + existing.Name)})";
        return Explained(conflict, WorkplaceErrorKind.Conflict,
            $"An account with {what} already exists{holder}; change it with Set-WorkplaceUser, or use Sync-WorkplaceUser.");
    }

    /// <summary>The same failure with a message that says what it means for accounts and what to do instead.</summary>
    private static WorkplaceApiException Explained(WorkplaceApiException error, WorkplaceErrorKind kind, string message) =>
        new(message, error)
        {
            HttpStatus = error.HttpStatus,
            Code = error.Code,
            Subcode = error.Subcode,
            ErrorType = error.ErrorType,
            FbTraceId = error.FbTraceId,
            ScimType = error.ScimType,
            RequestMethod = error.RequestMethod,
            RequestPath = error.RequestPath,
            ServerMessage = error.ServerMessage,
            Attempts = error.Attempts,
            Kind = kind,
        };

    /// <summary>SCIM 2.0 has no frontline attribute; Graph's member node has (workplace-api.md §2.3).</summary>
    private async Task<WorkplaceUser> SetFrontlineAsync(WorkplaceUser user, bool isFrontline, CancellationToken ct)
    {
        var parameters = new Dictionary<string, string?> { ["is_frontline"] = isFrontline ? "true" : "false" };
        await GraphPostAsync(WorkplacePath.Of(user.Id), parameters, ct, retrySafe: true).ConfigureAwait(false);
        return user with { IsFrontline = isFrontline };
    }
}
