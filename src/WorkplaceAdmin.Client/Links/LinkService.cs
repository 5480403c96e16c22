using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// Makes, reads, tests, uses and removes links over a definitions store and a secret store. The secret-store calls
/// are synchronous and separate from the network calls, so a cmdlet can make them on its pipeline thread (a
/// SecretManagement vault is reached through PowerShell). Nothing is stored unless every check passed.
/// </summary>
public sealed class LinkService
{
    private readonly ILinkStore store;
    private readonly Func<DateTimeOffset> clock;

    public LinkService(ILinkStore store, Func<DateTimeOffset>? clock = null)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public IReadOnlyList<WorkplaceLink> List() => store.List();

    /// <exception cref="WorkplaceLinkException">No link of that name (Workplace.Link.NotFound).</exception>
    public WorkplaceLink Get(string name) =>
        store.Find(LinkName.Validate(name)) ?? throw new WorkplaceLinkException(LinkErrorIds.NotFound,
            $"No link is named '{name.Trim()}'. Get-WorkplaceLink lists the saved links; New-WorkplaceLink makes one.");

    /// <summary>Checks, before any request, that a new link could be saved under this name.</summary>
    /// <exception cref="ArgumentException">Not a valid name.</exception>
    /// <exception cref="WorkplaceLinkException">The name is taken (Workplace.Link.Duplicate).</exception>
    public void EnsureNameAvailable(string name)
    {
        var valid = LinkName.Validate(name);
        if (store.Find(valid) is not null)
            throw FileLinkStore.Duplicate(valid);
    }

    /// <summary>
    /// Verifies a new link with its own token and returns its definition, not yet saved.
    /// </summary>
    /// <exception cref="WorkplaceLinkException">A check failed; its message names every failed check, <see cref="WorkplaceLinkException.Checks"/> holds them all.</exception>
    public async Task<WorkplaceLink> VerifyNewAsync(LinkTarget target, LinkSecrets secrets, LinkEndpoint endpoint, ILinkSecretStore secretStore, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(secretStore);
        EnsureNameAvailable(target.Name);
        using var client = new WorkplaceClient(endpoint.OptionsFor(secrets));
        var verification = await LinkVerifier.VerifyAsync(client, target, null, ct).ConfigureAwait(false);
        if (verification.ToException(target.Name, "not saved.") is { } failure)
            throw failure;
        return new WorkplaceLink
        {
            Name = target.Name,
            Kind = target.Kind,
            GroupId = verification.Group?.Id ?? target.GroupId,
            GroupName = verification.Group?.Name,
            CommunityId = verification.Community?.Id ?? "",
            CommunityName = verification.Community?.Name,
            Permissions = LinkPermission.For(target.Kind).Select(p => p.Name).ToArray(),
            CreatedAt = clock(),
            TokenStorage = secretStore.Kind,
            VaultName = secretStore.VaultName,
            TokenHint = TokenMask.Hint(secrets.AccessToken),
            HasAppSecret = secrets.AppSecret is not null,
            GraphUri = endpoint.GraphUri.AbsoluteUri,
            IsEmulator = endpoint.IsEmulator,
        };
    }

    /// <summary>Saves the secrets, then the definition; if the definition cannot be saved the secrets are removed again.</summary>
    public void Save(WorkplaceLink link, LinkSecrets secrets, ILinkSecretStore secretStore)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(secretStore);
        if (secretStore.Kind != link.TokenStorage)
            throw new ArgumentException($"The link says its token is kept in {link.TokenStorage}, but the secret store given is {secretStore.Kind}.", nameof(secretStore));
        EnsureNameAvailable(link.Name);
        secretStore.Save(link.Name, secrets);
        try
        {
            store.Add(link);
        }
        catch
        {
            secretStore.Delete(link.Name);
            throw;
        }
    }

    /// <exception cref="WorkplaceLinkException">The secret is gone from its store (Workplace.Link.SecretMissing).</exception>
    public static LinkSecrets LoadSecrets(WorkplaceLink link, ILinkSecretStore secretStore)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(secretStore);
        return secretStore.Load(link.Name) ?? throw new WorkplaceLinkException(LinkErrorIds.SecretMissing,
            $"The access token of link '{link.Name}' is no longer in its store ({Where(link)}). Remove the link and make it again.");
    }

    /// <summary>Re-runs every check of a saved link with its stored token: one row per check.</summary>
    public static async Task<IReadOnlyList<WorkplaceLinkCheck>> TestAsync(WorkplaceLink link, LinkSecrets secrets, LinkEndpoint endpoint, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(endpoint);
        using var client = new WorkplaceClient(endpoint.OptionsFor(secrets));
        var verification = await LinkVerifier.VerifyAsync(client, LinkTarget.Of(link), link.CommunityId, ct).ConfigureAwait(false);
        return verification.Checks;
    }

    /// <summary>Connects with a saved link's token (GET /community checks it, as Connect-Workplace does).</summary>
    /// <exception cref="WorkplaceLinkException">The link is not of the kind the caller needs (Workplace.Link.WrongKind).</exception>
    public static Task<WorkplaceConnection> ConnectAsync(WorkplaceLink link, LinkSecrets secrets, LinkEndpoint endpoint, WorkplaceLinkKind? requiredKind = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (requiredKind is { } kind && link.Kind != kind)
            throw new WorkplaceLinkException(LinkErrorIds.WrongKind,
                $"Link '{link.Name}' is a {link.Kind} link; this command needs a {kind} link.");
        return WorkplaceConnection.ConnectAsync(endpoint.OptionsFor(secrets), endpoint.IsEmulator, ct);
    }

    /// <summary>Removes the stored secret and the definition.</summary>
    public void Remove(WorkplaceLink link, ILinkSecretStore secretStore)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(secretStore);
        secretStore.Delete(link.Name);
        store.Remove(link.Name);
    }

    private static string Where(WorkplaceLink link) => link.TokenStorage switch
    {
        LinkTokenStorage.Vault => $"vault '{link.VaultName}'",
        LinkTokenStorage.WindowsDpapi => "a DPAPI-protected file",
        _ => "a file only you can read",
    };
}
