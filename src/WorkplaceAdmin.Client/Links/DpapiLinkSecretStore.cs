using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>Secrets protected with Windows DPAPI for the current user, one file per link. Windows only.</summary>
public sealed class DpapiLinkSecretStore : ILinkSecretStore
{
    private const string Extension = ".dpapi";
    private readonly string folder;

    /// <exception cref="PlatformNotSupportedException">Not on Windows.</exception>
    public DpapiLinkSecretStore(string folder)
    {
        if (!OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("DPAPI exists only on Windows; on Linux and macOS keep the token in a SecretManagement vault (-Vault).");
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        this.folder = folder;
    }

    public LinkTokenStorage Kind => LinkTokenStorage.WindowsDpapi;
    public string? VaultName => null;

    public void Save(string linkName, LinkSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (OperatingSystem.IsWindows())
            PrivateFile.WriteAllBytes(SecretFiles.PathOf(folder, linkName, Extension), Dpapi.Protect(secrets.ToBytes()));
    }

    public LinkSecrets? Load(string linkName)
    {
        var path = SecretFiles.PathOf(folder, linkName, Extension);
        if (!OperatingSystem.IsWindows() || !File.Exists(path))
            return null;
        return LinkSecrets.FromBytes(Dpapi.Unprotect(File.ReadAllBytes(path)), $"link '{linkName}'");
    }

    public bool Delete(string linkName) => SecretFiles.Delete(SecretFiles.PathOf(folder, linkName, Extension));
}
