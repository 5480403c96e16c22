using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Client.Selection;
using WorkplaceAdmin.Emulator;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.People;

/// <summary>Desired-state sync against the demo community: the plan, then carrying it out.</summary>
public class SyncPlannerTests
{
    private static async Task<SyncPlanner> LoadedAsync(WorkplaceClient client, bool disableMissing = false, params string[] exclude)
    {
        var planner = new SyncPlanner(exclude.Select(NamePattern.Parse).ToList(), disableMissing);
        await planner.LoadAsync(client.GetUsersAsync(pageSize: 10));
        return planner;
    }

    /// <summary>Every current person as a desired row, with the same values.</summary>
    private static async Task<List<UserRow>> CurrentRowsAsync(WorkplaceClient client)
    {
        var rows = new List<UserRow>();
        await foreach (var user in client.GetUsersAsync([UserStatusFilter.Active]))
        {
            rows.Add(new UserRow
            {
                RowNumber = rows.Count + 1, Email = user.Email, ExternalId = user.ExternalId, Name = user.Name, Title = user.Title,
                Department = user.Department, Manager = user.ManagerId, Locale = user.Locale, PhoneNumber = user.PhoneNumber,
            });
        }
        return rows;
    }

    [Fact]
    public async Task A_list_equal_to_the_community_is_all_unchanged_and_nobody_is_disabled()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var rows = await CurrentRowsAsync(client);
        var planner = await LoadedAsync(client, disableMissing: true);

        var steps = rows.Select(planner.Plan).ToList();
        var missing = planner.PlanMissing().ToList();

        Assert.All(steps, s => Assert.Equal(SyncStepKind.Unchanged, s.Kind));
        Assert.Empty(missing);
        Assert.Equal(emulator.State.PeopleCount, planner.CommunityCount);
    }

    [Fact]
    public async Task Plans_creates_updates_of_changed_fields_reactivations_disables_and_exclusions()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var rows = await CurrentRowsAsync(client);
        var ben = rows.Single(r => r.Email == "ben.carter@contoso.example");
        var leavers = rows.Where(r => r.Email is "ava.ross@contoso.example" or "hugo.laurent@contoso.example").ToList();
        rows.RemoveAll(leavers.Contains);
        rows[rows.IndexOf(ben)] = ben with { Title = "Chief Architect", Department = "Technology", Locale = null };
        rows.Add(new UserRow { RowNumber = 100, Email = "tina.mueller@contoso.example", Name = "Tina Mueller" });
        rows.Add(new UserRow { RowNumber = 101, Email = "new.one@contoso.example", Name = "New One", Manager = "ben.carter@contoso.example" });
        rows.Add(new UserRow { RowNumber = 102, Email = "new.two@contoso.example", Name = "New Two", Manager = "new.one@contoso.example" });
        var planner = await LoadedAsync(client, true, "hugo.*");

        var steps = rows.Select(planner.Plan).Concat(planner.PlanMissing()).ToList();

        var benStep = steps.Single(s => s.Email == ben.Email);
        Assert.Equal(SyncStepKind.Update, benStep.Kind);
        Assert.Equal([UserField.Title], benStep.Changes);
        Assert.Equal([UserField.Title], benStep.Fields.Given());
        var tina = steps.Single(s => s.Email == "tina.mueller@contoso.example");
        Assert.Equal(SyncStepKind.Update, tina.Kind);
        Assert.Equal([UserField.Active], tina.Changes);
        Assert.True(tina.Fields.Active);
        Assert.Equal(SyncStepKind.Create, steps.Single(s => s.Email == "new.one@contoso.example").Kind);
        Assert.Equal("new.one@contoso.example", steps.Single(s => s.Email == "new.two@contoso.example").ManagerReference);
        var ava = steps.Single(s => s.Email == "ava.ross@contoso.example");
        Assert.Equal((SyncStepKind.Disable, (long?)null), (ava.Kind, ava.RowNumber));
        var hugo = steps.Single(s => s.Email == "hugo.laurent@contoso.example");
        Assert.Equal(SyncStepKind.Unchanged, hugo.Kind);
        Assert.Contains("'hugo.*'", hugo.Note);
        Assert.DoesNotContain(steps, s => s.Email is "tina.mueller@contoso.example" && s.Kind == SyncStepKind.Disable);
        Assert.DoesNotContain(steps, s => s.Email is "noah.fischer@contoso.example");
        Assert.Equal(rows.Count - 4, steps.Count(s => s.Kind == SyncStepKind.Unchanged && s.RowNumber is not null));
    }

    [Fact]
    public async Task Bad_rows_are_invalid_steps_that_name_their_row()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var planner = await LoadedAsync(client);

        var steps = new[]
        {
            new UserRow { RowNumber = 1, Email = "x@contoso.example" },
            new UserRow { RowNumber = 2, Email = "ava.ross@contoso.example", ExternalId = "contoso-1003", Name = "Ava Ross" },
            new UserRow { RowNumber = 3, Email = "y@contoso.example", Name = "Y Y", Manager = "ghost@contoso.example" },
            new UserRow { RowNumber = 4, ExternalId = "contoso-1002", Name = "Ben Carter" },
            new UserRow { RowNumber = 5, Email = "ben.carter@contoso.example", Name = "Ben Carter" },
        }.Select(planner.Plan).ToList();

        Assert.All(steps.Take(3), s => Assert.Equal(SyncStepKind.Invalid, s.Kind));
        Assert.Contains("Row 1:", steps[0].Note);
        Assert.Contains("belongs to account", steps[1].Note);
        Assert.Contains("ghost@contoso.example is not an account of this community nor a person of this list", steps[2].Note);
        Assert.Equal(SyncStepKind.Unchanged, steps[3].Kind);
        Assert.Equal(SyncStepKind.Invalid, steps[4].Kind);
        Assert.Contains("same account", steps[4].Note);
        Assert.Contains("row 4", steps[4].Note);
    }

    [Fact]
    public async Task Carrying_out_the_plan_reaches_the_desired_state_and_a_second_run_changes_nothing()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var rows = (await CurrentRowsAsync(client)).Where(r => r.Email != "ava.ross@contoso.example").ToList();
        rows[0] = rows[0] with { Title = "Renamed Title" };
        rows.Add(new UserRow { RowNumber = 200, Email = "boss.new@contoso.example", Name = "Boss New" });
        rows.Add(new UserRow { RowNumber = 201, Email = "report.new@contoso.example", Name = "Report New", Manager = "boss.new@contoso.example" });
        rows.Add(new UserRow { RowNumber = 202, ExternalId = "FLOOR-1", Name = "Floor One" });

        var first = await SyncAsync(client, rows);
        var second = await SyncAsync(client, rows);

        Assert.Equal((3, 1, 1, 0), (first.Created, first.Updated, first.Disabled, first.Failed));
        Assert.Equal(rows.Count, second.Unchanged);
        Assert.Equal((0, 0, 0, 0), (second.Created, second.Updated, second.Disabled, second.Failed));
        Assert.False(emulator.State.FindPersonByEmail("ava.ross@contoso.example")!.Active);
        Assert.Equal("Renamed Title", emulator.State.FindPersonByEmail(rows[0].Email!)!.Title);
        Assert.Equal(emulator.State.FindPersonByEmail("boss.new@contoso.example")!.Id, emulator.State.FindPersonByEmail("report.new@contoso.example")!.ManagerId);
        Assert.NotNull(emulator.State.FindPersonByExternalId("FLOOR-1"));
    }

    private static async Task<WorkplaceUserSyncSummary> SyncAsync(WorkplaceClient client, IReadOnlyList<UserRow> rows)
    {
        var planner = await LoadedAsync(client, disableMissing: true);
        var executor = new SyncExecutor(client, planner.Managers);
        var steps = rows.Select(planner.Plan).ToList();
        steps.AddRange(planner.PlanMissing());
        foreach (var quiet in steps.Where(s => !SyncExecutor.Writes(s)))
            executor.Describe(quiet);
        await foreach (var result in new BulkRunner(client).RunAsync(steps.Where(SyncExecutor.Writes).ToList(), executor.RunAsync))
        {
            if (result.Error is not null)
                executor.Failed(result.Input, result.Error);
        }
        return executor.Summary("community", planner.Rows, planner.CommunityCount, false, TimeSpan.Zero);
    }

    [Fact]
    public async Task Results_carry_the_error_of_a_failed_row_and_the_note_of_an_excluded_person()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var planner = await LoadedAsync(client, true, "ava.*");
        var executor = new SyncExecutor(client, planner.Managers);

        var failed = executor.Describe(planner.Plan(new UserRow { RowNumber = 3, Email = "bad" }));
        planner.Plan(new UserRow { RowNumber = 4, Email = "ben.carter@contoso.example", Name = "Ben Carter" });
        var excluded = executor.Describe(planner.PlanMissing().Single(s => s.Email == "ava.ross@contoso.example"));
        var summary = executor.Summary("c", planner.Rows, planner.CommunityCount, true, TimeSpan.Zero);

        Assert.Equal((WorkplaceSyncAction.Failed, (long?)3, (string?)null), (failed.Action, failed.RowNumber, failed.Note));
        Assert.StartsWith("Row 3:", failed.Error);
        Assert.Equal((WorkplaceSyncAction.Unchanged, (string?)null), (excluded.Action, excluded.Error));
        Assert.Contains("'ava.*'", excluded.Note);
        Assert.Equal((1L, 1L, 1L, 2L, 1L), (summary.Failed, summary.Unchanged, summary.Excluded, summary.Rows, planner.ValidRows));
        Assert.True(summary.WhatIf);
    }
}
