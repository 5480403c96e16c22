using Xunit;
using System.Text.RegularExpressions;
using WorkplaceAdmin.Tests.Metadata;

namespace WorkplaceAdmin.Tests;

/// <summary>The manifest in the built module folder matches the assembly and the project's version.</summary>
public partial class ManifestTests
{
    private static readonly string BuiltManifest = File.ReadAllText(Path.Combine(TestPaths.ModuleFolder, "WorkplaceAdmin.psd1"));

    [Fact]
    public void CmdletsToExport_lists_exactly_the_cmdlets_of_the_assembly()
    {
        var exported = ArrayValue("CmdletsToExport").Order(StringComparer.Ordinal).ToList();
        var inAssembly = ModuleAssemblyReader.All.Select(cmdlet => cmdlet.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(inAssembly, exported);
    }

    [Fact]
    public void The_module_folder_ships_no_PowerShell_assembly()
    {
        // PowerShellStandard.Library is compile-only (PrivateAssets=all, ExcludeAssets=runtime): the host's own
        // System.Management.Automation must be the only one loaded.
        var shipped = Directory.EnumerateFiles(TestPaths.ModuleFolder, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("WorkplaceAdmin.dll", shipped);
        Assert.DoesNotContain(shipped, file => file!.StartsWith("System.Management.Automation", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(shipped, file => file!.StartsWith("Microsoft.PowerShell", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Version_is_stamped_from_the_build_and_matches_the_assembly()
    {
        var version = ScalarValue("ModuleVersion");
        Assert.Matches(@"^\d+\.\d+\.\d+$", version);
        var assemblyVersion = System.Reflection.AssemblyName.GetAssemblyName(TestPaths.ModuleAssembly).Version!;
        Assert.Equal(version, $"{assemblyVersion.Major}.{assemblyVersion.Minor}.{assemblyVersion.Build}");
    }

    [Fact]
    public void Stamping_changed_nothing_but_the_version()
    {
        var template = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "module", "WorkplaceAdmin.psd1"));
        var expected = template.Replace("@VERSION@", ScalarValue("ModuleVersion"), StringComparison.Ordinal);
        Assert.Equal(Normalize(expected), Normalize(BuiltManifest));
    }

    [Fact]
    public void Targets_PowerShell_7_4_Core_and_exports_nothing_implicitly()
    {
        Assert.Equal("WorkplaceAdmin.dll", ScalarValue("RootModule"));
        Assert.Equal("7.4", ScalarValue("PowerShellVersion"));
        Assert.Equal(["Core"], ArrayValue("CompatiblePSEditions"));
        Assert.Empty(ArrayValue("FunctionsToExport"));
        Assert.Empty(ArrayValue("VariablesToExport"));
        Assert.Empty(ArrayValue("AliasesToExport"));
    }

    [Fact]
    public void The_assemblies_the_cmdlets_depend_on_are_behind_the_dependency_firewall()
    {
        var references = System.Reflection.AssemblyName.GetAssemblyName(TestPaths.ModuleAssembly);
        using var stream = File.OpenRead(TestPaths.ModuleAssembly);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var ownDependencies = metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .Where(name => name.StartsWith("WorkplaceAdmin.", StringComparison.Ordinal))
            .Select(name => name + ".dll")
            .Order(StringComparer.Ordinal);
        Assert.Equal("WorkplaceAdmin", references.Name);
        foreach (var dependency in ownDependencies)
            Assert.True(File.Exists(Path.Combine(TestPaths.DependenciesFolder, dependency)), $"{dependency} is not in Dependencies/.");
        // Listed there, PowerShell would load them into its default context, in front of the firewall.
        Assert.False(HasKey("RequiredAssemblies"), "The manifest lists RequiredAssemblies.");
        Assert.Equal(["WorkplaceAdmin.Loader.dll"], ArrayValue("NestedModules"));
    }

    [Fact]
    public void Every_format_file_of_the_module_is_listed()
    {
        var listed = ArrayValue("FormatsToProcess").Order(StringComparer.Ordinal);
        var present = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "module"), "*.format.ps1xml").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(present, listed);
    }

    [Fact]
    public void Every_listed_file_is_in_the_module_folder()
    {
        foreach (var file in ArrayValue("FormatsToProcess").Concat(ArrayValue("NestedModules")).Append(ScalarValue("RootModule")))
        {
            Assert.True(File.Exists(Path.Combine(TestPaths.ModuleFolder, file)), $"{file} is listed in the manifest but not in the module folder.");
        }
    }

    private static string ScalarValue(string key)
    {
        var match = Regex.Match(BuiltManifest, $@"^\s*{key}\s*=\s*'([^']*)'", RegexOptions.Multiline);
        Assert.True(match.Success, $"{key} not found in the manifest.");
        return match.Groups[1].Value;
    }

    private static bool HasKey(string key) => Regex.IsMatch(BuiltManifest, $@"^\s*{key}\s*=", RegexOptions.Multiline);

    private static IReadOnlyList<string> ArrayValue(string key)
    {
        var match = Regex.Match(BuiltManifest, $@"^\s*{key}\s*=\s*@\(([^)]*)\)", RegexOptions.Multiline);
        Assert.True(match.Success, $"{key} not found in the manifest.");
        return QuotedString().Matches(match.Groups[1].Value).Select(m => m.Groups[1].Value).ToList();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedString();
}
