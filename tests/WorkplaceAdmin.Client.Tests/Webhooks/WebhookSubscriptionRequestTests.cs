using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Webhooks;

public class WebhookSubscriptionRequestTests
{
    [Theory]
    [InlineData("https://hooks.contoso.example/workplace")]
    [InlineData("http://127.0.0.1:8080/")]
    [InlineData("http://localhost:5000/hook")]
    [InlineData("http://[::1]:5000/hook")]
    public void Accepts_https_and_loopback_http_callbacks(string url)
    {
        var request = new WebhookSubscriptionRequest("group", ["posts", "comments"], url, "vt");
        Assert.Equal(new Uri(url), request.CallbackUrl);
        Assert.Equal(["posts", "comments"], request.Fields);
        Assert.True(request.IncludeValues);
    }

    [Theory]
    [InlineData("http://hooks.contoso.example/workplace", "plain http")]
    [InlineData("ftp://hooks.contoso.example/", "scheme 'ftp'")]
    [InlineData("/relative/path", "not an absolute URL")]
    [InlineData("https://user:pass@hooks.contoso.example/", "user information")]
    [InlineData("https://hooks.contoso.example/#frag", "fragment")]
    public void Refuses_other_callbacks_naming_the_problem(string url, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new WebhookSubscriptionRequest("group", ["posts"], url, "vt"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("callbackUrl", error.ParamName);
    }

    [Fact]
    public void Checks_topic_fields_and_verify_token()
    {
        Assert.Contains("page, group, user, workplace_security, link", Assert.Throws<ArgumentException>(() => new WebhookSubscriptionRequest("groups", ["posts"], "https://x.example/", "vt")).Message);
        Assert.Contains("'feed' is not a field of the webhook topic 'group'", Assert.Throws<ArgumentException>(() => new WebhookSubscriptionRequest("group", ["posts", "feed"], "https://x.example/", "vt")).Message);
        Assert.Equal("fields", Assert.Throws<ArgumentException>(() => new WebhookSubscriptionRequest("group", [], "https://x.example/", "vt")).ParamName);
        Assert.Equal("verifyToken", Assert.Throws<ArgumentException>(() => new WebhookSubscriptionRequest("group", ["posts"], "https://x.example/", "")).ParamName);
        // Comma lists are split, as admins type them.
        Assert.Equal(["posts", "comments", "membership"], new WebhookSubscriptionRequest("group", ["posts,comments", "membership"], "https://x.example/", "vt").Fields);
    }

    [Theory]
    [InlineData("page", "messages")]
    [InlineData("user", "status")]
    [InlineData("workplace_security", "admin_activity")]
    [InlineData("link", "preview")]
    public void Every_topic_of_the_reference_is_accepted(string topic, string field)
    {
        Assert.Equal(topic, new WebhookSubscriptionRequest(topic, [field], "https://x.example/", "vt").Object);
    }

    [Fact]
    public void App_credentials_are_checked_and_print_only_the_app_id()
    {
        var app = new WorkplaceAppCredential("900000000000001", "s3cr3t-value");
        Assert.Equal("app 900000000000001", app.ToString());
        Assert.Equal("appId", Assert.Throws<ArgumentException>(() => new WorkplaceAppCredential("my-app", "s3cr3t")).ParamName);
        var error = Assert.Throws<ArgumentException>(() => new WorkplaceAppCredential("1", "abc|def"));
        Assert.DoesNotContain("abc|def", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new WorkplaceAppCredential("1", "abc def\n"));
    }

    [Fact]
    public void The_redactor_masks_the_secret_half_of_an_app_token_even_alone()
    {
        var redactor = new SecretRedactor("900000000000001|s3cr3t-value");
        Assert.Equal("token *** and secret ***", redactor.Redact("token 900000000000001|s3cr3t-value and secret s3cr3t-value"));
        Assert.Equal("encoded ***", redactor.Redact("encoded 900000000000001%7Cs3cr3t-value"));
    }
}
