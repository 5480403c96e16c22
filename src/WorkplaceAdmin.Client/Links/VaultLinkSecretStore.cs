using System.Text;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>Secrets in a SecretManagement vault, as one secret per link named WorkplaceAdmin.Link.&lt;name&gt;.</summary>
public sealed class VaultLinkSecretStore : ILinkSecretStore
{
    public const string SecretPrefix = "WorkplaceAdmin.Link.";
    private readonly ISecretVault vault;

    public VaultLinkSecretStore(ISecretVault vault, string vaultName)
    {
        this.vault = vault ?? throw new ArgumentNullException(nameof(vault));
        ArgumentException.ThrowIfNullOrWhiteSpace(vaultName);
        VaultName = vaultName;
    }

    public LinkTokenStorage Kind => LinkTokenStorage.Vault;
    public string? VaultName { get; }

    public static string SecretNameOf(string linkName) => SecretPrefix + LinkName.Validate(linkName).ToLowerInvariant();

    public void Save(string linkName, LinkSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        vault.SetSecret(VaultName!, SecretNameOf(linkName), Encoding.UTF8.GetString(secrets.ToBytes()));
    }

    public LinkSecrets? Load(string linkName) =>
        vault.GetSecret(VaultName!, SecretNameOf(linkName)) is { } text
            ? LinkSecrets.FromBytes(Encoding.UTF8.GetBytes(text), $"link '{linkName}' in vault '{VaultName}'")
            : null;

    public bool Delete(string linkName) => vault.RemoveSecret(VaultName!, SecretNameOf(linkName));
}
