using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Emulator;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.People;

/// <summary>The SCIM people operations against the in-memory emulator (demo community).</summary>
public class PeopleOperationsTests
{
    private const string Ava = "ava.ross@contoso.example";
    private const string Ben = "ben.carter@contoso.example";

    [Fact]
    public async Task Gets_a_person_by_id_email_and_external_id()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var ben = emulator.State.FindPersonByEmail(Ben)!;

        var byEmail = await client.FindUserByEmailAsync("Ben.Carter@contoso.example");
        var byId = await client.GetUserAsync(ben.Id);
        var byExternalId = await client.FindUserByExternalIdAsync("contoso-1002");

        Assert.Equal(ben.Id, byEmail!.Id);
        Assert.Equal(byEmail, byId);
        Assert.Equal(byEmail, byExternalId);
        Assert.Equal(("Ben Carter", "Chief Technology Officer", "Technology"), (byId.Name, byId.Title, byId.Department));
        Assert.Equal(emulator.State.FindPersonByEmail(Ava)!.Id, byId.ManagerId);
        Assert.Equal("Ava Ross", byId.ManagerName);
        Assert.Equal(WorkplaceUserStatus.Claimed, byId.Status);
        Assert.NotNull(byId.ClaimedTime);
        Assert.Null(await client.FindUserByEmailAsync("nobody@contoso.example"));
        Assert.Null(await client.FindUserByExternalIdAsync("x\"y"));
        var missing = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GetUserAsync("999999999"));
        Assert.Equal(WorkplaceErrorKind.NotFound, missing.Kind);
    }

    [Fact]
    public async Task Lists_everyone_in_pages_and_filters_by_status()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        var everyone = await ToList(client.GetUsersAsync(pageSize: 7));
        var deactivated = await ToList(client.GetUsersAsync([UserStatusFilter.Deactivated], 7));
        var invitedOrNot = await ToList(client.GetUsersAsync([UserStatusFilter.Invited, UserStatusFilter.NotInvited]));
        var active = await ToList(client.GetUsersAsync([UserStatusFilter.Active]));

        Assert.Equal(emulator.State.PeopleCount, everyone.Count);
        Assert.Equal(everyone.Count, everyone.Select(u => u.Id).Distinct().Count());
        Assert.Equal(emulator.State.ActivePeopleCount, active.Count);
        Assert.Equal(emulator.State.People().Count(p => !p.Active), deactivated.Count);
        Assert.Contains(deactivated, u => u.Email == "tina.mueller@contoso.example");
        Assert.Equal(["bruno.silva", "isabel.ferreira", "jamal.reed", "mohamed.ali", "xiao.li"],
            invitedOrNot.Select(u => u.Email!.Split('@')[0]).Order());
    }

    [Fact]
    public async Task Creates_an_account_with_every_field_and_frontline_through_graph()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var ava = emulator.State.FindPersonByEmail(Ava)!;

        var user = await client.CreateUserAsync(new UserFields
        {
            Email = "new.hire@contoso.example", ExternalId = "NH-1", GivenName = "New", FamilyName = "Hire", Title = "Analyst",
            Department = "Finance", Division = "Corporate", Organization = "Contoso", CostCenter = "CC-FIN", EmployeeNumber = "C9001",
            ManagerId = ava.Id, Locale = "en_GB", TimeZone = "Europe/Paris", PhoneNumber = "+1-206-555-0199",
            StartDate = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), AuthMethod = "sso", IsFrontline = true,
        });

        var stored = emulator.State.FindPersonByEmail("new.hire@contoso.example")!;
        Assert.Equal(stored.Id, user.Id);
        Assert.Equal(("New Hire", "Analyst", "Finance", ava.Id, "NH-1", "sso"), (stored.Name, stored.Title, stored.Department, stored.ManagerId, stored.ExternalId, stored.AuthMethod));
        Assert.True(stored.IsFrontline);
        Assert.True(user.IsFrontline);
        var read = await client.GetUserAsync(user.Id);
        Assert.Equal(("Corporate", "Contoso", "CC-FIN", "C9001"), (read.Division, read.Organization, read.CostCenter, read.EmployeeNumber));
        Assert.Equal(("en_GB", "Europe/Paris", "+1-206-555-0199"), (read.Locale, read.TimeZone, read.PhoneNumber));
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), read.StartDate);
        Assert.Equal(WorkplaceUserStatus.NotInvited, read.Status);
    }

    [Fact]
    public async Task Creates_an_email_less_account_by_external_id()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        var user = await client.CreateUserAsync(new UserFields { ExternalId = "FLOOR-77", Name = "Floor Worker" });

        Assert.Null(user.Email);
        Assert.Equal("FLOOR-77", emulator.State.FindPerson(user.Id)!.ExternalId);
        Assert.Equal(WorkplaceUserStatus.Invited, user.Status);
        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateUserAsync(new UserFields { Name = "Nobody" }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateUserAsync(new UserFields { Email = "x@contoso.example" }));
    }

    [Fact]
    public async Task A_first_attempt_conflict_is_reported_with_the_account_that_holds_the_email()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var before = emulator.State.PeopleCount;

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.CreateUserAsync(new UserFields { Email = Ben, Name = "Ben Carter" }));

        Assert.Equal(WorkplaceErrorKind.Conflict, error.Kind);
        Assert.Contains($"account {emulator.State.FindPersonByEmail(Ben)!.Id}, Ben Carter", error.Message);
        Assert.Contains("Set-WorkplaceUser", error.Message);
        Assert.Equal(before, emulator.State.PeopleCount);
    }

    [Fact]
    public async Task A_create_whose_response_was_lost_resolves_to_the_account_it_made()
    {
        var emulator = new WorkplaceEmulator();
        using var loser = new LoseFirstResponse(new EmulatorHttpHandler(emulator), HttpMethod.Post);
        using var client = InMemory(emulator, configure: o => o.Transport = loser);
        var before = emulator.State.PeopleCount;

        var user = await client.CreateUserAsync(new UserFields { Email = "retried@contoso.example", ExternalId = "R-1", Name = "Re Tried" });

        Assert.Equal(1, loser.Lost);
        Assert.Equal(before + 1, emulator.State.PeopleCount);
        Assert.Equal(emulator.State.FindPersonByEmail("retried@contoso.example")!.Id, user.Id);
        var posts = emulator.RequestLog.Snapshot().Where(e => e.Method == "POST").Select(e => e.Status).ToList();
        Assert.Equal([201, 409], posts);
    }

    [Fact]
    public async Task A_retried_conflict_with_someone_else_is_still_a_conflict()
    {
        var emulator = new WorkplaceEmulator();
        // The lost attempt fails before the create (a 409), so the retry meets an account that is not the one asked for.
        using var loser = new LoseFirstResponse(new EmulatorHttpHandler(emulator), HttpMethod.Post);
        using var client = InMemory(emulator, configure: o => o.Transport = loser);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.CreateUserAsync(new UserFields { Email = Ben, Name = "Somebody Else" }));

        Assert.Equal(WorkplaceErrorKind.Conflict, error.Kind);
        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public async Task Updates_change_only_the_given_fields()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var ben = await client.FindUserByEmailAsync(Ben);

        var updated = await client.UpdateUserAsync(ben!.Id, new UserFields { Title = "Chief Architect", CostCenter = "CC-ARC" });

        Assert.Equal(("Chief Architect", "CC-ARC"), (updated.Title, updated.CostCenter));
        Assert.Equal(ben with { Title = "Chief Architect", CostCenter = "CC-ARC" }, updated);
        var patch = emulator.RequestLog.Snapshot().Single(e => e.Method == "PATCH");
        Assert.Equal(200, patch.Status);
        Assert.Equal(updated, await client.UpdateUserAsync(ben.Id, new UserFields()));
    }

    [Fact]
    public async Task Deactivates_and_reactivates()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var id = emulator.State.FindPersonByEmail(Ben)!.Id;

        var off = await client.SetUserActiveAsync(id, false);
        Assert.Equal(WorkplaceUserStatus.Deactivated, off.Status);
        Assert.False(emulator.State.FindPerson(id)!.Active);
        var on = await client.SetUserActiveAsync(id, true);
        Assert.Equal(WorkplaceUserStatus.Claimed, on.Status);
        Assert.True(emulator.State.FindPerson(id)!.Active);
    }

    [Fact]
    public async Task Deletes_only_never_claimed_accounts_and_says_what_to_do_otherwise()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var fresh = await client.CreateUserAsync(new UserFields { Email = "temp@contoso.example", Name = "Temp Person" });
        var claimed = emulator.State.FindPersonByEmail(Ben)!.Id;

        await client.DeleteUserAsync(fresh.Id);
        var refused = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.DeleteUserAsync(claimed));

        Assert.Null(emulator.State.FindPerson(fresh.Id));
        Assert.Equal(WorkplaceErrorKind.PreconditionFailed, refused.Kind);
        Assert.Equal(412, refused.HttpStatus);
        Assert.Contains("has been claimed", refused.Message);
        Assert.Contains("Disable-WorkplaceUser", refused.Message);
        Assert.NotNull(emulator.State.FindPerson(claimed));
    }

    [Fact]
    public async Task A_delete_whose_response_was_lost_succeeds_on_the_retry()
    {
        var emulator = new WorkplaceEmulator();
        using var loser = new LoseFirstResponse(new EmulatorHttpHandler(emulator), HttpMethod.Delete);
        using var client = InMemory(emulator, configure: o => o.Transport = loser);
        var fresh = await client.CreateUserAsync(new UserFields { Email = "gone@contoso.example", Name = "Gone Soon" });

        await client.DeleteUserAsync(fresh.Id);

        Assert.Equal(1, loser.Lost);
        Assert.Null(emulator.State.FindPerson(fresh.Id));
    }

    [Fact]
    public async Task Resolves_an_id_or_an_email_to_an_id()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var ben = emulator.State.FindPersonByEmail(Ben)!;

        Assert.Equal(ben.Id, await client.ResolveUserIdAsync(" BEN.CARTER@contoso.example "));
        Assert.Equal("12345", await client.ResolveUserIdAsync("12345"));
        var missing = await Assert.ThrowsAsync<KeyNotFoundException>(() => client.ResolveUserIdAsync("ghost@contoso.example"));
        Assert.Contains("ghost@contoso.example", missing.Message);
        Assert.Equal("Workplace.NotFound", WorkplaceErrorClassifier.Classify(missing).ErrorId);
    }
}
