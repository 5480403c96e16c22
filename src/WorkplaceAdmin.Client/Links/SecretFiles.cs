namespace WorkplaceAdmin.Client.Links;

/// <summary>The per-link secret files under &lt;config folder&gt;/secrets, named by the lower-cased link name.</summary>
internal static class SecretFiles
{
    public static string PathOf(string folder, string linkName, string extension) =>
        Path.Combine(folder, "secrets", LinkName.Validate(linkName).ToLowerInvariant() + extension);

    public static bool Delete(string path)
    {
        if (!File.Exists(path))
            return false;
        File.Delete(path);
        return true;
    }
}
