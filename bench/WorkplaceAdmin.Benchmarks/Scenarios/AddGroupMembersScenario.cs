using System.Diagnostics;
using System.Globalization;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Adds 5,000 people to a group the way Add-WorkplaceGroupMember does (one operation per person through the bulk
/// runner, sent in Graph batches of 50), against a baseline in the same run that adds 5,000 other people to a second
/// group with one POST per person, one after the other. Goal: at least 40× fewer HTTP requests.
/// Settings: <c>--set people=5000</c>, <c>--set latency=5ms</c> (delay per response on the server, default 0ms).
/// </summary>
public sealed class AddGroupMembersScenario : IBenchmarkScenario
{
    public string Name => "add-group-members";

    public string Description => "Add 5,000 people to a group in Graph batches, against one sequential call per person (baseline)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var people = int.Parse(context.Setting("people", "5000"), CultureInfo.InvariantCulture);
        var latency = context.Setting("latency", "0ms");
        // Two groups of 5 members, and enough active people for two disjoint sets of newcomers.
        await using var server = await EmulatorProcess.StartAsync(context.InProcess,
            ["--seed", $"generated:{people * 2 + people / 10 + 100},2,5", "--log-capacity", "1000", "--latency", latency], cancellationToken);
        var counter = new RequestCounter();
        using var client = BenchmarkClients.Create(server, counter);

        var groups = new List<WorkplaceGroup>();
        await foreach (var group in client.GetGroupsAsync(ct: cancellationToken))
            groups.Add(group);
        var newcomers = new List<string>();
        await foreach (var member in client.GetCommunityMembersAsync(WorkplaceClient.MaxGraphPageSize, cancellationToken))
        {
            if (member.Active == true)
                newcomers.Add(member.Id);
        }
        // Skip the first people: the generated groups' members are among them.
        var batchedPeople = newcomers.Skip(50).Take(people).ToList();
        var baselinePeople = newcomers.Skip(50 + people).Take(people).ToList();

        counter.Reset();
        var batched = Stopwatch.StartNew();
        long added = 0, failed = 0;
        await using (var updater = new GroupMembershipUpdater(client))
        {
            var runner = new BulkRunner(updater.SuggestedConcurrency, () => client.LastAppUsage);
            await foreach (var result in runner.RunAsync(batchedPeople.Select(MemberReference.Parse),
                               (person, ct) => updater.ChangeAsync(groups[0], person, GroupMembershipAction.Add, ct), ct: cancellationToken))
            {
                if (result.Output?.Status == GroupMembershipStatus.Added)
                    added++;
                else
                    failed++;
            }
        }
        batched.Stop();
        var batchedRequests = counter.Count;
        context.Log.WriteLine($"  batched:  {added} added ({failed} not) in {batched.Elapsed.TotalSeconds:0.00} s, {batchedRequests} requests");

        counter.Reset();
        var sequential = Stopwatch.StartNew();
        foreach (var person in baselinePeople)
            await client.GraphPostAsync(WorkplacePath.Of(groups[1].Id, "members"), new Dictionary<string, string?> { ["member"] = person }, cancellationToken);
        sequential.Stop();
        var baselineRequests = counter.Count;
        context.Log.WriteLine($"  baseline: {baselinePeople.Count} added in {sequential.Elapsed.TotalSeconds:0.00} s, {baselineRequests} requests");

        return new BenchmarkResult(Name,
        [
            new("people added (batched)", added, "people"),
            new("batched time", Math.Round(batched.Elapsed.TotalSeconds, 2), "s"),
            new("batched requests", batchedRequests, "requests"),
            new("baseline time", Math.Round(sequential.Elapsed.TotalSeconds, 2), "s"),
            new("baseline requests", baselineRequests, "requests"),
            new("request ratio (baseline / batched)", Math.Round(baselineRequests / (double)Math.Max(1, batchedRequests), 1), "x"),
            new("time ratio (baseline / batched)", Math.Round(sequential.Elapsed / batched.Elapsed, 2), "x"),
        ], $"{people} people per run; server latency {latency} per response; batched with {client.MaxConcurrency} batches in flight");
    }
}
