using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>/community/members, the member node by id or email, account changes and multi-get (workplace-api.md §2).</summary>
public abstract class PeopleConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task Members_default_page_has_25_people_with_id_name_email_and_an_absolute_next()
    {
        var response = await Api.Get("community/members");
        Expect.Ok(response);
        Assert.Equal(25, response.Data.Length);
        var first = response.Data[0];
        Assert.Equal(IdOf(AvaEmail), first.GetProperty("id").GetString());
        Assert.Equal("Ava Ross", first.GetProperty("name").GetString());
        Assert.Equal(AvaEmail, first.GetProperty("email").GetString());
        Assert.StartsWith(Api.Host.GraphUri.ToString(), response.Next);
    }

    [Fact]
    public async Task Members_can_be_filtered_by_external_ids()
    {
        var response = await Api.Get("community/members?external_ids=contoso-1001,contoso-1003,unknown&fields=id,external_id");
        Expect.Ok(response);
        Assert.Equal(new[] { "contoso-1001", "contoso-1003" }, response.Data.Select(p => p.GetProperty("external_id").GetString()!).ToArray());
        Assert.Null(response.Next);
    }

    [Fact]
    public async Task Member_fields_include_work_profile_manager_and_account_times()
    {
        var ben = await Api.Get($"{IdOf(BenEmail)}?fields=first_name,last_name,title,department,division,organization,employee_number,locale,active,account_invite_time,account_claim_time,managers{{name}},frontline");
        Expect.Ok(ben);
        var json = ben.Json;
        Assert.Equal("Ben", json.GetProperty("first_name").GetString());
        Assert.Equal("Chief Technology Officer", json.GetProperty("title").GetString());
        Assert.Equal("Technology", json.GetProperty("department").GetString());
        Assert.True(json.GetProperty("active").GetBoolean());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$", json.GetProperty("account_claim_time").GetString());
        Assert.Equal("Ava Ross", json.GetProperty("managers").GetProperty("data")[0].GetProperty("name").GetString());
        Assert.False(json.GetProperty("frontline").GetProperty("is_frontline").GetBoolean());
    }

    [Fact]
    public async Task Unclaimed_accounts_omit_claim_time_and_deactivated_ones_say_so()
    {
        var invited = await Api.Get($"{IdOf("mohamed.ali@contoso.example")}?fields=account_invite_time,account_claim_time,active");
        Assert.True(invited.Json.TryGetProperty("account_invite_time", out _));
        Assert.False(invited.Json.TryGetProperty("account_claim_time", out _));

        var deactivated = await Api.Get($"{IdOf("tina.mueller@contoso.example")}?fields=active,account_deactivate_time");
        Assert.False(deactivated.Json.GetProperty("active").GetBoolean());
        Assert.True(deactivated.Json.TryGetProperty("account_deactivate_time", out _));
    }

    [Theory]
    [InlineData("ava.ross@contoso.example")]
    [InlineData("ava.ross%40contoso.example")]
    public async Task A_member_can_be_looked_up_by_email(string path)
    {
        var response = await Api.Get(path + "?fields=id,name");
        Expect.Ok(response);
        Assert.Equal(IdOf(AvaEmail), response.Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Email_field_and_email_lookups_need_read_user_email()
    {
        var noEmail = Emulator.AddIntegration("Profiles without email " + Api.Unique(), [EmulatorPermissions.ReadUserWorkProfile]);
        var defaults = await Api.Get($"{IdOf(AvaEmail)}", noEmail.AccessToken);
        Expect.Ok(defaults);
        Assert.False(defaults.Json.TryGetProperty("email", out _));

        var error = Expect.GraphError(await Api.Get($"{IdOf(AvaEmail)}?fields=email", noEmail.AccessToken), 403, 200);
        Assert.Contains("read_user_email", error.GetProperty("message").GetString());
        Expect.GraphError(await Api.Get(AvaEmail, noEmail.AccessToken), 403, 200);
    }

    [Fact]
    public async Task Reading_people_needs_a_profile_permission()
    {
        var error = Expect.GraphError(await Api.Get("community/members", Api.ReadOnly), 403, 200);
        Assert.Contains("read_user_work_profile", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Updating_a_member_changes_profile_fields_and_active_state()
    {
        var id = await CreatePersonAsync();
        Expect.Success(await Api.PostForm(id, ("title", "Auditor"), ("department", "Finance"), ("active", "false")));
        var read = await Api.Get($"{id}?fields=title,department,active,account_deactivate_time");
        Assert.Equal("Auditor", read.Json.GetProperty("title").GetString());
        Assert.Equal("Finance", read.Json.GetProperty("department").GetString());
        Assert.False(read.Json.GetProperty("active").GetBoolean());

        Expect.Success(await Api.PostJson(id, """{"active":true}"""));
        Assert.True(Emulator.State.FindPerson(id)!.Active);
    }

    [Fact]
    public async Task Update_by_email_and_login_email_change()
    {
        var oldEmail = $"old.{Api.Unique()}@contoso.example";
        var newEmail = $"new.{Api.Unique()}@contoso.example";
        var id = await CreatePersonAsync(oldEmail);
        Expect.Success(await Api.PostForm(oldEmail, ("email", newEmail)));
        Assert.Equal(id, Emulator.State.FindPersonByEmail(newEmail)?.Id);
        Assert.Null(Emulator.State.FindPersonByEmail(oldEmail));
        Expect.GraphError(await Api.PostForm(id, ("email", AvaEmail)), 400, 100);
    }

    [Fact]
    public async Task Update_rejects_wrong_types()
    {
        var id = await CreatePersonAsync();
        Expect.GraphError(await Api.PostForm(id, ("active", "maybe")), 400, 100);
        Expect.GraphError(await Api.PostForm(id, ("manager", "999999999999999")), 400, 100);
        Expect.GraphError(await Api.PostForm(id, ("frontline", "{not json")), 400, 100);
    }

    [Fact]
    public async Task Frontline_can_be_set_as_a_json_form_field()
    {
        var id = await CreatePersonAsync();
        Expect.Success(await Api.PostForm(id, ("frontline", """{"is_frontline":true,"has_access":true}""")));
        var read = await Api.Get($"{id}?fields=frontline");
        Assert.True(read.Json.GetProperty("frontline").GetProperty("is_frontline").GetBoolean());
    }

    [Fact]
    public async Task Only_unclaimed_accounts_can_be_deleted()
    {
        Expect.GraphError(await Api.Delete(IdOf(BenEmail)), 400, 100);
        Assert.NotNull(Emulator.State.FindPersonByEmail(BenEmail));

        var id = await CreatePersonAsync();
        Expect.Success(await Api.Delete(id));
        Expect.GraphError(await Api.Get(id), 400, 100, 33);
    }

    [Fact]
    public async Task Multi_get_is_keyed_by_the_requested_ids_and_emails()
    {
        var benId = IdOf(BenEmail);
        var response = await Api.Get($"?ids={benId},{Uri.EscapeDataString(AvaEmail)}&fields=name");
        Expect.Ok(response);
        Assert.Equal("Ben Carter", response.Json.GetProperty(benId).GetProperty("name").GetString());
        Assert.Equal("Ava Ross", response.Json.GetProperty(AvaEmail).GetProperty("name").GetString());
        Assert.Equal(IdOf(AvaEmail), response.Json.GetProperty(AvaEmail).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Multi_get_with_a_missing_id_fails_with_803()
    {
        var error = Expect.GraphError(await Api.Get($"?ids={IdOf(BenEmail)},100000000009999"), 404, 803);
        Assert.Contains("100000000009999", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Org_chart_edges_list_managers_and_reports()
    {
        var managers = await Api.Get($"{IdOf(BenEmail)}/managers");
        Assert.Equal(IdOf(AvaEmail), Assert.Single(managers.Data).GetProperty("id").GetString());
        var reports = await Api.Get($"{IdOf(AvaEmail)}/reports?limit=100");
        Assert.Contains(reports.Data, r => r.GetProperty("id").GetString() == IdOf(BenEmail));
        Assert.True(reports.Data.Length >= 5);
    }

    [Fact]
    public async Task Accounts_can_be_provisioned_through_graph()
    {
        var email = $"graph.{Api.Unique()}@contoso.example";
        var response = await Api.PostForm("community/accounts", ("name", "Graph Provisioned"), ("email", email), ("title", "Analyst"));
        Expect.Ok(response);
        var person = Emulator.State.FindPersonByEmail(email)!;
        Assert.Equal(response.Json.GetProperty("id").GetString(), person.Id);
        Assert.Equal("Graph", person.FirstName);
        Assert.Equal("Analyst", person.Title);
        Assert.False(person.Claimed);

        Expect.GraphError(await Api.PostForm("community/accounts", ("name", "No Email")), 400, 100);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class PeopleInMemory(InMemoryFixture fixture) : PeopleConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class PeopleOverKestrel(KestrelFixture fixture) : PeopleConformance(fixture);
