using System.Diagnostics;
using System.Globalization;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Imports 2,000 people (SCIM POST /Users) the way New-WorkplaceUser does (rows checked in order, then created through
/// the bulk runner), against a server answering after 25 ms, and in the same run creates other people one call at a
/// time, as a sequential script would. Goal: the import at least 10× faster.
/// Settings: <c>--set people=2000</c>, <c>--set latency=25ms</c>, <c>--set sequential=2000</c> (rows of the baseline).
/// </summary>
public sealed class ImportPeopleScenario : IBenchmarkScenario
{
    public string Name => "import-people";

    public string Description => "Import 2,000 people at 25 ms latency through the bulk import, against one-at-a-time calls (baseline)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var people = int.Parse(context.Setting("people", "2000"), CultureInfo.InvariantCulture);
        var sequentialPeople = int.Parse(context.Setting("sequential", people.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var latency = context.Setting("latency", "25ms");
        await using var server = await EmulatorProcess.StartAsync(context.InProcess, ["--seed", "demo", "--latency", latency, "--log-capacity", "1000"], cancellationToken);
        var counter = new RequestCounter();
        using var client = new WorkplaceClient(new WorkplaceClientOptions
        {
            AccessToken = Emulator.EmulatorDefaults.AdminToken,
            GraphUri = server.GraphUri,
            ScimUri = server.ScimUri,
            Log = _ => counter.Increment(),
        });

        var import = new UserImport(client);
        var bulk = Stopwatch.StartNew();
        var items = new List<ImportItem>(people);
        foreach (var row in Rows("bulk", people))
            items.Add(await import.PrepareAsync(row, cancellationToken));
        long created = 0, failed = 0;
        await foreach (var result in new BulkRunner(client).RunAsync(items, import.CreateAsync, cancellationToken))
        {
            if (result.Status == BulkStatus.Succeeded)
                created++;
            else
                failed++;
        }
        bulk.Stop();
        var bulkRequests = counter.Count;
        context.Log.WriteLine($"  bulk: {created} created, {failed} failed in {bulk.Elapsed.TotalSeconds:0.00} s, {bulkRequests} requests, concurrency {client.MaxConcurrency}");

        counter.Reset();
        var sequential = Stopwatch.StartNew();
        long sequentialCreated = 0;
        // The same rows and the same work per row (check, manager lookup cached, create), one call at a time.
        var sequentialImport = new UserImport(client);
        foreach (var row in Rows("sequential", sequentialPeople))
        {
            await sequentialImport.CreateAsync(await sequentialImport.PrepareAsync(row, cancellationToken), cancellationToken);
            sequentialCreated++;
        }
        sequential.Stop();
        var sequentialRequests = counter.Count;
        context.Log.WriteLine($"  sequential: {sequentialCreated} created in {sequential.Elapsed.TotalSeconds:0.00} s, {sequentialRequests} requests");

        var bulkRate = created / bulk.Elapsed.TotalSeconds;
        var sequentialRate = sequentialCreated / sequential.Elapsed.TotalSeconds;
        return new BenchmarkResult(Name,
        [
            new("people imported", created, "people"),
            new("import failures", failed, "rows"),
            new("import time", Math.Round(bulk.Elapsed.TotalSeconds, 2), "s"),
            new("import rate", Math.Round(bulkRate, 1), "people/s"),
            new("import requests", bulkRequests, "requests"),
            new("sequential people", sequentialCreated, "people"),
            new("sequential time", Math.Round(sequential.Elapsed.TotalSeconds, 2), "s"),
            new("sequential rate", Math.Round(sequentialRate, 1), "people/s"),
            new("sequential requests", sequentialRequests, "requests"),
            new("speed-up (import / sequential)", Math.Round(bulkRate / sequentialRate, 1), "x"),
        ], $"server latency {latency}, client concurrency {client.MaxConcurrency} (the module's default), every row's manager an existing account");
    }

    /// <summary>Rows as a joiners' CSV would give them, each with an existing manager.</summary>
    internal static IEnumerable<UserRow> Rows(string prefix, int count)
    {
        for (var n = 1; n <= count; n++)
        {
            yield return new UserRow
            {
                RowNumber = n,
                Email = $"{prefix}{n}@contoso.example",
                ExternalId = $"{prefix}-{n}",
                GivenName = "Bench",
                FamilyName = $"Person{n}",
                Title = "Engineer",
                Department = $"Dept {n % 9}",
                Manager = "ben.carter@contoso.example",
            };
        }
    }
}
