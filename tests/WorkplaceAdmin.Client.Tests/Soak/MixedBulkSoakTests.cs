using System.Diagnostics;
using WorkplaceAdmin.Emulator;
using WorkplaceAdmin.Emulator.Server;
using Xunit.Abstractions;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.Soak;

/// <summary>
/// The fault soak of issue 9, bounded for CI: 5,000 people created, added to groups and 1,000 of them messaged,
/// through the client's bulk paths, against the emulator server over loopback TCP with 10 % 5xx, throttling bursts
/// (Graph code 4 and HTTP 429 with Retry-After), 1 % dropped connections, 1 % lost responses and 1 % responses
/// slower than the client's timeout. The longer run is the benchmark project's <c>soak</c> scenario.
/// </summary>
public class MixedBulkSoakTests
{
    private readonly ITestOutputHelper output;

    public MixedBulkSoakTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    [Trait("Category", "Soak")]
    public async Task Five_thousand_people_their_groups_and_messages_end_as_intended_or_reported_failed_under_faults()
    {
        var plan = new SoakPlan();
        // Bounded: a hang anywhere fails the test instead of stalling CI.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var server = await EmulatorServer.StartAsync(plan.ServerOptions());
        var emulator = server.Emulator;
        using var attempts = new AttemptTally();
        using var client = new WorkplaceClient(ServerOptions(server, o =>
        {
            o.Transport = attempts;
            o.RequestTimeout = plan.RequestTimeout;
            // Backoff long enough to outlast a throttling burst, as the default (seconds) would, scaled down.
            o.Retry = new RetryOptions { MaxAttempts = 10, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(400), TotalBudget = TimeSpan.FromSeconds(30) };
        }));
        var run = new SoakRun(client, plan);
        await run.CreateGroupsAsync(emulator.State.FindPersonByEmail("ava.ross@contoso.example")!.Id, limit.Token);

        plan.StartFaults(emulator.Controls);
        var clock = Stopwatch.StartNew();
        await using (var bursts = new SoakThrottleBursts(emulator.Controls, plan))
        {
            await run.ImportPeopleAsync(limit.Token);
            output.WriteLine($"people: {clock.Elapsed.TotalSeconds:0.0} s");
            await run.AddMembersAsync(limit.Token);
            output.WriteLine($"members: {clock.Elapsed.TotalSeconds:0.0} s");
            await run.SendMessagesAsync(limit.Token);
            output.WriteLine($"messages: {clock.Elapsed.TotalSeconds:0.0} s");
        }
        emulator.Controls.ClearFaults();

        var audit = SoakAudit.Of(run, plan, emulator.State);
        output.WriteLine(audit.ToString());
        foreach (var failure in audit.FailureSamples(10))
            output.WriteLine(failure);
        Assert.True(audit.Violations.Count == 0, string.Join(Environment.NewLine, audit.Violations.Take(20)));

        // Every kind of fault met the client, so the run proves something.
        output.WriteLine($"attempts: {attempts}");
        Assert.True(attempts.Dropped > 0, attempts.ToString());
        Assert.True(attempts.TimedOut > 0, attempts.ToString());
        Assert.True(attempts.WithStatus(500) + attempts.WithStatus(503) > 0, attempts.ToString());
        Assert.True(attempts.WithStatus(429) > 0, attempts.ToString());
        Assert.True(attempts.WithStatus(400) > 0, attempts.ToString());
        // A lost response leaves the change made but unanswered: the server logged it with its real status.
        Assert.True(emulator.RequestLog.Snapshot().Count(e => e.Status is > 0 and < 300 && !e.IsBatchOperation) > attempts.WithStatus(200) + attempts.WithStatus(201),
            "no response was lost");
        // Retries carry almost every item through: failures are the rare item whose retries all met faults.
        Assert.True(audit.PeopleCreated >= plan.People * 0.99, audit.ToString());
        Assert.True(audit.MembershipsMade >= plan.People * 2 * 0.99, audit.ToString());
        // A send is never repeated once the server may have acted (a 5xx, a dropped or lost answer, a timeout), so that
        // no one gets a message twice: those fail their item. Throttling proves the server did nothing, so it is waited out.
        Assert.True(audit.MessagesDelivered >= plan.Messaged * 0.8, audit.ToString());
        foreach (var failed in run.Messages.Values.Where(r => r.Status == BulkStatus.Failed))
        {
            var error = Assert.IsType<WorkplaceApiException>(failed.Error);
            Assert.True(error.HttpStatus is 0 or >= 500 && error.Kind != WorkplaceErrorKind.Throttled, $"{failed.Input}: {error.Message}");
        }
    }
}
