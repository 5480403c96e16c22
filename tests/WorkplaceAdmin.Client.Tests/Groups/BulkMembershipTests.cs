using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Groups;

/// <summary>Bulk membership as the cmdlets run it: one operation per person through the bulk runner, batched below.</summary>
public class BulkMembershipTests
{
    [Fact]
    public async Task Adding_5000_people_takes_at_least_25_times_fewer_requests_than_one_per_person()
    {
        using var bed = new EmulatorBed(new EmulatorOptions { Seed = "generated:5200,1,5" });
        var group = await bed.Client.GetGroupAsync(bed.Emulator.State.Groups()[0].Id);
        var alreadyIn = bed.Emulator.State.FindGroup(group.Id)!.MemberIds.ToHashSet();
        var people = bed.Emulator.State.People().Where(p => p.Active && !alreadyIn.Contains(p.Id)).Take(5000).ToList();
        Assert.Equal(5000, people.Count);
        await using var updater = new GroupMembershipUpdater(bed.Client, PatientBatcher(bed.Client));
        var runner = new BulkRunner(updater.SuggestedConcurrency);
        bed.ForgetRequests();

        var results = new List<BulkResult<MemberReference, GroupMembershipResult>>();
        // Half by id, half by email, as a CSV of joiners would mix them.
        var inputs = people.Select((p, i) => MemberReference.Parse(i % 2 == 0 ? p.Id : p.Email!));
        await foreach (var result in runner.RunAsync(inputs, (person, ct) => updater.ChangeAsync(group, person, GroupMembershipAction.Add, ct)))
            results.Add(result);

        Assert.Equal(5000, results.Count);
        Assert.All(results, r => Assert.Equal((BulkStatus.Succeeded, GroupMembershipStatus.Added), (r.Status, r.Output!.Status)));
        Assert.Equal(5000 + alreadyIn.Count, bed.Emulator.State.FindGroup(group.Id)!.MemberIds.Count);
        // One change per person, and one id lookup per person given by email (so the result carries the UserId).
        Assert.Equal(5000 + 2500, bed.BatchOperations);
        Assert.True(bed.HttpRequests * 40 <= 7500, $"{bed.HttpRequests} requests for 7500 operations; expected at most {7500 / 40}.");
        Assert.All(results, r => Assert.NotNull(r.Output!.UserId));
    }

    [Fact]
    public async Task A_failing_person_in_a_batch_does_not_stop_the_others_and_already_members_cost_nothing()
    {
        using var bed = new EmulatorBed(new EmulatorOptions { Seed = "generated:200,1,10" });
        var group = await bed.Client.GetGroupAsync(bed.Emulator.State.Groups()[0].Id);
        var members = bed.Emulator.State.FindGroup(group.Id)!.MemberIds;
        var deactivated = bed.Emulator.State.People().First(p => !p.Active && !members.Contains(p.Id));
        var newcomers = bed.Emulator.State.People().Where(p => p.Active && !members.Contains(p.Id)).Take(60).Select(p => p.Id).ToList();
        var inputs = members.Concat(newcomers).Append(deactivated.Id).Append("nobody@generated.invalid").Select(MemberReference.Parse).ToList();
        await using var updater = new GroupMembershipUpdater(bed.Client, PatientBatcher(bed.Client));
        bed.ForgetRequests();

        var results = new List<BulkResult<MemberReference, GroupMembershipResult>>();
        await foreach (var result in new BulkRunner(updater.SuggestedConcurrency).RunAsync(inputs, (p, ct) => updater.ChangeAsync(group, p, GroupMembershipAction.Add, ct)))
            results.Add(result);

        Assert.Equal(members.Count, results.Count(r => r.Output?.Status == GroupMembershipStatus.AlreadyMember));
        Assert.Equal(60, results.Count(r => r.Output?.Status == GroupMembershipStatus.Added));
        var failed = results.Where(r => r.Status == BulkStatus.Failed).ToList();
        Assert.Equal(new[] { deactivated.Id, "nobody@generated.invalid" }.Order(), failed.Select(r => r.Input.Text).Order());
        Assert.Equal(62, bed.BatchOperations);
        Assert.True(bed.HttpRequests <= 3, $"{bed.HttpRequests} requests: expected the roster page and two batches.");
    }

    [Fact]
    public async Task Batches_that_meet_server_errors_are_sent_again_and_every_person_is_added_once()
    {
        using var bed = new EmulatorBed(new EmulatorOptions { Seed = "generated:600,1,5", ServerErrorRate = 0.3, RandomSeed = 7 });
        using var client = Integration.EmulatorClients.InMemory(bed.Emulator, configure: o => o.Retry = new RetryOptions
        {
            MaxAttempts = 6, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), TotalBudget = TimeSpan.FromSeconds(10),
        });
        var groupId = bed.Emulator.State.Groups()[0].Id;
        var members = bed.Emulator.State.FindGroup(groupId)!.MemberIds;
        var newcomers = bed.Emulator.State.People().Where(p => p.Active && !members.Contains(p.Id)).Take(400).Select(p => p.Id).ToList();
        await using var updater = new GroupMembershipUpdater(client, new GraphOperationBatcher(client)
        {
            Idempotent = true, MaxAttempts = 8, RetryDelay = TimeSpan.FromMilliseconds(1),
        });
        var group = await RetryAsync(() => client.GetGroupAsync(groupId));

        var results = new List<BulkResult<MemberReference, GroupMembershipResult>>();
        await foreach (var result in new BulkRunner(updater.SuggestedConcurrency).RunAsync(newcomers.Select(MemberReference.Parse),
                           (p, ct) => updater.ChangeAsync(group, p, GroupMembershipAction.Add, ct)))
            results.Add(result);

        Assert.All(results, r => Assert.Equal(BulkStatus.Succeeded, r.Status));
        Assert.Equal(members.Count + 400, bed.Emulator.State.FindGroup(groupId)!.MemberIds.Count);
        Assert.Contains(bed.Emulator.RequestLog.Snapshot(), entry => entry.Status >= 500);
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (WorkplaceApiException) when (attempt < 10)
            {
            }
        }
    }

    /// <summary>
    /// A batcher that waits longer for a batch to fill than the default: the request counts asserted here must hold
    /// on a loaded CI machine too, where the runner may start items more slowly than the default linger.
    /// </summary>
    private static GraphOperationBatcher PatientBatcher(WorkplaceClient client) =>
        new(client) { Linger = TimeSpan.FromMilliseconds(250), MaxLinger = TimeSpan.FromSeconds(5), Idempotent = true };
}
