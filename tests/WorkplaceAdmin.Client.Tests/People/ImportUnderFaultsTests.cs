using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Emulator;
using WorkplaceAdmin.Emulator.Server;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.People;

/// <summary>A 2,000-row import over loopback TCP while the emulator server misbehaves.</summary>
public class ImportUnderFaultsTests
{
    [Fact]
    public async Task Every_row_is_created_exactly_once_or_reported_failed_under_5xx_throttling_bursts_and_dropped_connections()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            ServerErrorRate = 0.1,
            ThrottleRate = 0.01,
            Throttle429Rate = 0.01,
            // SCIM throttling answers 429 with Retry-After (whole seconds); the client waits that long.
            RetryAfter = TimeSpan.FromSeconds(1),
            DropRate = 0.03,
            LostResponseRate = 0.05,
            RandomSeed = 2024,
            RequestLogCapacity = 100_000,
        });
        var emulator = server.Emulator;
        var before = emulator.State.People().Select(p => p.Id).ToHashSet();
        using var client = new WorkplaceClient(ServerOptions(server, o =>
        {
            // Backoff long enough to outlast a throttling burst, as the default (seconds) would, scaled down.
            o.Retry = new RetryOptions { MaxAttempts = 10, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(150), TotalBudget = TimeSpan.FromSeconds(30) };
            o.MaxConcurrency = 16;
        }));
        var import = new UserImport(client);
        // Every tenth person manages the nine after them, so rows also wait for their manager's row under faults.
        var rows = Enumerable.Range(1, 2000).Select(n => new UserRow
        {
            RowNumber = n,
            Email = $"joiner{n}@contoso.example",
            ExternalId = $"J-{n}",
            GivenName = "Joiner",
            FamilyName = $"Number{n}",
            Department = $"Dept {n % 7}",
            Manager = n % 10 == 1 ? null : $"joiner{n - (n - 1) % 10}@contoso.example",
        }).ToList();
        var items = new List<ImportItem>();
        foreach (var row in rows)
            items.Add(await import.PrepareAsync(row));

        using var bursts = new CancellationTokenSource();
        var burster = Task.Run(async () =>
        {
            // Throttling comes in bursts: most of the time a little, now and then nearly everything.
            for (var i = 0; !bursts.IsCancellationRequested; i++)
            {
                emulator.Controls.ThrottleRate = i % 10 == 9 ? 0.5 : 0.01;
                await Task.Delay(40).ConfigureAwait(false);
            }
        });
        var results = await ToList(new BulkRunner(client).RunAsync(items, import.CreateAsync));
        bursts.Cancel();
        await burster;

        Assert.Equal(rows.Count, results.Count);
        Assert.Equal(rows.Count, results.Select(r => r.Index).Distinct().Count());
        var created = emulator.State.People().Where(p => !before.Contains(p.Id)).ToList();
        var createdByEmail = created.ToDictionary(p => p.Email!);
        foreach (var result in results)
        {
            var email = result.Input.Row.Fields.Email!;
            if (result.Status == BulkStatus.Succeeded)
            {
                Assert.Equal(createdByEmail[email].Id, result.Output!.Id);
                Assert.Equal(result.Input.Row.Fields.ExternalId, createdByEmail[email].ExternalId);
            }
            else
            {
                Assert.Equal(BulkStatus.Failed, result.Status);
                // A retried create never turns into a false "already exists".
                Assert.NotEqual(WorkplaceErrorKind.Conflict, (result.Error as WorkplaceApiException)?.Kind);
            }
        }
        var succeeded = results.Count(r => r.Status == BulkStatus.Succeeded);
        Assert.True(succeeded >= rows.Count - 5, $"Only {succeeded} of {rows.Count} rows succeeded: " +
            string.Join(" | ", results.Where(r => r.Error is not null).Take(5).Select(r => r.Error!.Message)));
        // Nothing made twice, nothing made that was not asked for.
        Assert.Equal(created.Count, created.Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(created, p => Assert.StartsWith("joiner", p.Email));
        var log = emulator.RequestLog.Snapshot();
        Assert.Equal(created.Count, log.Count(e => e.Method == "POST" && e.Path.Contains("/Users", StringComparison.Ordinal) && e.Status == 201));
        Assert.Contains(log, e => e.Method == "POST" && e.Status == 409);
        Assert.Contains(log, e => e.Status == 0);
        Assert.Contains(log, e => e.Status >= 500);
        Assert.Contains(log, e => e.Status == 429);
        foreach (var person in created.Where(p => !p.Email!.EndsWith("1@contoso.example", StringComparison.Ordinal) || p.Email == "joiner1@contoso.example"))
        {
            var n = int.Parse(person.Email!["joiner".Length..person.Email!.IndexOf('@')], System.Globalization.CultureInfo.InvariantCulture);
            if (n % 10 != 1)
                Assert.Equal(createdByEmail[$"joiner{n - (n - 1) % 10}@contoso.example"].Id, person.ManagerId);
        }
        Assert.Empty(emulator.State.FindInconsistencies());
    }
}
