namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>
/// One benchmark. Add a scenario by adding a public class with a parameterless constructor that implements this
/// interface (one class per file, under Scenarios/); the harness finds it by reflection.
/// </summary>
public interface IBenchmarkScenario
{
    /// <summary>Short kebab-case name used on the command line, e.g. <c>server-throughput</c>.</summary>
    string Name { get; }

    /// <summary>One line saying what is measured.</summary>
    string Description { get; }

    Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
