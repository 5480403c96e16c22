using System.Web;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Graph;

public class ModelOperationsTests
{
    [Theory]
    [InlineData("2018-08-04T22:58:29+0000", "2018-08-04T22:58:29+00:00")]
    [InlineData("2018-08-04T22:58:29+0200", "2018-08-04T22:58:29+02:00")]
    [InlineData("2018-08-04T22:58:29-0530", "2018-08-04T22:58:29-05:30")]
    [InlineData("2018-08-04T22:58:29Z", "2018-08-04T22:58:29+00:00")]
    [InlineData("2020-06-02T08:00+00:00", "2020-06-02T08:00:00+00:00")]
    [InlineData("1533423509", "2018-08-04T22:58:29+00:00")]
    public void Parses_graph_datetimes(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), GraphDateTime.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a date")]
    [InlineData("0")]
    public void Unreadable_datetimes_are_null(string? text)
    {
        Assert.Null(GraphDateTime.Parse(text));
    }

    [Fact]
    public async Task GetCommunity_reads_id_and_name()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"123456789012345","name":"Contoso"}"""));
        using var client = TestClients.Create(transport);

        var community = await client.GetCommunityAsync();

        Assert.Equal("123456789012345", community.Id);
        Assert.Equal("Contoso", community.Name);
        Assert.Equal("https://graph.test.example/community?fields=id%2Cname", Assert.Single(transport.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task GetGroup_requests_the_fields_and_maps_them()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""
            {"id":"356","name":"IT Announcements","description":"News","privacy":"CLOSED","purpose":"WORK_ANNOUNCEMENT",
             "post_permissions":"ADMIN_ONLY","join_setting":"ADMIN_ONLY","archived":false,"is_workplace_default":"true",
             "updated_time":"2018-08-04T22:58:29+0000","owner":{"id":1000,"name":"Alex Wilson"},
             "members":{"data":[],"summary":{"total_count":42}},
             "permalink_url":"https://acme.workplace.com/groups/356/"}
            """));
        using var client = TestClients.Create(transport);

        var group = await client.GetGroupAsync("356");

        var query = HttpUtility.ParseQueryString(Assert.Single(transport.Requests).Uri.Query);
        Assert.Equal("https://graph.test.example/356", Assert.Single(transport.Requests).Uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("owner{id,name}", query["fields"]);
        Assert.Contains("members.limit(0).summary(true)", query["fields"]);
        Assert.Equal("356", group.Id);
        Assert.Equal("IT Announcements", group.Name);
        Assert.Equal("News", group.Description);
        Assert.Equal("CLOSED", group.Privacy);
        Assert.Equal("WORK_ANNOUNCEMENT", group.Purpose);
        Assert.Equal("ADMIN_ONLY", group.PostPermissions);
        Assert.Equal("ADMIN_ONLY", group.JoinSetting);
        Assert.False(group.Archived);
        Assert.True(group.IsWorkplaceDefault);
        Assert.Equal(new DateTimeOffset(2018, 8, 4, 22, 58, 29, TimeSpan.Zero), group.UpdatedTime);
        Assert.Equal("1000", group.OwnerId);
        Assert.Equal("Alex Wilson", group.OwnerName);
        Assert.Equal(42, group.MemberCount);
        Assert.Equal("https://acme.workplace.com/groups/356/", group.Url);
    }

    [Fact]
    public async Task A_group_with_few_fields_maps_the_rest_to_defaults()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"7","name":"G"}"""));
        using var client = TestClients.Create(transport);

        var group = await client.GetGroupAsync("7");

        Assert.Null(group.Url);
        Assert.Null(group.MemberCount);
        Assert.Null(group.OwnerId);
        Assert.False(group.Archived);
    }

    [Fact]
    public async Task GetGroups_and_GetCommunityMembers_page_with_the_requested_size()
    {
        var transport = new FakeTransport((request, _) => request.Uri.AbsolutePath switch
        {
            "/community/groups" => Respond.Json("""{"data":[{"id":"1","name":"A","archived":true},{"id":"2","name":"B"}]}"""),
            _ => Respond.Json("""{"data":[{"id":"10","name":"P","email":"p@x.com","title":"CTO","department":"IT","active":"true"}]}"""),
        });
        using var client = TestClients.Create(transport);

        var groups = await ToList(client.GetGroupsAsync(pageSize: 50));
        var members = await ToList(client.GetCommunityMembersAsync(pageSize: 7));

        Assert.Equal(new[] { "1", "2" }, groups.Select(g => g.Id));
        Assert.True(groups[0].Archived);
        var member = Assert.Single(members);
        Assert.Equal(("10", "P", "p@x.com", "CTO", "IT", (bool?)true, (bool?)null),
            (member.Id, member.Name, member.Email, member.Title, member.Department, member.Active, member.Administrator));
        Assert.Equal("50", HttpUtility.ParseQueryString(transport.Requests[0].Uri.Query)["limit"]);
        Assert.Equal("7", HttpUtility.ParseQueryString(transport.Requests[1].Uri.Query)["limit"]);
    }

    [Fact]
    public async Task GetGroupMembers_reads_the_admin_flag_and_escapes_the_id()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"data":[{"id":"10","name":"P","administrator":true}]}"""));
        using var client = TestClients.Create(transport);

        var member = Assert.Single(await ToList(client.GetGroupMembersAsync("356")));

        Assert.True(member.Administrator);
        Assert.Equal("/356/members", Assert.Single(transport.Requests).Uri.AbsolutePath);
    }

    [Fact]
    public void A_page_size_out_of_range_is_an_argument_error()
    {
        using var client = TestClients.Create(FakeTransport.Always(Respond.Ok));

        Assert.ThrowsAny<ArgumentException>(() => client.GetGroupsAsync(pageSize: 0));
        Assert.ThrowsAny<ArgumentException>(() => client.GetCommunityMembersAsync(pageSize: 100_000));
    }

    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }
}
