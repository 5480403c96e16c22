namespace WorkplaceAdmin.Loading;

/// <summary>
/// The assemblies the module keeps behind its dependency firewall: they ship in Dependencies/ of the module folder
/// and load into <see cref="DependencyLoadContext"/>, never into PowerShell's default context.
/// </summary>
internal static class ModuleDependencies
{
    public const string FolderName = "Dependencies";

    /// <summary>Our engine assemblies, which the cmdlet assembly references: the default context asks for these.</summary>
    public static readonly IReadOnlySet<string> Engine =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "WorkplaceAdmin.Client", "WorkplaceAdmin.Emulator" };

    /// <summary>Everything the private context loads from Dependencies/: the engine and the third-party libraries it uses.</summary>
    public static readonly IReadOnlySet<string> All =
        new HashSet<string>(Engine, StringComparer.OrdinalIgnoreCase) { "Flurl", "Flurl.Http" };

    /// <summary>Dependencies/ beside the cmdlet assembly.</summary>
    public static string Folder { get; } =
        Path.Combine(Path.GetDirectoryName(typeof(ModuleDependencies).Assembly.Location) ?? AppContext.BaseDirectory, FolderName);
}
