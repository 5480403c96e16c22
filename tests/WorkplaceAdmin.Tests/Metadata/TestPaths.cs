using System.Reflection;

namespace WorkplaceAdmin.Tests.Metadata;

/// <summary>Where the built module and the PowerShell reference assembly are, as stamped in at build time.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string ModuleFolder { get; } = Path.Combine(RepoRoot, "out", "WorkplaceAdmin");

    public static string ModuleAssembly { get; } = Path.Combine(ModuleFolder, "WorkplaceAdmin.dll");

    public static string ModuleManifest { get; } = Path.Combine(ModuleFolder, "WorkplaceAdmin.psd1");

    public static string PowerShellReferenceAssembly { get; } = Metadata("PowerShellReferenceAssembly");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
