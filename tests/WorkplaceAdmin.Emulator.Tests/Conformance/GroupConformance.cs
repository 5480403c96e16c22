using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>/community/groups and the group node: list, create, update, archive, no delete (workplace-api.md §3.2–§3.3).</summary>
public abstract class GroupConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task Groups_list_shows_every_privacy()
    {
        var response = await Api.Get("community/groups?fields=id,name,privacy,archived&limit=100");
        Expect.Ok(response);
        var names = response.Data.Select(g => g.GetProperty("name").GetString()).ToArray();
        Assert.Contains("All Company", names);
        Assert.Contains("IT Announcements", names);
        var privacies = response.Data.Select(g => g.GetProperty("privacy").GetString()).Distinct().ToArray();
        Assert.Contains("OPEN", privacies);
        Assert.Contains("CLOSED", privacies);
        Assert.Contains("SECRET", privacies);
    }

    [Fact]
    public async Task Group_node_with_owner_and_member_count()
    {
        var id = GroupIdOf("IT Announcements");
        var response = await Api.Get($"{id}?fields=name,privacy,purpose,post_permissions,owner{{name,email}},members.limit(0).summary(true),admins{{name}}");
        Expect.Ok(response);
        var json = response.Json;
        Assert.Equal("IT Announcements", json.GetProperty("name").GetString());
        Assert.Equal("WORK_ANNOUNCEMENT", json.GetProperty("purpose").GetString());
        Assert.Equal("ADMIN_ONLY", json.GetProperty("post_permissions").GetString());
        Assert.Equal("fatima.khan@contoso.example", json.GetProperty("owner").GetProperty("email").GetString());
        var group = Emulator.State.FindGroup(id)!;
        Assert.Equal(group.MemberIds.Count, json.GetProperty("members").GetProperty("summary").GetProperty("total_count").GetInt32());
        Assert.Equal(group.AdminIds.Count, json.GetProperty("admins").GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Creating_a_group_returns_its_id_and_makes_the_admin_owner()
    {
        var name = "Created " + Api.Unique();
        var response = await Api.PostForm("community/groups", ("name", name), ("description", "d"), ("privacy", "SECRET"),
            ("purpose", "WORK_TEAMWORK"), ("admin", IdOf(BenEmail)));
        Expect.Ok(response);
        var id = response.Json.GetProperty("id").GetString()!;
        Assert.Matches(@"^\d{15}$", id);
        var group = Emulator.State.FindGroup(id)!;
        Assert.Equal(name, group.Name);
        Assert.Equal("SECRET", group.Privacy);
        Assert.Equal(IdOf(BenEmail), group.OwnerId);
        Assert.Equal([IdOf(BenEmail)], group.AdminIds);
    }

    [Fact]
    public async Task Creating_a_group_validates_its_parameters()
    {
        Expect.GraphError(await Api.PostForm("community/groups", ("privacy", "OPEN")), 400, 100);
        Expect.GraphError(await Api.PostForm("community/groups", ("name", "x"), ("privacy", "PUBLIC")), 400, 100);
        Expect.GraphError(await Api.PostForm("community/groups", ("name", "x"), ("admin", "100000000009999")), 400, 100);
    }

    [Fact]
    public async Task Updating_and_archiving_a_group()
    {
        var id = await CreateGroupAsync();
        Expect.Success(await Api.PostForm(id, ("name", "Renamed"), ("description", "New description"), ("join_setting", "ADMIN_ONLY")));
        Expect.Success(await Api.PostJson(id, """{"archive":true}"""));
        var read = await Api.Get($"{id}?fields=name,description,archived,join_setting");
        Assert.Equal("Renamed", read.Json.GetProperty("name").GetString());
        Assert.Equal("New description", read.Json.GetProperty("description").GetString());
        Assert.True(read.Json.GetProperty("archived").GetBoolean());
        Assert.Equal("ADMIN_ONLY", read.Json.GetProperty("join_setting").GetString());

        Expect.Success(await Api.PostForm(id, ("archive", "false")));
        Assert.False(Emulator.State.FindGroup(id)!.Archived);
    }

    [Fact]
    public async Task Groups_cannot_be_deleted_through_the_api()
    {
        var id = await CreateGroupAsync();
        var error = Expect.GraphError(await Api.Delete(id), 400, 100, 33);
        Assert.Contains("cannot be deleted", error.GetProperty("message").GetString());
        Assert.NotNull(Emulator.State.FindGroup(id));
    }

    [Fact]
    public async Task Read_only_groups_integration_reads_groups_but_cannot_manage_them()
    {
        Expect.Ok(await Api.Get("community/groups", Api.ReadOnly));
        Expect.Ok(await Api.Get(GroupIdOf("All Company"), Api.ReadOnly));
        var error = Expect.GraphError(await Api.PostForm("community/groups", [new("name", "Nope")], Api.ReadOnly), 403, 200);
        Assert.Contains("manage_group", error.GetProperty("message").GetString());
        Expect.GraphError(await Api.PostForm(GroupIdOf("All Company"), [new("name", "Nope")], Api.ReadOnly), 403, 200);
    }

    [Fact]
    public async Task A_persons_groups_edge()
    {
        var response = await Api.Get($"{IdOf("julia.berg@contoso.example")}/groups");
        var names = response.Data.Select(g => g.GetProperty("name").GetString()).ToArray();
        Assert.Contains("Engineering", names);
        Assert.Contains("All Company", names);
        Assert.DoesNotContain("Leadership Team", names);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class GroupInMemory(InMemoryFixture fixture) : GroupConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class GroupOverKestrel(KestrelFixture fixture) : GroupConformance(fixture);
