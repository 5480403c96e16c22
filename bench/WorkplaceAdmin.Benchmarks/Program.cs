using System.Text.Json;
using WorkplaceAdmin.Benchmarks.Harness;

BenchmarkCommandLine command;
try
{
    command = BenchmarkCommandLine.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(BenchmarkCommandLine.Usage);
    return 2;
}
if (command.Help)
{
    Console.WriteLine(BenchmarkCommandLine.Usage);
    return 0;
}

var catalog = ScenarioCatalog.Discover();
if (command.List)
{
    foreach (var scenario in catalog)
    {
        Console.WriteLine($"{scenario.Name,-28} {scenario.Description}");
    }
    return 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
if (command.Report)
{
    return await BenchmarkReport.RunAsync(command, Console.Out, cancel.Token);
}

var unknown = command.Scenarios.Where(name => catalog.All(s => s.Name != name)).ToArray();
if (unknown.Length > 0)
{
    Console.Error.WriteLine($"error: unknown scenario(s): {string.Join(", ", unknown)}. Use --list.");
    return 2;
}
var selected = command.Scenarios.Count == 0 ? catalog : catalog.Where(s => command.Scenarios.Contains(s.Name)).ToArray();
var context = new BenchmarkContext(command.Duration, command.Concurrency, command.InProcess, command.Settings, Console.Out);
var results = new List<BenchmarkResult>();
Console.WriteLine($"WorkplaceAdmin benchmarks — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
foreach (var scenario in selected)
{
    Console.WriteLine($"== {scenario.Name}: {scenario.Description}");
    BenchmarkResult result;
    using (var memory = MemorySampler.Start())
    {
        result = await scenario.RunAsync(context, cancel.Token);
        // The harness's (the client's) peak over the whole scenario, both paths: the report's memory figure where a
        // scenario measures none of its own.
        result = result with { Metrics = [.. result.Metrics, new(BenchmarkReport.WholeScenarioMemory, Math.Round(memory.PeakWorkingSetMegabytes, 1), "MB")] };
    }
    results.Add(result);
    foreach (var metric in result.Metrics)
    {
        Console.WriteLine($"  {metric.Name,-16} {metric.Value,14:N2} {metric.Unit}");
    }
    if (result.Notes is not null)
    {
        Console.WriteLine("  " + result.Notes);
    }
}
if (command.JsonPath is not null)
{
    await File.WriteAllTextAsync(command.JsonPath, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
}
return 0;
