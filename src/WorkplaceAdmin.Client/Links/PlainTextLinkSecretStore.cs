using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// Secrets in a plain-text file per link that only the user can read (mode 0600 in a 0700 folder). Used only when
/// the user explicitly opts in (-AllowPlainTextTokenFile), since anyone who can act as that user can read it.
/// </summary>
public sealed class PlainTextLinkSecretStore : ILinkSecretStore
{
    private const string Extension = ".token.json";
    private readonly string folder;

    public PlainTextLinkSecretStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        this.folder = folder;
    }

    public LinkTokenStorage Kind => LinkTokenStorage.PlainTextFile;
    public string? VaultName => null;

    /// <summary>The file that holds a link's secrets (for the user's information; never its content).</summary>
    public string PathOf(string linkName) => SecretFiles.PathOf(folder, linkName, Extension);

    public void Save(string linkName, LinkSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        PrivateFile.WriteAllBytes(PathOf(linkName), secrets.ToBytes());
    }

    public LinkSecrets? Load(string linkName)
    {
        var path = PathOf(linkName);
        return File.Exists(path) ? LinkSecrets.FromBytes(File.ReadAllBytes(path), $"link '{linkName}'") : null;
    }

    public bool Delete(string linkName) => SecretFiles.Delete(PathOf(linkName));
}
