using System.Diagnostics;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Send-WorkplaceMessage's path: a direct message to each of N people given by email, through the bulk runner (emails
/// resolved in shared batches, sends concurrent within the client's limit), against one message at a time with the
/// same sender, in the same run, over loopback with a fixed server latency.
/// Settings: <c>--set people=1000</c>, <c>--set latency=25ms</c>, <c>--set max-concurrency=8</c> (the client's default).
/// </summary>
public sealed class MessageManyScenario : IBenchmarkScenario
{
    public string Name => "message-many";

    public string Description => "Work Chat: a DM to each of 1,000 people by email at 25 ms latency, bulk runner vs one at a time";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var people = int.Parse(context.Setting("people", "1000"), System.Globalization.CultureInfo.InvariantCulture);
        var latency = context.Setting("latency", "25ms");
        var maxConcurrency = int.Parse(context.Setting("max-concurrency", new WorkplaceClientOptions().MaxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);
        await using var server = await EmulatorProcess.StartAsync(context.InProcess,
            ["--seed", $"generated:{people + people / 5},10", "--latency", latency, "--log-capacity", "1000"], cancellationToken);
        context.Log.WriteLine($"  server at {server.GraphUri}, {latency} per response, client limit {maxConcurrency} in flight");

        List<string> emails;
        var counter = new RequestCounter();
        using (var reader = NewClient(server, maxConcurrency, counter))
        {
            emails = [];
            await foreach (var member in reader.GetCommunityMembersAsync(pageSize: 1000, cancellationToken))
            {
                if (member.Active == true && member.Email is not null && emails.Count < people)
                    emails.Add(member.Email);
            }
        }
        if (emails.Count < people)
            throw new InvalidOperationException($"The generated community has only {emails.Count} active people with an email.");

        // One at a time: what a script that awaits each send does.
        counter.Reset();
        var sequential = Stopwatch.StartNew();
        var sequentialFailures = 0;
        using (var client = NewClient(server, maxConcurrency, counter))
        {
            var sender = new MessageSender(client);
            foreach (var email in emails)
            {
                try
                {
                    await sender.SendDirectAsync(email, "Benchmark message", cancellationToken);
                }
                catch (WorkplaceApiException)
                {
                    sequentialFailures++;
                }
            }
        }
        sequential.Stop();
        var sequentialRequests = counter.Count;

        // The cmdlet's path: the bulk runner over the same sender type, with fresh caches.
        counter.Reset();
        var bulk = Stopwatch.StartNew();
        var bulkFailures = 0;
        using (var client = NewClient(server, maxConcurrency, counter))
        {
            var sender = new MessageSender(client);
            await foreach (var result in new BulkRunner(client).RunAsync(emails, (email, ct) => sender.SendDirectAsync(email, "Benchmark message", ct), cancellationToken))
            {
                if (result.Status != BulkStatus.Succeeded)
                    bulkFailures++;
            }
        }
        bulk.Stop();

        return new BenchmarkResult(Name,
        [
            new("bulk elapsed", Math.Round(bulk.Elapsed.TotalSeconds, 2), "s"),
            new("sequential", Math.Round(sequential.Elapsed.TotalSeconds, 2), "s"),
            new("speedup", Math.Round(sequential.Elapsed / bulk.Elapsed, 2), "x"),
            new("bulk rate", Math.Round(people / bulk.Elapsed.TotalSeconds), "messages/s"),
            new("failed", bulkFailures + sequentialFailures, "messages"),
            new("bulk requests", counter.Count, "requests"),
            new("sequential requests", sequentialRequests, "requests"),
        ], $"{people} direct messages by email each way; {latency} server latency; bulk runner limit {maxConcurrency}");
    }

    private static WorkplaceClient NewClient(EmulatorProcess server, int maxConcurrency, RequestCounter counter) => new(new WorkplaceClientOptions
    {
        Log = _ => counter.Increment(),
        AccessToken = EmulatorDefaults.AdminToken,
        GraphUri = server.GraphUri,
        ScimUri = server.ScimUri,
        MaxConcurrency = maxConcurrency,
    });
}
