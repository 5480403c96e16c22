using System.Diagnostics;
using System.Globalization;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Tests.Soak;
using WorkplaceAdmin.Emulator;
using WorkplaceAdmin.Emulator.Server;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// The fault soak of issue 9, longer than CI allows: rounds of the xunit soak (people created through the importer,
/// added to groups in batches, the first of them messaged) against one emulator server with 10 % 5xx, throttling
/// bursts, 1 % dropped connections, 1 % lost responses and 1 % responses slower than the client's timeout, until
/// <c>--duration</c> is spent (at least one round). After each round the emulator's state is audited against the
/// intent (the same <see cref="SoakAudit"/> as the test): the figure that matters is 0 violations.
/// Settings: <c>--set people=5000</c>, <c>--set messaged=1000</c>, <c>--set seed=9009</c>, <c>--set timeout=2s</c>
/// (the client's per-request timeout; slow responses take 2.5 times as long).
/// The server runs in-process (the audit reads its state).
/// </summary>
public sealed class SoakScenario : IBenchmarkScenario
{
    public string Name => "soak";

    public string Description => "Rounds of 5,000 people, their groups and 1,000 messages under faults, audited after each round";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(double.Parse(context.Setting("timeout", "2s").TrimEnd('s'), CultureInfo.InvariantCulture));
        var basePlan = new SoakPlan
        {
            People = int.Parse(context.Setting("people", "5000"), CultureInfo.InvariantCulture),
            Messaged = int.Parse(context.Setting("messaged", "1000"), CultureInfo.InvariantCulture),
            RandomSeed = int.Parse(context.Setting("seed", "9009"), CultureInfo.InvariantCulture),
            RequestTimeout = timeout,
            SlowDelay = timeout * 2.5,
        };
        await using var server = await EmulatorServer.StartAsync(basePlan.ServerOptions(), 0, cancellationToken);
        var emulator = server.Emulator;
        var adminId = emulator.State.FindPersonByEmail("ava.ross@contoso.example")!.Id;
        using var attempts = new AttemptTally();
        using var client = new WorkplaceClient(new WorkplaceClientOptions
        {
            AccessToken = EmulatorDefaults.AdminToken,
            GraphUri = server.GraphUri,
            ScimUri = server.ScimUri,
            Transport = attempts,
            RequestTimeout = basePlan.RequestTimeout,
            Retry = new RetryOptions { MaxAttempts = 10, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(400), TotalBudget = TimeSpan.FromSeconds(30) },
        });

        var clock = Stopwatch.StartNew();
        int rounds = 0, violations = 0, people = 0, peopleFailed = 0, memberships = 0, membershipsFailed = 0, messages = 0, messagesFailed = 0, failedButDone = 0;
        using var memory = MemorySampler.Start();
        do
        {
            rounds++;
            var plan = basePlan with { Prefix = $"soak{rounds}" };
            var run = new SoakRun(client, plan);
            // Groups are made with the faults off: creating a group is not idempotent, and it is not what is soaked.
            emulator.Controls.ClearFaults();
            await run.CreateGroupsAsync(adminId, cancellationToken);
            plan.StartFaults(emulator.Controls);
            await using (new SoakThrottleBursts(emulator.Controls, plan))
            {
                await run.ImportPeopleAsync(cancellationToken);
                await run.AddMembersAsync(cancellationToken);
                await run.SendMessagesAsync(cancellationToken);
            }
            emulator.Controls.ClearFaults();

            var audit = SoakAudit.Of(run, plan, emulator.State);
            context.Log.WriteLine($"  round {rounds} at {clock.Elapsed.TotalSeconds:0} s: {audit}");
            foreach (var violation in audit.Violations.Take(10))
                context.Log.WriteLine("    VIOLATION " + violation);
            violations += audit.Violations.Count;
            people += audit.PeopleCreated;
            peopleFailed += audit.PeopleReportedFailed;
            memberships += audit.MembershipsMade;
            membershipsFailed += audit.MembershipsReportedFailed;
            messages += audit.MessagesDelivered;
            messagesFailed += audit.MessagesReportedFailed;
            failedButDone += audit.ReportedFailedButDone;
        }
        while (clock.Elapsed < context.Duration && !cancellationToken.IsCancellationRequested);
        clock.Stop();
        context.Log.WriteLine($"  attempts: {attempts}");

        return new BenchmarkResult(Name,
        [
            new("rounds", rounds, "rounds"),
            new("violations (lost, duplicated, misreported)", violations, "items"),
            new("people created", people, "people"),
            new("people reported failed", peopleFailed, "people"),
            new("memberships made", memberships, "memberships"),
            new("memberships reported failed", membershipsFailed, "memberships"),
            new("messages delivered", messages, "messages"),
            new("messages reported failed", messagesFailed, "messages"),
            new("reported failed but done (answer lost)", failedButDone, "items"),
            new("dropped connections met", attempts.Dropped, "attempts"),
            new("timeouts met", attempts.TimedOut, "attempts"),
            new("5xx met", attempts.WithStatus(500) + attempts.WithStatus(503), "attempts"),
            new("throttled (429 and code 4) met", attempts.WithStatus(429) + attempts.WithStatus(400), "attempts"),
            new("elapsed", Math.Round(clock.Elapsed.TotalSeconds, 1), "s"),
            new("peak heap", Math.Round(memory.PeakHeapMegabytes, 1), "MB"),
        ], $"{basePlan.People} people, {basePlan.DepartmentGroups + 1} groups and {basePlan.Messaged} messages per round; seed {basePlan.RandomSeed}; " +
           $"client timeout {basePlan.RequestTimeout.TotalSeconds:0.#} s, slow responses {basePlan.SlowDelay.TotalSeconds:0.#} s");
    }
}
