using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;

namespace WorkplaceAdmin.Loading;

/// <summary>
/// The door in the dependency firewall. When the default context cannot find one of our engine assemblies (they are
/// not beside the cmdlet assembly), it answers with the copy loaded into <see cref="DependencyLoadContext"/>. It
/// answers for our engine names only: a request for Flurl in the default context belongs to whichever other module
/// made it. Imports in many runspaces share one handler: the first import adds it, and it is removed when the last
/// import is removed (Remove-Module in one runspace leaves the others working); the next Import-Module adds it again.
/// With the handler come the type accelerators that let scripts name the engine's types (<see cref="EngineTypeAccelerators"/>).
/// </summary>
public sealed class DependencyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly object Gate = new();
    // One context for the process: an assembly loads once, and the default context caches what we answered.
    private static readonly Lazy<DependencyLoadContext> LoadContext = new(() => new DependencyLoadContext(ModuleDependencies.Folder));
    private static int imports;

    public void OnImport()
    {
        lock (Gate)
        {
            if (imports++ != 0)
                return;
            AssemblyLoadContext.Default.Resolving += ResolveEngine;
            EngineTypeAccelerators.Add(EngineAssemblies());
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        lock (Gate)
        {
            if (imports == 0 || --imports != 0)
                return;
            AssemblyLoadContext.Default.Resolving -= ResolveEngine;
            EngineTypeAccelerators.Remove(EngineAssemblies());
        }
    }

    private static IEnumerable<Assembly> EngineAssemblies() =>
        ModuleDependencies.Engine.Select(name => LoadContext.Value.LoadFromAssemblyName(new AssemblyName(name)));

    private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name) =>
        name.Name is not null && ModuleDependencies.Engine.Contains(name.Name)
            ? LoadContext.Value.LoadFromAssemblyName(name)
            : null;
}
