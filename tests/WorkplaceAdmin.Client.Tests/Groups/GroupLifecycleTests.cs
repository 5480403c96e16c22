using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Groups;

/// <summary>Creating, changing, archiving and unarchiving groups against the emulator.</summary>
public class GroupLifecycleTests
{
    [Fact]
    public async Task Creates_a_group_with_its_settings_and_first_admin()
    {
        using var bed = new EmulatorBed();

        var group = await bed.Client.CreateGroupAsync(new WorkplaceGroupSettings
        {
            Name = "  Data Platform  ",
            Description = "Pipelines and dashboards",
            Privacy = "secret",
            Purpose = "WORK_TEAMWORK",
            PostPermissions = "ADMIN_ONLY",
            JoinSetting = "ADMIN_ONLY",
            AdminId = bed.IdOf(EmulatorBed.Ava),
        });

        Assert.Equal(("Data Platform", "Pipelines and dashboards", "SECRET", "WORK_TEAMWORK", "ADMIN_ONLY", "ADMIN_ONLY", false),
            (group.Name, group.Description, group.Privacy, group.Purpose, group.PostPermissions, group.JoinSetting, group.Archived));
        var stored = bed.Emulator.State.FindGroup(group.Id)!;
        Assert.Equal(new[] { bed.IdOf(EmulatorBed.Ava) }, stored.AdminIds);
        Assert.Equal(1, group.MemberCount);
    }

    [Fact]
    public async Task Updates_only_the_settings_given_then_archives_and_unarchives()
    {
        using var bed = new EmulatorBed();
        var id = await bed.NewGroupAsync("Before");

        var renamed = await bed.Client.UpdateGroupAsync(id, new WorkplaceGroupSettings { Name = "After", Privacy = "OPEN" });
        var archived = await bed.Client.UpdateGroupAsync(id, new WorkplaceGroupSettings { Archived = true });
        var unarchived = await bed.Client.UpdateGroupAsync(id, new WorkplaceGroupSettings { Archived = false });

        Assert.Equal(("After", "OPEN", false), (renamed.Name, renamed.Privacy, renamed.Archived));
        Assert.True(archived.Archived);
        Assert.Equal("After", archived.Name);
        Assert.False(unarchived.Archived);
    }

    [Theory]
    [InlineData("PUBLIC", null, null, "Privacy")]
    [InlineData(null, "WORK_PARTY", null, "Purpose")]
    [InlineData(null, null, "EVERYONE", "JoinSetting")]
    public async Task An_invalid_setting_is_refused_naming_it_before_any_request(string? privacy, string? purpose, string? joinSetting, string named)
    {
        using var bed = new EmulatorBed();
        bed.ForgetRequests();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.CreateGroupAsync(new WorkplaceGroupSettings
        {
            Name = "x", Privacy = privacy, Purpose = purpose, JoinSetting = joinSetting,
        }));

        Assert.Contains(named, error.Message);
        Assert.Contains(privacy ?? purpose ?? joinSetting!, error.Message);
        Assert.Equal(0, bed.HttpRequests);
    }

    [Fact]
    public async Task A_create_without_name_and_an_update_without_settings_send_nothing()
    {
        using var bed = new EmulatorBed();
        var groupId = bed.GroupNamed("Engineering").Id;
        bed.ForgetRequests();

        await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.CreateGroupAsync(new WorkplaceGroupSettings { Name = "  " }));
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.UpdateGroupAsync(groupId, new WorkplaceGroupSettings()));
        await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.CreateGroupAsync(new WorkplaceGroupSettings { Name = "x", Archived = true }));
        await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.UpdateGroupAsync(groupId, new WorkplaceGroupSettings { AdminId = "12" }));

        Assert.Contains(groupId, empty.Message);
        Assert.Equal(0, bed.HttpRequests);
    }

    [Fact]
    public async Task A_first_admin_given_by_email_is_looked_up_and_an_id_is_used_as_is()
    {
        using var bed = new EmulatorBed();
        bed.ForgetRequests();

        var byId = await bed.Client.ResolvePersonIdAsync("123456");
        var requestsForId = bed.HttpRequests;
        var byEmail = await bed.Client.ResolvePersonIdAsync(EmulatorBed.Ben);
        var unknown = await Assert.ThrowsAsync<KeyNotFoundException>(() => bed.Client.ResolvePersonIdAsync("ghost@contoso.example"));
        var malformed = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.ResolvePersonIdAsync("Ben Carter"));

        Assert.Equal(("123456", 0), (byId, requestsForId));
        Assert.Equal(bed.IdOf(EmulatorBed.Ben), byEmail);
        Assert.Contains("ghost@contoso.example", unknown.Message);
        Assert.Contains("'Ben Carter'", malformed.Message);
    }
}
