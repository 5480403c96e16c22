using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>/{group-id}/members and /{group-id}/admins (workplace-api.md §3.4, A2, A3).</summary>
public abstract class MembershipConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task A2_members_page_with_email_and_administrator()
    {
        var id = GroupIdOf("IT Announcements");
        var response = await Api.Get($"{id}/members?fields=id,name,email,administrator&limit=2");
        Expect.Ok(response);
        Assert.Equal(2, response.Data.Length);
        foreach (var member in response.Data)
        {
            Assert.Equal(["id", "name", "email", "administrator"], member.EnumerateObject().Select(p => p.Name).ToArray());
        }
        var paging = response.Json.GetProperty("paging");
        Assert.False(string.IsNullOrEmpty(paging.GetProperty("cursors").GetProperty("before").GetString()));
        Assert.False(string.IsNullOrEmpty(paging.GetProperty("cursors").GetProperty("after").GetString()));
        Assert.StartsWith(Api.Host.GraphUri + id + "/members?", response.Next);

        var all = await Api.Get($"{id}/members?fields=email,administrator,joined&limit=100&summary=total_count");
        Assert.Equal(Emulator.State.FindGroup(id)!.MemberIds.Count, all.Json.GetProperty("summary").GetProperty("total_count").GetInt32());
        var admins = all.Data.Where(m => m.GetProperty("administrator").GetBoolean()).Select(m => m.GetProperty("email").GetString()).ToArray();
        Assert.Equal(new[] { "ethan.brooks@contoso.example", "fatima.khan@contoso.example" }, admins.Order().ToArray());
        Assert.All(all.Data, m => Assert.True(m.GetProperty("joined").GetInt64() > 1_500_000_000));
    }

    [Fact]
    public async Task A3_add_and_remove_members_by_id_and_by_email()
    {
        var group = await CreateGroupAsync();
        var byId = await CreatePersonAsync();
        var email = $"member.{Api.Unique()}@contoso.example";
        var byEmail = await CreatePersonAsync(email);

        Expect.Success(await Api.PostForm($"{group}/members/{byId}"));
        Expect.Success(await Api.PostForm($"{group}/members?email={Uri.EscapeDataString(email)}"));
        Assert.Contains(byId, Emulator.State.FindGroup(group)!.MemberIds);
        Assert.Contains(byEmail, Emulator.State.FindGroup(group)!.MemberIds);

        Expect.Success(await Api.Delete($"{group}/members/{byId}"));
        Expect.Success(await Api.Delete($"{group}/members?email={Uri.EscapeDataString(email)}"));
        var members = Emulator.State.FindGroup(group)!.MemberIds;
        Assert.DoesNotContain(byId, members);
        Assert.DoesNotContain(byEmail, members);
    }

    [Fact]
    public async Task Members_can_be_added_with_member_in_the_body()
    {
        var group = await CreateGroupAsync();
        var person = await CreatePersonAsync();
        Expect.Success(await Api.PostForm($"{group}/members", ("member", person)));
        Assert.Contains(person, Emulator.State.FindGroup(group)!.MemberIds);
        Expect.Success(await Api.Delete($"{group}/members?member={person}"));
        Assert.DoesNotContain(person, Emulator.State.FindGroup(group)!.MemberIds);
    }

    [Fact]
    public async Task Member_and_email_together_is_error_100()
    {
        var group = await CreateGroupAsync();
        var error = Expect.GraphError(await Api.PostForm($"{group}/members", ("member", IdOf(BenEmail)), ("email", BenEmail)), 400, 100);
        Assert.Contains("not both", error.GetProperty("message").GetString());
        Expect.GraphError(await Api.PostForm($"{group}/members"), 400, 100);
    }

    [Fact]
    public async Task Adding_an_unknown_or_deactivated_person_fails()
    {
        var group = await CreateGroupAsync();
        Expect.GraphError(await Api.PostForm($"{group}/members/100000000009999"), 400, 100, 33);
        Expect.GraphError(await Api.PostForm($"{group}/members/{IdOf("tina.mueller@contoso.example")}"), 400, 100);
        Expect.GraphError(await Api.PostForm($"{group}/members?email=nobody%40contoso.example"), 400, 100);
    }

    [Fact]
    public async Task Admins_can_be_promoted_listed_and_demoted()
    {
        var group = await CreateGroupAsync();
        var first = await CreatePersonAsync();
        var second = await CreatePersonAsync();
        Expect.Success(await Api.PostForm($"{group}/members/{first}"));
        Expect.Success(await Api.PostForm($"{group}/admins/{first}"));
        Expect.Success(await Api.PostForm($"{group}/admins", ("uid", second)));

        var admins = await Api.Get($"{group}/admins?fields=id,administrator");
        var ids = admins.Data.Select(a => a.GetProperty("id").GetString()).ToArray();
        Assert.Contains(first, ids);
        Assert.Contains(second, ids);
        Assert.All(admins.Data, a => Assert.True(a.GetProperty("administrator").GetBoolean()));

        Expect.Success(await Api.Delete($"{group}/admins?uid={first}"));
        var state = Emulator.State.FindGroup(group)!;
        Assert.DoesNotContain(first, state.AdminIds);
        Assert.Contains(first, state.MemberIds);
    }

    [Fact]
    public async Task Removing_the_last_member_makes_the_group_disappear()
    {
        var group = await CreateGroupAsync(adminEmail: BenEmail);
        Expect.Success(await Api.Delete($"{group}/members/{IdOf(BenEmail)}"));
        Assert.Null(Emulator.State.FindGroup(group));
        Expect.GraphError(await Api.Get(group), 400, 100, 33);
    }

    [Fact]
    public async Task Membership_needs_the_right_permissions()
    {
        var group = GroupIdOf("All Company");
        var read = Expect.GraphError(await Api.Get($"{group}/members", Api.ReadOnly), 403, 200);
        Assert.Contains("read_group_membership", read.GetProperty("message").GetString());
        var write = Expect.GraphError(await Api.PostForm($"{group}/members/{IdOf(BenEmail)}", [], Api.ReadOnly), 403, 200);
        Assert.Contains("manage_group", write.GetProperty("message").GetString());
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class MembershipInMemory(InMemoryFixture fixture) : MembershipConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class MembershipOverKestrel(KestrelFixture fixture) : MembershipConformance(fixture);
