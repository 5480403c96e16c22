using System.Security.Cryptography;
using System.Text;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Http;

public class AuthenticationHandlerTests
{
    private static readonly DateTimeOffset FixedNow = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public async Task Sends_the_token_as_a_bearer_header_only()
    {
        var inner = FakeTransport.Always(Respond.Ok);
        var handler = new AuthenticationHandler(TestClients.Token, null, () => FixedNow);

        await HandlerHarness.GetAsync(handler, inner, "https://graph.test.example/community?fields=id");

        var sent = Assert.Single(inner.Requests);
        Assert.Equal("Bearer " + TestClients.Token, sent.AuthorizationHeader);
        Assert.Equal("https://graph.test.example/community?fields=id", sent.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Removes_an_access_token_found_in_the_url()
    {
        var inner = FakeTransport.Always(Respond.Ok);
        var handler = new AuthenticationHandler(TestClients.Token, null, () => FixedNow);

        await HandlerHarness.GetAsync(handler, inner, $"https://graph.test.example/community/members?limit=2&access_token={TestClients.Token}&after=QVFI");

        var sent = Assert.Single(inner.Requests);
        Assert.DoesNotContain(TestClients.Token, sent.Uri.AbsoluteUri);
        Assert.DoesNotContain("access_token", sent.Uri.AbsoluteUri);
        Assert.Equal("?limit=2&after=QVFI", sent.Uri.Query);
    }

    [Fact]
    public async Task Adds_the_workplace_appsecret_proof_computed_from_token_and_time()
    {
        var inner = FakeTransport.Always(Respond.Ok);
        var handler = new AuthenticationHandler(TestClients.Token, TestClients.AppSecret, () => FixedNow);

        await HandlerHarness.GetAsync(handler, inner, "https://graph.test.example/community?fields=id");

        var query = System.Web.HttpUtility.ParseQueryString(Assert.Single(inner.Requests).Uri.Query);
        var expected = ExpectedProof(TestClients.AppSecret, TestClients.Token, 1_700_000_000);
        Assert.Equal("1700000000", query["appsecret_time"]);
        Assert.Equal(expected, query["appsecret_proof"]);
        Assert.Equal("id", query["fields"]);
        Assert.Equal(64, expected.Length);
    }

    [Fact]
    public async Task A_resent_request_gets_a_fresh_proof_instead_of_a_second_one()
    {
        var inner = FakeTransport.Always(Respond.Ok);
        var now = FixedNow;
        var handler = new AuthenticationHandler(TestClients.Token, TestClients.AppSecret, () => now);
        var request = new HttpRequestMessage(HttpMethod.Get, "https://graph.test.example/community");

        await HandlerHarness.SendAsync(handler, inner, request);
        now = now.AddSeconds(30);
        await HandlerHarness.SendAsync(handler, inner, request);

        var second = System.Web.HttpUtility.ParseQueryString(inner.Requests[1].Uri.Query);
        Assert.Single(second.GetValues("appsecret_proof")!);
        Assert.Equal("1700000030", second["appsecret_time"]);
        Assert.Equal(ExpectedProof(TestClients.AppSecret, TestClients.Token, 1_700_000_030), second["appsecret_proof"]);
    }

    [Fact]
    public async Task Without_an_app_secret_no_proof_is_sent()
    {
        var inner = FakeTransport.Always(Respond.Ok);
        var handler = new AuthenticationHandler(TestClients.Token, null, () => FixedNow);

        await HandlerHarness.GetAsync(handler, inner);

        Assert.DoesNotContain("appsecret", Assert.Single(inner.Requests).Uri.Query);
    }

    // Computed independently of the production helper: HMAC-SHA256 keyed with the secret over "token|time".
    private static string ExpectedProof(string secret, string token, long time)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{token}|{time}"));
        return string.Concat(hash.Select(b => b.ToString("x2")));
    }
}
