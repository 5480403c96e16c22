using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Webhooks;

/// <summary>What the subscription calls put on the wire, and the response shapes they accept.</summary>
public class WebhookSubscriptionWireTests
{
    private const string AppSecret = "wire-test-app-secret";
    private static readonly WorkplaceAppCredential App = new("1234567890", AppSecret);

    [Fact]
    public async Task The_app_token_travels_only_in_the_Authorization_header_without_a_proof()
    {
        var transport = FakeTransport.Sequence(
            () => Respond.Json("{\"success\":true}"),
            () => Respond.Json("{\"data\":[{\"object\":\"group\",\"callback_url\":\"https://hooks.example/\",\"active\":true,\"fields\":[\"posts\"]}]}"));
        var log = new List<string>();
        using var client = TestClients.Create(transport, o =>
        {
            o.AppSecret = TestClients.AppSecret;
            o.Log = log.Add;
        });

        var subscription = await client.NewWebhookSubscriptionAsync(App, new WebhookSubscriptionRequest("group", ["posts"], "https://hooks.example/", "the-verify-token"));

        var post = transport.Requests[0];
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.Equal("/1234567890/subscriptions", post.Uri.AbsolutePath);
        Assert.Equal("Bearer 1234567890|" + AppSecret, post.AuthorizationHeader);
        Assert.True(string.IsNullOrEmpty(post.Uri.Query), post.Uri.Query);
        Assert.Contains("verify_token=the-verify-token", post.Body);
        Assert.Contains("include_values=true", post.Body);
        Assert.Contains("callback_url=https%3A%2F%2Fhooks.example%2F", post.Body);
        Assert.All(transport.Requests, r => Assert.DoesNotContain(AppSecret, r.Uri.AbsoluteUri, StringComparison.Ordinal));
        Assert.Equal(2, log.Count);
        Assert.All(log, line => Assert.DoesNotContain(AppSecret, line, StringComparison.Ordinal));
        // Fields listed as plain names are read as well as {name, version} objects.
        Assert.Equal(["posts"], subscription.Fields);
        Assert.Equal("1234567890", subscription.AppId);
    }

    [Fact]
    public async Task An_error_that_echoes_the_app_token_is_masked()
    {
        var transport = FakeTransport.Always(() => Respond.Json(
            "{\"error\":{\"message\":\"Invalid OAuth access token 1234567890|" + AppSecret + " (secret " + AppSecret + ")\",\"type\":\"OAuthException\",\"code\":190}}",
            System.Net.HttpStatusCode.BadRequest));
        using var client = TestClients.Create(transport);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.RemoveWebhookSubscriptionAsync(App, "group"));

        Assert.DoesNotContain(AppSecret, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(WorkplaceErrorKind.Authentication, error.Kind);
        Assert.Equal("object=group", transport.Requests[0].Uri.Query.TrimStart('?'));
    }

    [Fact]
    public async Task Removing_fields_needs_a_topic_and_is_checked_before_any_request()
    {
        var transport = FakeTransport.Always(() => Respond.Json("{\"success\":true}"));
        using var client = TestClients.Create(transport);

        await Assert.ThrowsAsync<ArgumentException>(() => client.RemoveWebhookSubscriptionAsync(App, null, ["posts"]));
        await Assert.ThrowsAsync<ArgumentException>(() => client.RemoveWebhookSubscriptionAsync(App, "group", ["status"]));
        Assert.Empty(transport.Requests);
    }
}
