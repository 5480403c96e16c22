using System.Diagnostics;
using System.Text.Json;
using WorkplaceAdmin.Benchmarks.Harness;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Lists 100,000 people (GET /community/members) through the client, streamed item by item, against a baseline in
/// the same run that does what a naive script does: default page size, every page kept in memory until the end.
/// Goal: the streamed listing stays under 200 MB peak. Settings: <c>--set people=100000</c>, <c>--set page=1000</c>,
/// <c>--set latency=0ms</c> (delay per response on the server).
/// </summary>
public sealed class ListPeopleScenario : IBenchmarkScenario
{
    public string Name => "list-people";

    public string Description => "List 100,000 people through the client (streamed), against buffering every page (baseline)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var people = int.Parse(context.Setting("people", "100000"), System.Globalization.CultureInfo.InvariantCulture);
        var pageSize = int.Parse(context.Setting("page", "1000"), System.Globalization.CultureInfo.InvariantCulture);
        var latency = context.Setting("latency", "0ms");
        await using var server = await EmulatorProcess.StartAsync(context.InProcess,
            ["--seed", $"generated:{people},10", "--log-capacity", "1000", "--latency", latency], cancellationToken);
        var counter = new RequestCounter();
        using var client = BenchmarkClients.Create(server, counter);

        // Streamed first, so the process's peak working set belongs to it.
        var streamed = Stopwatch.StartNew();
        long listed = 0;
        MemorySampler streamedMemory;
        using (streamedMemory = MemorySampler.Start())
        {
            await foreach (var member in client.GetCommunityMembersAsync(pageSize, cancellationToken))
            {
                listed += member.Id.Length > 0 ? 1 : 0;
            }
        }

        streamed.Stop();
        var streamedRequests = counter.Count;
        context.Log.WriteLine($"  streamed: {listed} people in {streamed.Elapsed.TotalSeconds:0.00} s, {streamedRequests} requests, heap peak {streamedMemory.PeakHeapMegabytes:0} MB");

        counter.Reset();
        var buffered = Stopwatch.StartNew();
        var pages = new List<JsonElement>();
        MemorySampler bufferedMemory;
        using (bufferedMemory = MemorySampler.Start())
        {
            // The baseline keeps whole pages, as a script that collects Invoke-RestMethod results into an array does.
            await foreach (var page in client.GraphPagesAsync("community/members", new Dictionary<string, string?> { ["fields"] = "id,name,email,title,department", ["limit"] = "25" }, element => element.Clone(), cancellationToken))
            {
                pages.Add(page);
            }
        }

        buffered.Stop();
        context.Log.WriteLine($"  baseline: {pages.Count} people in {buffered.Elapsed.TotalSeconds:0.00} s, {counter.Count} requests, heap peak {bufferedMemory.PeakHeapMegabytes:0} MB");

        return new BenchmarkResult(Name,
        [
            new("people listed", listed, "people"),
            new("streamed time", Math.Round(streamed.Elapsed.TotalSeconds, 2), "s"),
            new("streamed requests", streamedRequests, "requests"),
            new("streamed peak heap", Math.Round(streamedMemory.PeakHeapMegabytes, 1), "MB"),
            new("streamed peak working set", Math.Round(streamedMemory.PeakWorkingSetMegabytes, 1), "MB"),
            new("baseline time", Math.Round(buffered.Elapsed.TotalSeconds, 2), "s"),
            new("baseline requests", counter.Count, "requests"),
            new("baseline peak heap", Math.Round(bufferedMemory.PeakHeapMegabytes, 1), "MB"),
            new("time ratio (baseline / streamed)", Math.Round(buffered.Elapsed / streamed.Elapsed, 2), "x"),
            new("heap ratio (baseline / streamed)", Math.Round(bufferedMemory.PeakHeapMegabytes / Math.Max(1, streamedMemory.PeakHeapMegabytes), 2), "x"),
        ], $"{people} generated people; streamed with page size {pageSize}; baseline with page size 25, pages kept in memory; server latency {latency}");
    }
}
