using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Configuration;

public class OptionsValidationTests
{
    public static TheoryData<string, Action<WorkplaceClientOptions>> BadOptions => new()
    {
        { "AccessToken", o => o.AccessToken = "" },
        { "AccessToken", o => o.AccessToken = "   " },
        { "AccessToken", o => o.AccessToken = null! },
        { "AccessToken", o => o.AccessToken = TestClients.Token + "\n" },
        { "AccessToken", o => o.AccessToken = "EAA token with spaces" },
        { "AccessToken", o => o.AccessToken = "EAA\u0007bell" },
        { "AccessToken", o => o.AccessToken = "Bearer " + TestClients.Token },
        { "AccessToken", o => o.AccessToken = "EAA€uro" },
        { "AccessToken", o => o.AccessToken = new string('A', 5000) },
        { "AppSecret", o => o.AppSecret = "" },
        { "AppSecret", o => o.AppSecret = "secret with space" },
        { "GraphUri", o => o.GraphUri = new Uri("/relative", UriKind.Relative) },
        { "GraphUri", o => o.GraphUri = new Uri("http://graph.workplace.com/") },
        { "GraphUri", o => o.GraphUri = new Uri("http://10.0.0.5:8080/") },
        { "GraphUri", o => o.GraphUri = new Uri("ftp://graph.workplace.com/") },
        { "GraphUri", o => o.GraphUri = new Uri("https://graph.workplace.com/?x=1") },
        { "GraphUri", o => o.GraphUri = null! },
        { "ScimUri", o => o.ScimUri = new Uri("http://scim.workplace.com/") },
        { "ScimUri", o => o.ScimUri = new Uri("http://localhost.evil.com/") },
        { "ApiVersion", o => o.ApiVersion = "18.0" },
        { "ApiVersion", o => o.ApiVersion = "v18" },
        { "ApiVersion", o => o.ApiVersion = "v18.0/../x" },
        { "ApiVersion", o => o.ApiVersion = "" },
        { "UserAgent", o => o.UserAgent = "" },
        { "UserAgent", o => o.UserAgent = "Agent\r\nX-Injected: 1" },
        { "RequestTimeout", o => o.RequestTimeout = TimeSpan.Zero },
        { "RequestTimeout", o => o.RequestTimeout = TimeSpan.FromDays(2) },
        { "MaxConcurrency", o => o.MaxConcurrency = 0 },
        { "MaxConcurrency", o => o.MaxConcurrency = 1000 },
        { "Retry", o => o.Retry = null! },
        { "Retry.MaxAttempts", o => o.Retry = new RetryOptions { MaxAttempts = 0 } },
        { "Retry.BaseDelay", o => o.Retry = new RetryOptions { BaseDelay = TimeSpan.FromSeconds(-1) } },
        { "Retry.MaxDelay", o => o.Retry = new RetryOptions { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(1) } },
        { "Retry.TotalBudget", o => o.Retry = new RetryOptions { TotalBudget = TimeSpan.FromSeconds(-1) } },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_option_throws_ArgumentException_naming_it_before_any_request(string parameter, Action<WorkplaceClientOptions> breakIt)
    {
        var transport = FakeTransport.Always(Respond.Ok);
        var options = TestClients.Options(transport, breakIt);

        var validate = Assert.ThrowsAny<ArgumentException>(options.Validate);
        var construct = Assert.ThrowsAny<ArgumentException>(() => new WorkplaceClient(options));

        Assert.Equal(parameter, validate.ParamName);
        Assert.Equal(parameter, construct.ParamName);
        Assert.Contains("expected", validate.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestClients.Token, validate.Message);
        Assert.Equal(0, transport.Count);
    }

    [Fact]
    public async Task Connect_with_bad_options_sends_nothing()
    {
        var transport = FakeTransport.Always(Respond.Ok);
        var options = TestClients.Options(transport, o => o.AccessToken = TestClients.Token + " ");

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => WorkplaceConnection.ConnectAsync(options, isEmulator: false, CancellationToken.None));

        Assert.Equal("AccessToken", error.ParamName);
        Assert.DoesNotContain(TestClients.Token, error.Message);
        Assert.Equal(0, transport.Count);
    }

    [Fact]
    public void Secret_messages_never_echo_the_secret()
    {
        const string secret = "my-app-secret-with\ttab";
        var options = TestClients.Options(FakeTransport.Always(Respond.Ok), o => o.AppSecret = secret);

        var error = Assert.ThrowsAny<ArgumentException>(options.Validate);

        Assert.Equal("AppSecret", error.ParamName);
        Assert.DoesNotContain("my-app-secret", error.Message);
    }

    [Theory]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1:5000/graph/")]
    [InlineData("http://127.1.2.3/")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("https://graph.workplace.com/")]
    [InlineData("https://graph.facebook.com")]
    public void Https_or_loopback_http_is_accepted(string uri)
    {
        var options = TestClients.Options(FakeTransport.Always(Respond.Ok), o => o.GraphUri = new Uri(uri));
        options.Validate();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("v18.0")]
    [InlineData("v2.6")]
    public void Valid_api_versions_are_accepted(string? version)
    {
        var options = TestClients.Options(FakeTransport.Always(Respond.Ok), o => o.ApiVersion = version);
        options.Validate();
    }

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new WorkplaceClientOptions();

        Assert.Equal(new Uri("https://graph.workplace.com/"), options.GraphUri);
        Assert.Equal(new Uri("https://scim.workplace.com/"), options.ScimUri);
        Assert.Equal(TimeSpan.FromSeconds(100), options.RequestTimeout);
        Assert.Equal(64, options.MaxConcurrency);
        Assert.StartsWith("WorkplaceAdmin/", options.UserAgent);
        Assert.Matches(@"^WorkplaceAdmin/\d+\.\d+\.\d+", options.UserAgent);
    }

    [Fact]
    public void ToString_never_shows_secrets()
    {
        var options = TestClients.Options(FakeTransport.Always(Respond.Ok), o => o.AppSecret = TestClients.AppSecret);

        var text = options.ToString();

        Assert.DoesNotContain(TestClients.Token, text);
        Assert.DoesNotContain(TestClients.AppSecret, text);
        Assert.Contains("AccessToken=(set)", text);
    }
}
