using System.Collections.Concurrent;
using System.Net;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Http;

/// <summary>The token and the app secret never leave through a log line, an exception or a URL.</summary>
public class RedactionTests
{
    [Fact]
    public void Masks_raw_and_url_encoded_secrets()
    {
        const string appToken = "1234567890|app-secret-value";
        var redactor = new SecretRedactor(appToken, "app-secret-value");

        var text = redactor.Redact($"a {appToken} b {Uri.EscapeDataString(appToken)} c app-secret-value");

        Assert.Equal("a *** b *** c ***", text);
    }

    [Fact]
    public void Masks_credential_parameters_whatever_their_value()
    {
        var redactor = new SecretRedactor("unrelated");

        var url = redactor.RedactUrl(new Uri("https://graph.test.example/oauth/access_token?client_id=1&client_secret=s3cr3t&code=abc&fields=id"));

        Assert.Equal("https://graph.test.example/oauth/access_token?client_id=1&client_secret=***&code=***&fields=id", url);
    }

    [Fact]
    public async Task A_long_body_is_masked_before_it_is_cut_so_no_half_token_remains()
    {
        var filler = new string('x', 150);
        var transport = FakeTransport.Always(() => Respond.Text($"<html><title>{filler} {TestClients.Token}</title></html>", HttpStatusCode.BadGateway));
        using var client = TestClients.Create(transport, o => o.Retry = TestClients.FastRetry(maxAttempts: 1));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphGetAsync("community"));

        Assert.DoesNotContain(TestClients.Token[..8], error.Message);
        Assert.Contains(filler, error.Message);
    }

    [Fact]
    public async Task Across_successes_retries_and_failures_no_secret_leaks()
    {
        var lines = new ConcurrentQueue<string>();
        var echo = $"token {TestClients.Token} secret {TestClients.AppSecret}";
        var transport = new FakeTransport((request, n) => n switch
        {
            0 => Respond.GraphError(4, message: echo),
            1 => Respond.Json("""{"id":"1","name":"C"}"""),
            2 => Respond.GraphError(190, message: echo),
            3 => Respond.Text($"<html><title>{echo}</title></html>", HttpStatusCode.BadGateway),
            _ => throw new HttpRequestException(HttpRequestError.ConnectionError, echo),
        });
        using var client = TestClients.Create(transport, o =>
        {
            o.AppSecret = TestClients.AppSecret;
            o.Log = lines.Enqueue;
            o.Retry = TestClients.FastRetry(maxAttempts: 2);
        });
        var query = new Dictionary<string, string?> { ["access_token"] = TestClients.Token };

        await client.GraphGetAsync("community", query);
        var errors = new List<Exception>
        {
            await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphPostAsync("1/feed", new Dictionary<string, string?> { ["message"] = "x" })),
            await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphPostAsync("1/feed", new Dictionary<string, string?> { ["message"] = "x" })),
            await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphGetAsync("community", query)),
        };

        Assert.NotEmpty(lines);
        foreach (var text in lines.Concat(errors.Select(e => e.ToString())).Concat(transport.Requests.Select(r => r.Uri.AbsoluteUri)))
        {
            Assert.DoesNotContain(TestClients.Token, text);
            Assert.DoesNotContain(TestClients.AppSecret, text);
        }
        Assert.All(transport.Requests, r => Assert.Equal("Bearer " + TestClients.Token, r.AuthorizationHeader));
    }
}
