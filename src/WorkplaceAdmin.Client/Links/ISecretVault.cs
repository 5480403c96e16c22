namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// A SecretManagement vault, reduced to what links need. The cmdlet layer implements it with Set-Secret,
/// Get-Secret and Remove-Secret; tests with a dictionary.
/// </summary>
public interface ISecretVault
{
    void SetSecret(string vault, string name, string secret);

    /// <returns>The secret, or null when the vault has none of that name.</returns>
    string? GetSecret(string vault, string name);

    /// <returns>Whether a secret was removed.</returns>
    bool RemoveSecret(string vault, string name);
}
