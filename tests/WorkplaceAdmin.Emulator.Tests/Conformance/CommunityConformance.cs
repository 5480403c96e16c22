using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>The community node, /me, /app, version prefixes, fields and X-App-Usage (workplace-api.md §1.6, §2.1, A1).</summary>
public abstract class CommunityConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task A1_community_returns_id_and_name()
    {
        var response = await Api.Get("community");
        Expect.Ok(response);
        Assert.Equal("100000000000001", response.Json.GetProperty("id").GetString());
        Assert.Equal("Contoso Demo", response.Json.GetProperty("name").GetString());
        Assert.StartsWith("application/json", response.ContentHeaders.ContentType!.ToString());
    }

    [Theory]
    [InlineData("company")]
    [InlineData("100000000000001")]
    [InlineData("v19.0/community")]
    [InlineData("v2.6/company")]
    public async Task Community_aliases_and_version_prefixes_reach_the_same_node(string path)
    {
        var response = await Api.Get(path);
        Expect.Ok(response);
        Assert.Equal("100000000000001", response.Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Every_graph_response_carries_X_App_Usage_json()
    {
        var response = await Api.Get("community");
        using var usage = JsonDocument.Parse(response.Header("X-App-Usage")!);
        Assert.True(usage.RootElement.GetProperty("call_count").GetInt32() >= 0);
        Assert.True(usage.RootElement.TryGetProperty("total_cputime", out _));
        Assert.True(usage.RootElement.TryGetProperty("total_time", out _));
    }

    [Fact]
    public async Task Fields_select_only_what_is_asked_plus_id()
    {
        var response = await Api.Get("community?fields=description,is_community");
        Expect.Ok(response);
        var keys = response.Json.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["id", "description", "is_community"], keys);
        Assert.True(response.Json.GetProperty("is_community").GetBoolean());
    }

    [Fact]
    public async Task Community_member_count_through_members_limit_0_summary()
    {
        var response = await Api.Get("community?fields=members.limit(0).summary(true)");
        Expect.Ok(response);
        var members = response.Json.GetProperty("members");
        Assert.Empty(members.GetProperty("data").EnumerateArray());
        Assert.Equal(Emulator.State.PeopleCount, members.GetProperty("summary").GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task Me_is_the_integrations_bot_page()
    {
        var admin = await Api.Get("me");
        Expect.Ok(admin);
        Assert.Equal(EmulatorDefaults.AdminBotPageId, admin.Json.GetProperty("id").GetString());
        Assert.Equal(EmulatorDefaults.AdminIntegrationName, admin.Json.GetProperty("name").GetString());

        var readOnly = await Api.Get("me", Api.ReadOnly);
        Assert.Equal(EmulatorDefaults.ReadOnlyGroupsBotPageId, readOnly.Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task App_token_is_recognised_for_app_calls_but_not_for_me()
    {
        var appToken = EmulatorDefaults.AdminAppId + "|" + EmulatorDefaults.AdminAppSecret;
        var app = await Api.Get("app", appToken);
        Expect.Ok(app);
        Assert.Equal(EmulatorDefaults.AdminAppId, app.Json.GetProperty("id").GetString());
        Expect.GraphError(await Api.Get("me", appToken), 400, 190);
    }

    [Fact]
    public async Task Read_only_groups_integration_may_read_the_community()
    {
        Expect.Ok(await Api.Get("community", Api.ReadOnly));
    }

    [Fact]
    public async Task Community_cannot_be_changed()
    {
        Expect.GraphError(await Api.PostForm("community", ("name", "Renamed")), 400, 100, 33);
        Expect.GraphError(await Api.Delete("community"), 400, 100, 33);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class CommunityInMemory(InMemoryFixture fixture) : CommunityConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class CommunityOverKestrel(KestrelFixture fixture) : CommunityConformance(fixture);
