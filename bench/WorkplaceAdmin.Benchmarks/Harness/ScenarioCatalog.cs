using System.Reflection;

namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>Finds every <see cref="IBenchmarkScenario"/> in this assembly.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<IBenchmarkScenario> Discover(Assembly? assembly = null) =>
        (assembly ?? typeof(ScenarioCatalog).Assembly).GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmarkScenario).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IBenchmarkScenario)Activator.CreateInstance(t)!)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
}
