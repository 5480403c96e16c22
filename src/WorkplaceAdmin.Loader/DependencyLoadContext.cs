using System.Reflection;
using System.Runtime.Loader;

namespace WorkplaceAdmin.Loading;

/// <summary>
/// The module's own load context. It loads the assemblies of <see cref="ModuleDependencies.All"/> from Dependencies/,
/// so the Flurl our client was built against is the one it gets, whichever Flurl another module put in the default
/// context before or after us. Every other name (the framework, System.Management.Automation) falls through to the
/// default context, so types shared with PowerShell keep one identity.
/// </summary>
internal sealed class DependencyLoadContext : AssemblyLoadContext
{
    private readonly string folder;

    public DependencyLoadContext(string folder) : base("WorkplaceAdmin.Dependencies", isCollectible: false)
    {
        this.folder = folder;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || !ModuleDependencies.All.Contains(assemblyName.Name))
            return null;
        var path = Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
