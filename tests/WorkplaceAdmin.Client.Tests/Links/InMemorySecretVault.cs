using WorkplaceAdmin.Client.Links;

namespace WorkplaceAdmin.Client.Tests.Links;

/// <summary>A SecretManagement vault stand-in: secrets by vault and name.</summary>
public sealed class InMemorySecretVault : ISecretVault
{
    public Dictionary<(string Vault, string Name), string> Secrets { get; } = [];

    public void SetSecret(string vault, string name, string secret) => Secrets[(vault, name)] = secret;

    public string? GetSecret(string vault, string name) => Secrets.TryGetValue((vault, name), out var secret) ? secret : null;

    public bool RemoveSecret(string vault, string name) => Secrets.Remove((vault, name));
}
