using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>
/// The report mode (<c>--report --latency 0ms,25ms</c>): runs each of issue 9's scenarios at each latency, in turn,
/// each in a fresh harness process (so one scenario's memory does not count against the next; every scenario also
/// starts its own emulator server process), and prints one markdown table: time of the module's path and of its
/// sequential baseline, their ratio, requests, the client's peak memory, and whether the goals hold.
/// </summary>
public static class BenchmarkReport
{
    public const double SpeedGoal = 10;
    public const double MemoryGoalMegabytes = 200;
    public const string WholeScenarioMemory = "peak working set (whole scenario)";

    public static async Task<int> RunAsync(BenchmarkCommandLine command, TextWriter output, CancellationToken cancellationToken)
    {
        var rows = new List<(ReportLine Line, string Latency, BenchmarkResult? Result, string? Failure)>();
        var lines = command.Scenarios.Count == 0 ? ReportLine.All : ReportLine.All.Where(l => command.Scenarios.Contains(l.Scenario)).ToList();
        var started = Stopwatch.StartNew();
        foreach (var latency in command.Latencies)
        {
            foreach (var line in lines)
            {
                output.WriteLine($"== {line.Scenario} at {latency} ({started.Elapsed.TotalMinutes:0.0} min so far)");
                var (result, failure) = await RunChildAsync(line.Scenario, latency, command, output, cancellationToken);
                rows.Add((line, latency, result, failure));
            }
        }
        output.WriteLine();
        output.WriteLine(Table(rows, started.Elapsed));
        return rows.Any(r => r.Failure is not null) ? 1 : 0;
    }

    /// <summary>Runs one scenario in a child harness process and reads its JSON result.</summary>
    private static async Task<(BenchmarkResult? Result, string? Failure)> RunChildAsync(
        string scenario, string latency, BenchmarkCommandLine command, TextWriter output, CancellationToken cancellationToken)
    {
        var json = Path.Combine(Path.GetTempPath(), $"wpa-bench-{scenario}-{Guid.NewGuid():N}.json");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(typeof(BenchmarkReport).Assembly.Location);
        info.ArgumentList.Add(scenario);
        foreach (var (key, value) in command.Settings.Where(s => !s.Key.Equals("latency", StringComparison.OrdinalIgnoreCase)))
        {
            info.ArgumentList.Add("--set");
            info.ArgumentList.Add($"{key}={value}");
        }
        info.ArgumentList.Add("--set");
        info.ArgumentList.Add("latency=" + latency);
        info.ArgumentList.Add("--json");
        info.ArgumentList.Add(json);
        if (command.InProcess)
            info.ArgumentList.Add("--in-process");
        try
        {
            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the harness.");
            var stdout = PipeAsync(process.StandardOutput, output);
            var stderr = PipeAsync(process.StandardError, output);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            await Task.WhenAll(stdout, stderr);
            if (process.ExitCode != 0 || !File.Exists(json))
                return (null, $"exit code {process.ExitCode}");
            var results = JsonSerializer.Deserialize<List<BenchmarkResult>>(await File.ReadAllTextAsync(json, cancellationToken));
            return results is { Count: 1 } ? (results[0], null) : (null, "no result");
        }
        finally
        {
            File.Delete(json);
        }
    }

    private static async Task PipeAsync(StreamReader from, TextWriter to)
    {
        while (await from.ReadLineAsync() is { } line)
        {
            lock (to)
                to.WriteLine("  | " + line);
        }
    }

    /// <summary>The markdown table: one row per scenario and latency.</summary>
    public static string Table(IEnumerable<(ReportLine Line, string Latency, BenchmarkResult? Result, string? Failure)> rows, TimeSpan total)
    {
        var text = new StringBuilder();
        text.AppendLine($"Benchmark report — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}; {total.TotalMinutes:0.0} min in all");
        text.AppendLine();
        text.AppendLine("| scenario | latency | module's path | sequential baseline | ratio | requests (module / baseline) | client peak memory | goals |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (line, latency, result, failure) in rows)
        {
            if (result is null)
            {
                text.AppendLine($"| {line.Title} | {latency} | failed: {failure} | | | | | |");
                continue;
            }
            var moduleTime = Metric(result, line.ModuleTime);
            var baselineTime = Metric(result, line.BaselineTime);
            var ratio = baselineTime / moduleTime;
            var memory = line.ModuleMemory is not null && Has(result, line.ModuleMemory) ? Metric(result, line.ModuleMemory) : Metric(result, WholeScenarioMemory);
            var memoryNote = line.ModuleMemory is not null && Has(result, line.ModuleMemory) ? "" : " (whole scenario)";
            var goals = new List<string>();
            if (line.IsBulk && latency == "25ms")
                goals.Add(ratio >= SpeedGoal ? "≥ 10× met" : "≥ 10× **missed**");
            goals.Add(memory < MemoryGoalMegabytes ? "< 200 MB met" : "< 200 MB **missed**");
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {line.Title} | {latency} | {moduleTime:0.00} s | {baselineTime:0.00} s ({line.Baseline}) | **{ratio:0.0}×** | " +
                $"{Metric(result, line.ModuleRequests):N0} / {Metric(result, line.BaselineRequests):N0} | {memory:0} MB{memoryNote} | {string.Join(", ", goals)} |"));
        }
        return text.ToString();
    }

    private static bool Has(BenchmarkResult result, string name) => result.Metrics.Any(m => m.Name == name);

    private static double Metric(BenchmarkResult result, string name) =>
        result.Metrics.FirstOrDefault(m => m.Name == name)?.Value
        ?? throw new InvalidOperationException($"Scenario {result.Scenario} reported no metric '{name}'.");
}
