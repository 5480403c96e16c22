using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Emulator;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.People;

/// <summary>New-WorkplaceUser's logic: rows checked in order, then created concurrently through the bulk runner.</summary>
public class UserImportTests
{
    [Fact]
    public async Task Managers_are_looked_up_once_however_many_rows_name_them()
    {
        var calls = 0;
        var directory = new ManagerDirectory((reference, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(string.Equals(reference, "boss@x.example", StringComparison.OrdinalIgnoreCase) ? "42" : null);
        });

        for (var row = 1; row <= 5; row++)
            Assert.Equal("42", await directory.ResolveAsync("Boss@x.example", row));
        var unknown = await Assert.ThrowsAsync<UserRowException>(() => directory.ResolveAsync("ghost@x.example", 9));

        Assert.Equal(2, calls);
        Assert.Equal("Row 9: the manager ghost@x.example is not an account of this community.", unknown.Message);
    }

    [Fact]
    public async Task A_row_naming_an_expected_manager_waits_for_it_or_fails_when_it_is_not_created()
    {
        var directory = new ManagerDirectory((_, _) => Task.FromResult<string?>(null));
        var boss = directory.Expect("boss@x.example", 1);
        var other = directory.Expect("other@x.example", 2);

        var waiting = directory.ResolveAsync("boss@x.example", 3);
        var failing = directory.ResolveAsync("other@x.example", 4);
        Assert.False(waiting.IsCompleted);
        Assert.True(await directory.KnowsAsync("BOSS@x.example"));
        boss.Created("77");
        other.NotCreated();

        Assert.Equal("77", await waiting);
        Assert.Contains("Row 4: the manager other@x.example (row 2) was not created", (await Assert.ThrowsAsync<UserRowException>(() => failing)).Message);
    }

    [Fact]
    public async Task Imports_rows_concurrently_with_managers_from_earlier_rows_and_reports_bad_rows_without_sending_them()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator, configure: o => o.MaxConcurrency = 8);
        var import = new UserImport(client);
        var ava = emulator.State.FindPersonByEmail("ava.ross@contoso.example")!;
        var rows = new List<UserRow>
        {
            new() { RowNumber = 1, Email = "lead@contoso.example", Name = "Team Lead", Manager = "ava.ross@contoso.example" },
            new() { RowNumber = 2, Email = "bad-email", Name = "Bad Email" },
            new() { RowNumber = 3, Email = "nameless@contoso.example" },
            new() { RowNumber = 4, Email = "ghost.report@contoso.example", Name = "Ghost Report", Manager = "ghost@contoso.example" },
            new() { RowNumber = 5, Email = "LEAD@contoso.example", Name = "Lead Again" },
        };
        for (var i = 0; i < 40; i++)
            rows.Add(new UserRow { RowNumber = 6 + i, Email = $"member{i}@contoso.example", GivenName = "Member", FamilyName = $"No{i}", Manager = "lead@contoso.example" });

        var items = new List<ImportItem>();
        var rejected = new Dictionary<long, string>();
        foreach (var row in rows)
        {
            try
            {
                items.Add(await import.PrepareAsync(row));
            }
            catch (UserRowException bad)
            {
                rejected[bad.RowNumber] = bad.Message;
            }
        }
        var results = await ToList(new BulkRunner(client).RunAsync(items, import.CreateAsync));

        Assert.Equal([2, 3, 4, 5], rejected.Keys.Order());
        Assert.Contains("not a valid email", rejected[2]);
        Assert.Contains("has no name", rejected[3]);
        Assert.Contains("ghost@contoso.example is not an account", rejected[4]);
        Assert.Contains("also in row 1", rejected[5]);
        Assert.All(results, r => Assert.Equal(BulkStatus.Succeeded, r.Status));
        Assert.Equal(41, results.Count);
        var lead = emulator.State.FindPersonByEmail("lead@contoso.example")!;
        Assert.Equal(ava.Id, lead.ManagerId);
        for (var i = 0; i < 40; i++)
            Assert.Equal(lead.Id, emulator.State.FindPersonByEmail($"member{i}@contoso.example")!.ManagerId);
        Assert.Null(emulator.State.FindPersonByEmail("ghost.report@contoso.example"));
        Assert.Equal(41, emulator.RequestLog.Snapshot().Count(e => e.Method == "POST" && e.Status == 201));
    }

    [Fact]
    public async Task Rows_whose_manager_row_failed_fail_too_and_say_why()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var import = new UserImport(client);
        // The lead's email is taken: its create fails with a conflict, so the report cannot get its manager.
        var lead = await import.PrepareAsync(new UserRow { RowNumber = 1, Email = "ben.carter@contoso.example", Name = "Not Ben" });
        var report = await import.PrepareAsync(new UserRow { RowNumber = 2, Email = "report@contoso.example", Name = "Re Port", Manager = "ben.carter@contoso.example" });

        var results = (await ToList(new BulkRunner(client).RunAsync([lead, report], import.CreateAsync))).OrderBy(r => r.Index).ToList();

        Assert.Equal(WorkplaceErrorKind.Conflict, Assert.IsType<WorkplaceApiException>(results[0].Error).Kind);
        Assert.Equal("Row 2: the manager ben.carter@contoso.example (row 1) was not created, so the manager cannot be set.", results[1].Error!.Message);
        Assert.Null(emulator.State.FindPersonByEmail("report@contoso.example"));
    }

    [Fact]
    public async Task An_abandoned_row_releases_the_rows_that_wait_for_it()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var import = new UserImport(client);
        var declined = await import.PrepareAsync(new UserRow { RowNumber = 1, Email = "declined@contoso.example", Name = "De Clined" });
        var report = await import.PrepareAsync(new UserRow { RowNumber = 2, Email = "r2@contoso.example", Name = "R Two", Manager = "declined@contoso.example" });

        UserImport.Abandon(declined);

        var error = await Assert.ThrowsAsync<UserRowException>(() => import.CreateAsync(report));
        Assert.Contains("was not created", error.Message);
    }
}
