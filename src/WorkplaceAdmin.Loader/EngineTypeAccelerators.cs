using System.Management.Automation;
using System.Reflection;

namespace WorkplaceAdmin.Loading;

/// <summary>
/// Keeps the engine's public types reachable by name from scripts (<c>[WorkplaceAdmin.Client.Models.WorkplaceUser]</c>,
/// <c>-is</c>, <c>[WorkplaceAdmin.Emulator.EmulatorDefaults]::AdminAppSecret</c>). PowerShell resolves a type literal
/// among the default context's assemblies only, and the engine lives in the module's own context; so each public type
/// gets a type accelerator named by its full name, the way PowerShell's documentation exports a module's classes.
/// </summary>
internal static class EngineTypeAccelerators
{
    // System.Management.Automation.TypeAccelerators is not public; its static Add, Remove and Get are.
    private static readonly Type? Accelerators = typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators");

    public static void Add(IEnumerable<Assembly> assemblies)
    {
        if (Accelerators is null)
            return;
        var existing = (IDictionary<string, Type>?)Accelerators.GetProperty("Get")?.GetValue(null);
        foreach (var type in PublicTypes(assemblies))
        {
            // Never shadow a name PowerShell (or another module) already resolves.
            if (existing?.ContainsKey(type.FullName!) != true)
                Accelerators.GetMethod("Add", [typeof(string), typeof(Type)])?.Invoke(null, [type.FullName, type]);
        }
    }

    public static void Remove(IEnumerable<Assembly> assemblies)
    {
        if (Accelerators is null)
            return;
        var existing = (IDictionary<string, Type>?)Accelerators.GetProperty("Get")?.GetValue(null);
        foreach (var type in PublicTypes(assemblies))
        {
            // Only ours: the name may since have been taken by someone else's type.
            if (existing is not null && existing.TryGetValue(type.FullName!, out var registered) && registered == type)
                Accelerators.GetMethod("Remove", [typeof(string)])?.Invoke(null, [type.FullName]);
        }
    }

    private static IEnumerable<Type> PublicTypes(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type.FullName is not null && !type.IsGenericTypeDefinition);
}
