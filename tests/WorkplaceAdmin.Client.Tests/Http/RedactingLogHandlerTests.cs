using System.Collections.Concurrent;
using System.Net;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Http;

public class RedactingLogHandlerTests
{
    [Fact]
    public async Task Writes_one_line_with_method_url_status_time_and_attempt()
    {
        var lines = new List<string>();
        var handler = new RedactingLogHandler(lines.Add, new SecretRedactor(TestClients.Token));

        await HandlerHarness.GetAsync(handler, FakeTransport.Always(Respond.Ok), "https://graph.test.example/community?fields=id,name");

        var line = Assert.Single(lines);
        Assert.Matches(@"^GET https://graph\.test\.example/community\?fields=id,name -> 200 OK in \d+ ms \(attempt 1\)$", line);
    }

    [Fact]
    public async Task Masks_an_access_token_a_caller_put_in_the_query()
    {
        var lines = new List<string>();
        var handler = new RedactingLogHandler(lines.Add, new SecretRedactor(TestClients.Token));

        await HandlerHarness.GetAsync(handler, FakeTransport.Always(Respond.Ok), $"https://graph.test.example/me?access_token={TestClients.Token}&appsecret_proof=abc123");

        var line = Assert.Single(lines);
        Assert.DoesNotContain(TestClients.Token, line);
        Assert.DoesNotContain("abc123", line);
        Assert.Contains("access_token=***", line);
        Assert.Contains("appsecret_proof=***", line);
    }

    [Fact]
    public async Task Masks_any_other_access_token_value_and_the_known_token_anywhere()
    {
        var lines = new List<string>();
        var handler = new RedactingLogHandler(lines.Add, new SecretRedactor(TestClients.Token));

        await HandlerHarness.GetAsync(handler, FakeTransport.Always(Respond.Ok), $"https://graph.test.example/{TestClients.Token}/x?ACCESS_TOKEN=other");

        var line = Assert.Single(lines);
        Assert.DoesNotContain(TestClients.Token, line);
        Assert.DoesNotContain("other", line);
    }

    [Fact]
    public async Task A_failure_is_logged_redacted_and_rethrown()
    {
        var lines = new List<string>();
        var handler = new RedactingLogHandler(lines.Add, new SecretRedactor(TestClients.Token));
        var inner = new FakeTransport((_, _) => throw new HttpRequestException($"boom near {TestClients.Token}"));

        await Assert.ThrowsAsync<HttpRequestException>(() => HandlerHarness.GetAsync(handler, inner));

        var line = Assert.Single(lines);
        Assert.Contains("failed: HttpRequestException: boom near ***", line);
        Assert.DoesNotContain(TestClients.Token, line);
    }

    [Fact]
    public async Task A_throwing_log_sink_does_not_break_the_call()
    {
        var handler = new RedactingLogHandler(_ => throw new InvalidOperationException("sink down"), new SecretRedactor(TestClients.Token));

        var response = await HandlerHarness.GetAsync(handler, FakeTransport.Always(Respond.Ok));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Through_the_whole_client_one_line_per_call_shows_the_final_attempt_and_no_secret()
    {
        var lines = new ConcurrentQueue<string>();
        var transport = FakeTransport.Sequence(() => Respond.GraphError(4), () => Respond.GraphError(613), () => Respond.Json("""{"id":"1","name":"C"}"""));
        using var client = TestClients.Create(transport, o =>
        {
            o.AppSecret = TestClients.AppSecret;
            o.Log = lines.Enqueue;
        });

        await client.GraphGetAsync("community", new Dictionary<string, string?> { ["access_token"] = TestClients.Token });

        var line = Assert.Single(lines);
        Assert.Contains("(attempt 3)", line);
        Assert.Contains("appsecret_proof=***", line);
        Assert.DoesNotContain(TestClients.Token, line);
        Assert.DoesNotContain(TestClients.AppSecret, line);
        Assert.All(transport.Requests, r => Assert.DoesNotContain(TestClients.Token, r.Uri.AbsoluteUri));
    }
}
