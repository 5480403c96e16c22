namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>A measured figure, e.g. ("throughput", 12345, "requests/s").</summary>
public sealed record BenchmarkMetric(string Name, double Value, string Unit);

/// <summary>What a scenario measured, printed as a table and optionally as JSON.</summary>
public sealed record BenchmarkResult(string Scenario, IReadOnlyList<BenchmarkMetric> Metrics, string? Notes = null);
