using System.Net;
using Flurl.Http;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Http;

/// <summary>Flurl's defaults the client overrides on purpose, and what Flurl throws turned into what the client promises.</summary>
public sealed class FlurlDefaultsTests
{
    [Fact]
    public void There_is_no_overall_timeout_only_the_retry_handlers_per_attempt_limit()
    {
        using var client = TestClients.Create(FakeTransport.Always(Respond.Ok));
        Assert.Null(client.Flurl.Settings.Timeout);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Flurl.HttpClient.Timeout);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_it_is_an_error_of_the_call()
    {
        var transport = FakeTransport.Always(() =>
        {
            var response = Respond.Empty(HttpStatusCode.Found);
            response.Headers.Location = new Uri("https://elsewhere.example/collect");
            return response;
        });
        using var client = TestClients.Create(transport);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphGetAsync("community"));

        Assert.Equal(302, error.HttpStatus);
        var request = Assert.Single(transport.Requests);
        Assert.Equal("graph.test.example", request.Uri.Host);
    }

    [Fact]
    public async Task A_cancelled_call_throws_the_cancellation_not_an_API_error()
    {
        var transport = new FakeTransport(async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return Respond.Ok();
        });
        using var client = TestClients.Create(transport);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GraphGetAsync("community", ct: cancellation.Token));

        Assert.Equal(cancellation.Token, thrown.CancellationToken);
    }

    [Fact]
    public async Task A_transport_failure_is_a_WorkplaceApiException_with_no_FlurlHttpException_in_its_chain()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused")),
            o => o.Retry = TestClients.FastRetry(maxAttempts: 1));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphGetAsync("community"));

        Assert.Equal(WorkplaceErrorKind.Transport, error.Kind);
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
            Assert.IsNotType<FlurlHttpException>(inner);
    }

    [Fact]
    public async Task An_HTTP_error_is_a_WorkplaceApiException_with_the_Graph_error()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.GraphError(100, message: "Invalid parameter")));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphGetAsync("community"));

        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(100, error.Code);
        Assert.Null(error.InnerException);
    }
}
