using System.Reflection;

namespace WorkplaceAdmin.Tests.Metadata;

/// <summary>Where the built module and the PowerShell reference assembly are, as stamped in at build time.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string ModuleFolder { get; } = Path.Combine(RepoRoot, "out", "WorkplaceAdmin");

    public static string ModuleAssembly { get; } = Path.Combine(ModuleFolder, "WorkplaceAdmin.dll");

    public static string ModuleManifest { get; } = Path.Combine(ModuleFolder, "WorkplaceAdmin.psd1");

    /// <summary>Behind the dependency firewall: the engine assemblies and Flurl, loaded into the module's own context.</summary>
    public static string DependenciesFolder { get; } = Path.Combine(ModuleFolder, "Dependencies");

    /// <summary>The assemblies of the module folder: those at its root, then those in Dependencies/.</summary>
    public static IEnumerable<string> ModuleAssemblies(string pattern = "*.dll") =>
        Directory.GetFiles(ModuleFolder, pattern)
            .Concat(Directory.Exists(DependenciesFolder) ? Directory.GetFiles(DependenciesFolder, pattern) : []);

    public static string PowerShellReferenceAssembly { get; } = Metadata("PowerShellReferenceAssembly");

    /// <summary>The emulator server's entry assembly, run with <c>dotnet exec</c>.</summary>
    public static string EmulatorServer { get; } = Metadata("EmulatorServer");

    /// <summary>The Modules folder of the pinned pwsh 7.6.10 (.config/dotnet-tools.json), which holds Microsoft.PowerShell.ThreadJob.</summary>
    public static string PowerShellModules { get; } = Path.Combine(
        Metadata("NuGetPackageRoot"), "powershell", "7.6.10", "tools", "net10.0", "any", OperatingSystem.IsWindows() ? "win" : "unix", "Modules");

    /// <summary>Pester 5.9.1's manifest in the NuGet package folder, where <c>dotnet restore tools/PesterRestore</c> puts it.</summary>
    public static string PesterManifest { get; } = Path.Combine(Metadata("NuGetPackageRoot"), "pester", "5.9.1", "tools", "Pester.psd1");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
