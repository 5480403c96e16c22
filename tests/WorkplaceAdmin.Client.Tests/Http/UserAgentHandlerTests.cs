using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Http;

public class UserAgentHandlerTests
{
    [Fact]
    public async Task Every_request_gets_the_configured_user_agent()
    {
        var inner = FakeTransport.Always(Respond.Ok);
        var handler = new UserAgentHandler("WorkplaceAdmin/9.9.9");

        await HandlerHarness.GetAsync(handler, inner);
        await HandlerHarness.SendAsync(handler, inner, new HttpRequestMessage(HttpMethod.Post, "https://scim.test.example/Users"));

        Assert.All(inner.Requests, r => Assert.Equal("WorkplaceAdmin/9.9.9", r.UserAgent));
    }

    [Fact]
    public async Task The_client_sends_its_default_user_agent_on_graph_and_scim_calls()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"1"}"""));
        using var client = TestClients.Create(transport);

        await client.GraphGetAsync("community");
        await client.ScimGetAsync("Users/1");

        Assert.All(transport.Requests, r => Assert.Equal(WorkplaceClientOptions.DefaultUserAgent, r.UserAgent));
    }
}
