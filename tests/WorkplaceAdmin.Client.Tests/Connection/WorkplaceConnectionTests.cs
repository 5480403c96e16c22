using System.Net;
using System.Text.Json;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Connection;

public class WorkplaceConnectionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Connect_verifies_with_get_community_and_keeps_what_it_learned()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"123","name":"Contoso"}"""));
        var options = TestClients.Options(transport, o =>
        {
            o.AppSecret = TestClients.AppSecret;
            o.Clock = () => Now;
        });

        using var connection = await WorkplaceConnection.ConnectAsync(options, isEmulator: true, CancellationToken.None);

        Assert.Equal("/community", Assert.Single(transport.Requests).Uri.AbsolutePath);
        Assert.Equal("123", connection.CommunityId);
        Assert.Equal("Contoso", connection.CommunityName);
        Assert.True(connection.IsEmulator);
        Assert.True(connection.HasAppSecret);
        Assert.Equal(Now, connection.ConnectedAt);
        Assert.Equal(new Uri("https://graph.test.example/"), connection.GraphUri);
        Assert.Equal(new Uri("https://scim.test.example/"), connection.ScimUri);
        Assert.Equal("…" + TestClients.Token[^4..], connection.TokenHint);
        Assert.Contains("Contoso (123)", connection.ToString());
        Assert.DoesNotContain(TestClients.Token, connection.ToString());
    }

    [Theory]
    [InlineData("short", "****")]
    [InlineData("elevenchars", "****")]
    [InlineData("twelve-chars", "…hars")]
    public void Token_hint_masks_short_tokens_entirely(string token, string hint)
    {
        Assert.Equal(hint, TokenMask.Hint(token));
    }

    [Fact]
    public async Task A_rejected_token_fails_the_connection_with_an_authentication_error()
    {
        var transport = FakeTransport.Always(() => Respond.GraphError(190, HttpStatusCode.BadRequest, message: "Invalid OAuth access token."));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            WorkplaceConnection.ConnectAsync(TestClients.Options(transport), isEmulator: false, CancellationToken.None));

        Assert.Equal(WorkplaceErrorKind.Authentication, error.Kind);
    }

    [Fact]
    public async Task Serializing_the_connection_exposes_no_secret()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"123","name":"Contoso"}"""));
        using var connection = await WorkplaceConnection.ConnectAsync(
            TestClients.Options(transport, o => o.AppSecret = TestClients.AppSecret), isEmulator: false, CancellationToken.None);

        var json = JsonSerializer.Serialize(connection);

        Assert.DoesNotContain(TestClients.Token, json);
        Assert.DoesNotContain(TestClients.AppSecret, json);
    }

    [Fact]
    public async Task Dispose_disposes_the_client_but_not_a_caller_transport()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"123","name":"Contoso"}"""));
        var options = TestClients.Options(transport);
        var connection = await WorkplaceConnection.ConnectAsync(options, isEmulator: false, CancellationToken.None);

        connection.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => connection.Client.GetCommunityAsync());
        using var second = new WorkplaceClient(options);
        Assert.Equal("123", (await second.GetCommunityAsync()).Id);
    }
}
