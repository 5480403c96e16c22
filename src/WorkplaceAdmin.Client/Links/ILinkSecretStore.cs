using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>Keeps links' tokens and app secrets, by link name, somewhere other than the definitions file.</summary>
public interface ILinkSecretStore
{
    LinkTokenStorage Kind { get; }

    /// <summary>The vault's name for <see cref="LinkTokenStorage.Vault"/>; null otherwise.</summary>
    string? VaultName { get; }

    void Save(string linkName, LinkSecrets secrets);

    /// <returns>The secrets, or null when none are stored under that name.</returns>
    LinkSecrets? Load(string linkName);

    /// <returns>Whether something was deleted.</returns>
    bool Delete(string linkName);
}
