using System.Text.Json;
using Flurl.Http.Testing;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Requests;

/// <summary>
/// The shape of each client operation's request (verb, path, query, body), stated with Flurl's <see cref="HttpTest"/>.
/// HttpTest answers above the handler chain, so these tests say nothing of auth, retries or the user agent: the
/// emulator-backed tests cover those.
/// </summary>
public sealed class RequestShapeTests : IDisposable
{
    private const string Graph = "https://graph.test.example/";
    private const string Scim = "https://scim.test.example/";

    private readonly HttpTest http = new();
    // The transport is never reached: HttpTest fakes the call inside Flurl.
    private readonly WorkplaceClient client = TestClients.Create(FakeTransport.Always(() => throw new InvalidOperationException("HttpTest should answer")));

    public void Dispose()
    {
        client.Dispose();
        http.Dispose();
    }

    [Fact]
    public async Task Community_is_a_GET_with_its_fields()
    {
        http.RespondWith("""{"id":"1","name":"Contoso"}""");
        await client.GetCommunityAsync();
        http.ShouldHaveCalled(Graph + "community").WithVerb(HttpMethod.Get).WithQueryParam("fields").Times(1);
    }

    [Fact]
    public async Task A_group_is_addressed_by_its_escaped_id()
    {
        http.RespondWith("""{"id":"356","name":"IT"}""");
        await client.GetGroupAsync("356");
        http.ShouldHaveCalled(Graph + "356").WithVerb(HttpMethod.Get).WithQueryParam("fields");
    }

    [Fact]
    public async Task A_list_follows_paging_next_and_drops_the_token_a_link_carries()
    {
        http.RespondWith("""{"data":[{"id":"1"}],"paging":{"next":"https://graph.test.example/community/groups?after=QVFI%3D%3D&limit=2&access_token=leaked"}}""")
            .RespondWith("""{"data":[{"id":"2"}]}""");

        var groups = await client.GetGroupsAsync(pageSize: 2).ToListAsync();

        Assert.Equal(["1", "2"], groups.Select(g => g.Id));
        http.ShouldHaveCalled(Graph + "community/groups").WithQueryParam("limit", "2").Times(2);
        http.ShouldHaveCalled(Graph + "community/groups").WithQueryParam("fields").WithoutQueryParam("after").Times(1);
        http.ShouldHaveCalled(Graph + "community/groups").WithQueryParam("after", "QVFI==").WithoutQueryParam("access_token").Times(1);
        Assert.Contains("after=QVFI%3D%3D", http.CallLog[1].Request.Url.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_is_created_with_a_form_body()
    {
        http.RespondWith("""{"id":"900"}""").RespondWith("""{"id":"900","name":"New"}""");

        await client.CreateGroupAsync(new WorkplaceGroupSettings { Name = "New & shiny", Privacy = "CLOSED", AdminId = "7" });

        http.ShouldHaveCalled(Graph + "community/groups").WithVerb(HttpMethod.Post)
            .WithContentType("application/x-www-form-urlencoded")
            .WithRequestUrlEncoded(new { name = "New & shiny", privacy = "CLOSED", admin = "7" })
            .Times(1);
    }

    [Fact]
    public async Task A_post_is_published_to_the_group_feed()
    {
        http.RespondWith("""{"id":"356_1"}""").RespondWith("""{"id":"356_1","message":"Hello"}""");

        await client.CreatePostAsync("356", new WorkplacePostDraft { Message = "Hello" });

        http.ShouldHaveCalled(Graph + "356/feed").WithVerb(HttpMethod.Post).WithRequestBody("*message=Hello*");
    }

    [Fact]
    public async Task A_post_is_deleted_with_a_DELETE_of_its_id()
    {
        http.RespondWith("""{"success":true}""");
        await client.DeletePostAsync("356_1");
        http.ShouldHaveCalled(Graph + "356_1").WithVerb(HttpMethod.Delete).Times(1);
    }

    [Fact]
    public async Task Comments_of_a_post_are_listed_from_its_comments_edge()
    {
        http.RespondWith("""{"data":[]}""");
        await client.GetCommentsAsync("356_1", includeReplies: false).ToListAsync();
        http.ShouldHaveCalled(Graph + "356_1/comments").WithVerb(HttpMethod.Get).WithQueryParam("fields");
    }

    [Fact]
    public async Task A_user_is_read_from_SCIM_by_escaped_id()
    {
        http.RespondWith(ScimUser("100", "ava@contoso.example"));
        await client.GetUserAsync("100");
        http.ShouldHaveCalled(Scim + "Users/100").WithVerb(HttpMethod.Get).Times(1);
    }

    [Fact]
    public async Task A_user_is_found_by_email_with_a_SCIM_filter()
    {
        http.RespondWith("""{"totalResults":1,"startIndex":1,"itemsPerPage":1,"Resources":[""" + ScimUser("100", "ava@contoso.example") + "]}");

        await client.FindUserByEmailAsync("ava@contoso.example");

        http.ShouldHaveCalled(Scim + "Users").WithVerb(HttpMethod.Get)
            .WithQueryParam("filter", "userName eq \"ava@contoso.example\"");
    }

    [Fact]
    public async Task SCIM_lists_page_with_startIndex_and_count()
    {
        http.RespondWith("""{"totalResults":1,"startIndex":1,"itemsPerPage":1,"Resources":[""" + ScimUser("100", "ava@contoso.example") + "]}");

        await client.GetUsersAsync(pageSize: 50).ToListAsync();

        http.ShouldHaveCalled(Scim + "Users").WithVerb(HttpMethod.Get).WithQueryParam("startIndex", "1").WithQueryParam("count", "50").Times(1);
    }

    [Fact]
    public async Task A_user_is_created_with_a_SCIM_JSON_body()
    {
        http.RespondWith(ScimUser("100", "new@contoso.example"), 201);

        await client.CreateUserAsync(new UserFields { Email = "new@contoso.example", Name = "New Person" });

        http.ShouldHaveCalled(Scim + "Users").WithVerb(HttpMethod.Post).WithContentType("application/json")
            .With(call => JsonDocument.Parse(call.RequestBody).RootElement.GetProperty("userName").GetString() == "new@contoso.example")
            .Times(1);
    }

    [Fact]
    public async Task A_user_is_changed_with_a_SCIM_PATCH()
    {
        http.RespondWith(ScimUser("100", "ava@contoso.example"));

        await client.UpdateUserAsync("100", new UserFields { Title = "CISO" });

        http.ShouldHaveCalled(Scim + "Users/100").WithVerb(HttpMethod.Patch).WithContentType("application/json")
            .WithRequestBody("*CISO*").Times(1);
    }

    [Fact]
    public async Task A_user_is_deleted_with_a_SCIM_DELETE_and_no_body()
    {
        http.RespondWith("", 204);
        await client.DeleteUserAsync("100");
        http.ShouldHaveCalled(Scim + "Users/100").WithVerb(HttpMethod.Delete).With(call => call.HttpRequestMessage.Content is null).Times(1);
    }

    [Fact]
    public async Task A_message_is_sent_to_me_messages()
    {
        http.RespondWith("""{"recipient_id":"7","message_id":"m_1"}""");

        await client.SendMessageAsync(MessageTarget.Person("7"), "Hello");

        http.ShouldHaveCalled(Graph + "me/messages").WithVerb(HttpMethod.Post)
            .WithRequestBody("*recipient=*").WithRequestBody("*message=*").Times(1);
    }

    [Fact]
    public async Task A_batch_is_one_POST_to_the_root_with_its_operations_as_JSON()
    {
        http.RespondWith("""[{"code":200,"body":"{\"success\":true}"},{"code":200,"body":"{\"id\":\"7\"}"}]""");

        await client.GraphBatchAsync([
            BatchOperation.Post("356/members", new Dictionary<string, string?> { ["email"] = "a b@contoso.example" }),
            BatchOperation.Get("7", new Dictionary<string, string?> { ["fields"] = "id,name" }),
        ]);

        var call = Assert.Single(http.CallLog);
        Assert.Equal(HttpMethod.Post, call.HttpRequestMessage.Method);
        Assert.Equal(Graph, call.Request.Url.ToString());
        var form = System.Web.HttpUtility.ParseQueryString(call.RequestBody);
        Assert.Equal("false", form["include_headers"]);
        var operations = JsonDocument.Parse(form["batch"]!).RootElement;
        Assert.Equal("356/members", operations[0].GetProperty("relative_url").GetString());
        Assert.Equal("email=a%20b%40contoso.example", operations[0].GetProperty("body").GetString());
        Assert.Equal("7?fields=id%2Cname", operations[1].GetProperty("relative_url").GetString());
    }

    [Fact]
    public async Task Webhook_subscriptions_use_the_app_token_client_on_the_app_subscriptions_edge()
    {
        http.RespondWith("""{"data":[]}""");

        await client.GetWebhookSubscriptionsAsync(new WorkplaceAppCredential("1234567890", "app-secret")).ToListAsync();

        http.ShouldHaveCalled(Graph + "1234567890/subscriptions").WithVerb(HttpMethod.Get).Times(1);
    }

    [Fact]
    public async Task Removing_a_webhook_topic_sends_its_object_in_the_query()
    {
        http.RespondWith("""{"success":true}""");

        await client.RemoveWebhookSubscriptionAsync(new WorkplaceAppCredential("1234567890", "app-secret"), "group");

        http.ShouldHaveCalled(Graph + "1234567890/subscriptions").WithVerb(HttpMethod.Delete).WithQueryParam("object", "group").Times(1);
    }

    [Fact]
    public async Task An_API_version_prefixes_every_Graph_path()
    {
        using var versioned = TestClients.Create(FakeTransport.Always(Respond.Ok), o => o.ApiVersion = "v18.0");
        http.RespondWith("""{"id":"1","name":"Contoso"}""");

        await versioned.GetCommunityAsync();

        http.ShouldHaveCalled(Graph + "v18.0/community");
    }

    private static string ScimUser(string id, string email) =>
        $$$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"{{{id}}}","userName":"{{{email}}}","active":true,"name":{"formatted":"Ava"}}""";
}
