using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;

namespace WorkplaceAdmin.Loading;

/// <summary>
/// The door in the dependency firewall. When the default context cannot find one of our engine assemblies (they are
/// not beside the cmdlet assembly), it answers with the copy loaded into <see cref="DependencyLoadContext"/>. It
/// answers for our engine names only: a request for Flurl in the default context belongs to whichever other module
/// made it. Imports in many runspaces share one handler (static, added once); Remove-Module takes it away, and the
/// next Import-Module adds it again.
/// </summary>
public sealed class DependencyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly object Gate = new();
    // One context for the process: an assembly loads once, and the default context caches what we answered.
    private static readonly Lazy<DependencyLoadContext> LoadContext = new(() => new DependencyLoadContext(ModuleDependencies.Folder));
    private static bool registered;

    public void OnImport()
    {
        lock (Gate)
        {
            if (registered)
                return;
            AssemblyLoadContext.Default.Resolving += ResolveEngine;
            registered = true;
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        lock (Gate)
        {
            if (!registered)
                return;
            AssemblyLoadContext.Default.Resolving -= ResolveEngine;
            registered = false;
        }
    }

    private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name) =>
        name.Name is not null && ModuleDependencies.Engine.Contains(name.Name)
            ? LoadContext.Value.LoadFromAssemblyName(name)
            : null;
}
