using System.Diagnostics;
using System.Globalization;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Memory of the people bulk paths as the input grows: imports 5,000 then 50,000 rows streamed from a generator (as
/// rows arrive from Import-Csv: never all in memory) and reports each run's peak heap; then loads a community of
/// 55,000 people into the sync planner's index and reports its size per person. Goal: memory flat in the number of
/// rows (only the keys kept to catch duplicate rows grow). Settings: <c>--set small=5000</c>, <c>--set large=50000</c>.
/// </summary>
public sealed class PeopleMemoryScenario : IBenchmarkScenario
{
    public string Name => "people-memory";

    public string Description => "Peak memory importing 5,000 vs 50,000 rows streamed, and the sync index of the resulting community";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var small = int.Parse(context.Setting("small", "5000"), CultureInfo.InvariantCulture);
        var large = int.Parse(context.Setting("large", "50000"), CultureInfo.InvariantCulture);
        await using var server = await EmulatorProcess.StartAsync(context.InProcess, ["--seed", "demo", "--log-capacity", "1000"], cancellationToken);
        using var client = new WorkplaceClient(new WorkplaceClientOptions
        {
            AccessToken = Emulator.EmulatorDefaults.AdminToken,
            GraphUri = server.GraphUri,
            ScimUri = server.ScimUri,
        });

        // The large run first, so the process's peak working set is its own.
        var (largeTime, largeMemory, largeCreated) = await ImportAsync(client, "large", large, cancellationToken);
        context.Log.WriteLine($"  {largeCreated} rows in {largeTime.TotalSeconds:0.0} s: peak heap {largeMemory.PeakHeapMegabytes:0.0} MB, working set {largeMemory.PeakWorkingSetMegabytes:0} MB");
        var (smallTime, smallMemory, smallCreated) = await ImportAsync(client, "small", small, cancellationToken);
        context.Log.WriteLine($"  {smallCreated} rows in {smallTime.TotalSeconds:0.0} s: peak heap {smallMemory.PeakHeapMegabytes:0.0} MB");

        // The sync planner's index of the whole community (demo + both imports).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var planner = new SyncPlanner();
        await planner.LoadAsync(client.GetUsersAsync(null, 1000, cancellationToken), cancellationToken);
        var after = GC.GetTotalMemory(true);
        var perPerson = (after - before) / (double)planner.CommunityCount;
        context.Log.WriteLine($"  sync index: {planner.CommunityCount} people, {(after - before) / 1024.0 / 1024.0:0.0} MB, {perPerson:0} bytes per person");
        GC.KeepAlive(planner);

        return new BenchmarkResult(Name,
        [
            new($"rows imported (large)", largeCreated, "rows"),
            new("large import time", Math.Round(largeTime.TotalSeconds, 1), "s"),
            new("large peak heap", Math.Round(largeMemory.PeakHeapMegabytes, 1), "MB"),
            new("large peak working set", Math.Round(largeMemory.PeakWorkingSetMegabytes, 1), "MB"),
            new($"rows imported (small)", smallCreated, "rows"),
            new("small peak heap", Math.Round(smallMemory.PeakHeapMegabytes, 1), "MB"),
            new("heap ratio (large / small) for 10x the rows", Math.Round(largeMemory.PeakHeapMegabytes / Math.Max(0.1, smallMemory.PeakHeapMegabytes), 2), "x"),
            new("sync index people", planner.CommunityCount, "people"),
            new("sync index size", Math.Round((after - before) / 1024.0 / 1024.0, 1), "MB"),
            new("sync index per person", Math.Round(perPerson), "bytes"),
        ], "zero latency; rows generated lazily and fed to the bulk runner one slot at a time (as PushBulkRun does for piped rows)");
    }

    private static async Task<(TimeSpan Time, MemorySampler Memory, long Created)> ImportAsync(WorkplaceClient client, string prefix, int count, CancellationToken cancellationToken)
    {
        var import = new UserImport(client);
        var watch = Stopwatch.StartNew();
        long created = 0;
        MemorySampler memory;
        using (memory = MemorySampler.Start())
        {
            await foreach (var result in new BulkRunner(client).RunAsync(PrepareAsync(import, prefix, count, cancellationToken), import.CreateAsync, count, cancellationToken))
            {
                if (result.Status == BulkStatus.Succeeded)
                    created++;
            }
        }
        return (watch.Elapsed, memory, created);
    }

    private static async IAsyncEnumerable<ImportItem> PrepareAsync(UserImport import, string prefix, int count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in ImportPeopleScenario.Rows(prefix, count))
            yield return await import.PrepareAsync(row, cancellationToken);
    }
}
