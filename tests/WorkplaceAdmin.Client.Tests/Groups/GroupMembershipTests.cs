using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Tests.Integration;
using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Groups;

/// <summary>Listing members and changing them one person at a time through the batching updater.</summary>
public class GroupMembershipTests
{
    [Fact]
    public async Task Lists_members_with_the_admin_flag_and_admins_only()
    {
        using var bed = new EmulatorBed();
        var group = bed.GroupNamed("Engineering");

        var members = await EmulatorClients.ToList(bed.Client.GetGroupMembersAsync(group.Id, pageSize: 3));
        var admins = await EmulatorClients.ToList(bed.Client.GetGroupMembersAsync(group.Id, adminsOnly: true));

        Assert.Equal(group.MemberIds.OrderBy(id => id), members.Select(m => m.Id).OrderBy(id => id));
        Assert.Equal(group.AdminIds.OrderBy(id => id), admins.Select(m => m.Id).OrderBy(id => id));
        Assert.All(admins, admin => Assert.True(admin.Administrator));
        Assert.All(members, member => Assert.Equal(group.Id, member.GroupId));
        Assert.All(members, member => Assert.NotNull(member.Email));
        Assert.Equal(group.AdminIds.Count, members.Count(m => m.Administrator));
    }

    [Fact]
    public async Task Adds_by_id_and_by_email_and_already_a_member_is_a_result_not_an_error()
    {
        using var bed = new EmulatorBed();
        var groupId = await bed.NewGroupAsync();
        var group = await bed.Client.GetGroupAsync(groupId);
        await using var updater = new GroupMembershipUpdater(bed.Client);

        var byId = await updater.ChangeAsync(group, MemberReference.Parse(bed.IdOf(EmulatorBed.Ben)), GroupMembershipAction.Add);
        var byEmail = await updater.ChangeAsync(group, MemberReference.Parse(EmulatorBed.Chloe), GroupMembershipAction.Add);
        bed.ForgetRequests();
        var again = await updater.ChangeAsync(group, MemberReference.Parse(bed.IdOf(EmulatorBed.Ben)), GroupMembershipAction.Add);
        var admin = await updater.ChangeAsync(group, MemberReference.Parse(EmulatorBed.Ava), GroupMembershipAction.Add);

        Assert.Equal((GroupMembershipStatus.Added, bed.IdOf(EmulatorBed.Ben)), (byId.Status, byId.UserId));
        Assert.Equal((GroupMembershipStatus.Added, EmulatorBed.Chloe), (byEmail.Status, byEmail.Email));
        Assert.Equal((GroupMembershipStatus.AlreadyMember, bed.IdOf(EmulatorBed.Ben)), (again.Status, again.UserId));
        Assert.Equal(GroupMembershipStatus.AlreadyMember, admin.Status);
        Assert.False(again.Changed);
        Assert.Equal(0, bed.HttpRequests);
        Assert.Equal(3, bed.Emulator.State.FindGroup(groupId)!.MemberIds.Count);
    }

    [Fact]
    public async Task Promotes_demotes_and_removes_and_reports_when_nothing_was_to_be_done()
    {
        using var bed = new EmulatorBed();
        var groupId = await bed.NewGroupAsync();
        var group = await bed.Client.GetGroupAsync(groupId);
        await using var updater = new GroupMembershipUpdater(bed.Client);
        var ben = MemberReference.Parse(bed.IdOf(EmulatorBed.Ben));

        var promoted = await updater.ChangeAsync(group, ben, GroupMembershipAction.Promote);
        var promotedAgain = await updater.ChangeAsync(group, MemberReference.Parse(bed.IdOf(EmulatorBed.Ava)), GroupMembershipAction.Promote);
        var benId = bed.IdOf(EmulatorBed.Ben);
        Assert.Contains(benId, bed.Emulator.State.FindGroup(groupId)!.AdminIds);

        var demoted = await updater.ChangeAsync(group, MemberReference.Parse(benId), GroupMembershipAction.Demote);
        var demotedAgain = await updater.ChangeAsync(group, MemberReference.Parse(benId), GroupMembershipAction.Demote);
        var stillMember = bed.Emulator.State.FindGroup(groupId)!;
        var removed = await updater.ChangeAsync(group, MemberReference.Parse(benId), GroupMembershipAction.Remove);
        var notMember = await updater.ChangeAsync(group, MemberReference.Parse(bed.IdOf(EmulatorBed.Chloe)), GroupMembershipAction.Remove);

        Assert.Equal(new[] { GroupMembershipStatus.Promoted, GroupMembershipStatus.AlreadyAdmin, GroupMembershipStatus.Demoted, GroupMembershipStatus.NotAnAdmin, GroupMembershipStatus.Removed, GroupMembershipStatus.NotAMember },
            new[] { promoted.Status, promotedAgain.Status, demoted.Status, demotedAgain.Status, removed.Status, notMember.Status });
        Assert.Contains(benId, stillMember.MemberIds);
        Assert.DoesNotContain(benId, stillMember.AdminIds);
        Assert.DoesNotContain(benId, bed.Emulator.State.FindGroup(groupId)!.MemberIds);
    }

    [Fact]
    public async Task After_a_change_by_email_the_roster_no_longer_answers_not_a_member_and_sends_the_removal()
    {
        using var bed = new EmulatorBed();
        var groupId = await bed.NewGroupAsync();
        var group = await bed.Client.GetGroupAsync(groupId);
        await using var updater = new GroupMembershipUpdater(bed.Client);

        await updater.ChangeAsync(group, MemberReference.Parse(EmulatorBed.Ben), GroupMembershipAction.Add);
        var removed = await updater.ChangeAsync(group, MemberReference.Parse(bed.IdOf(EmulatorBed.Ben)), GroupMembershipAction.Remove);

        Assert.Equal(GroupMembershipStatus.Removed, removed.Status);
        Assert.DoesNotContain(bed.IdOf(EmulatorBed.Ben), bed.Emulator.State.FindGroup(groupId)!.MemberIds);
    }

    [Fact]
    public async Task An_unknown_email_fails_for_that_person_only()
    {
        using var bed = new EmulatorBed();
        var group = await bed.Client.GetGroupAsync(await bed.NewGroupAsync());
        await using var updater = new GroupMembershipUpdater(bed.Client);

        var unknown = updater.ChangeAsync(group, MemberReference.Parse("nobody@contoso.example"), GroupMembershipAction.Add);
        var known = updater.ChangeAsync(group, MemberReference.Parse(EmulatorBed.Ben), GroupMembershipAction.Add);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => unknown);
        Assert.Equal(GroupMembershipStatus.Added, (await known).Status);
        Assert.Contains("nobody@contoso.example", error.Message);
    }

    [Fact]
    public async Task An_archived_group_refuses_additions_before_any_request_but_allows_removals()
    {
        using var bed = new EmulatorBed();
        var archived = await bed.Client.GetGroupAsync(bed.GroupNamed("Office Move 2020").Id);
        var member = bed.Emulator.State.FindGroup(archived.Id)!.MemberIds[0];
        await using var updater = new GroupMembershipUpdater(bed.Client);
        bed.ForgetRequests();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            updater.ChangeAsync(archived, MemberReference.Parse(EmulatorBed.Ben), GroupMembershipAction.Add));
        Assert.Equal(0, bed.HttpRequests);
        var removed = await updater.ChangeAsync(archived, MemberReference.Parse(member), GroupMembershipAction.Remove);

        Assert.Contains("archived", error.Message);
        Assert.Equal(GroupMembershipStatus.Removed, removed.Status);
    }

    [Theory]
    [InlineData("ben carter")]
    [InlineData("12ab")]
    [InlineData("@contoso.example")]
    public void A_person_that_is_neither_an_id_nor_an_email_is_refused_naming_it(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => MemberReference.Parse(text));

        Assert.Contains($"'{text}'", error.Message);
    }

    [Fact]
    public void A_csv_row_uses_the_id_when_it_has_both_and_fails_when_it_has_neither()
    {
        Assert.Equal("123", MemberReference.From("123", "a@x.com").Id);
        Assert.Equal("a@x.com", MemberReference.From("", "a@x.com").Email);
        Assert.Throws<ArgumentException>(() => MemberReference.From(null, " "));
    }

    [Fact]
    public void A_record_with_one_id_and_one_email_is_one_person_and_lists_are_several()
    {
        var row = MemberReference.FromRecord(["123"], ["a@x.com"]);
        var lists = MemberReference.FromRecord(["1", "2"], ["a@x.com"]);
        var blanks = MemberReference.FromRecord(["", null], ["b@x.com"]);

        Assert.Equal("123", Assert.Single(row).Id);
        Assert.Equal(new[] { "1", "2", "a@x.com" }, lists.Select(p => p.Text));
        Assert.Equal("b@x.com", Assert.Single(blanks).Email);
        Assert.Throws<ArgumentException>(() => MemberReference.FromRecord([" "], null));
        Assert.Contains("'not an email'", Assert.Throws<ArgumentException>(() => MemberReference.FromRecord(null, ["a@x.com", "not an email"])).Message);
    }

    [Fact]
    public async Task Lists_members_without_emails_when_the_integration_cannot_read_them()
    {
        using var bed = new EmulatorBed();
        var group = bed.GroupNamed("Engineering");
        var integration = bed.Emulator.AddIntegration("Members only", [EmulatorPermissions.ReadGroupMembership]);
        using var client = EmulatorClients.InMemory(bed.Emulator, integration.AccessToken);
        var outsider = bed.Emulator.AddIntegration("Nothing", [EmulatorPermissions.ReadUserEmail]);
        using var stranger = EmulatorClients.InMemory(bed.Emulator, outsider.AccessToken);

        var members = await EmulatorClients.ToList(client.GetGroupMembersAsync(group.Id));
        var denied = await Assert.ThrowsAsync<WorkplaceApiException>(() => EmulatorClients.ToList(stranger.GetGroupMembersAsync(group.Id)));

        Assert.Equal(group.MemberIds.Count, members.Count);
        Assert.All(members, member => Assert.Null(member.Email));
        Assert.Equal(WorkplaceErrorKind.PermissionDenied, denied.Kind);
    }

    [Fact]
    public async Task Without_permission_to_read_emails_the_roster_has_ids_and_email_changes_are_still_sent()
    {
        using var bed = new EmulatorBed();
        var groupId = await bed.NewGroupAsync();
        var integration = bed.Emulator.AddIntegration("No email", [EmulatorPermissions.ManageGroup, EmulatorPermissions.ReadGroup]);
        using var client = EmulatorClients.InMemory(bed.Emulator, integration.AccessToken);
        await using var updater = new GroupMembershipUpdater(client);
        var group = await client.GetGroupAsync(groupId);

        var added = await updater.ChangeAsync(group, MemberReference.Parse(EmulatorBed.Ben), GroupMembershipAction.Add);
        var byId = await updater.ChangeAsync(group, MemberReference.Parse(bed.IdOf(EmulatorBed.Ava)), GroupMembershipAction.Add);

        Assert.Equal(GroupMembershipStatus.Added, added.Status);
        Assert.Equal(GroupMembershipStatus.AlreadyMember, byId.Status);
        Assert.Contains(bed.IdOf(EmulatorBed.Ben), bed.Emulator.State.FindGroup(groupId)!.MemberIds);
    }
}
