using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Http;

public class RetryHandlerTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static RetryHandler Handler(RetryOptions? retry = null, TimeSpan? timeout = null, AppUsageMonitor? usage = null)
    {
        retry ??= TestClients.FastRetry();
        return new RetryHandler(retry, timeout ?? TimeSpan.FromSeconds(10), usage ?? new AppUsageMonitor(retry, () => Now), () => Now);
    }

    private static Task<HttpResponseMessage> Post(RetryHandler handler, HttpMessageHandler inner, bool retrySafe = false, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://graph.test.example/123/feed") { Content = new StringContent("message=hi") };
        if (retrySafe)
            request.Options.Set(WorkplaceRequestOptions.RetrySafe, true);
        return HandlerHarness.SendAsync(handler, inner, request, ct);
    }

    [Fact]
    public async Task A_read_rides_through_more_transient_failures_than_a_write()
    {
        var retry = new RetryOptions { MaxAttempts = 5, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), TotalBudget = TimeSpan.FromSeconds(10) };
        var failingSevenTimes = FakeTransport.Sequence(Enumerable.Repeat<Func<HttpResponseMessage>>(() => Respond.Json("{}", HttpStatusCode.ServiceUnavailable), 7).Append(Respond.Ok).ToArray());
        var alwaysFailing = FakeTransport.Always(() => Respond.Json("{}", HttpStatusCode.ServiceUnavailable));

        var read = await HandlerHarness.GetAsync(Handler(retry), failingSevenTimes);
        var write = await Post(Handler(retry), alwaysFailing, retrySafe: true);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(8, failingSevenTimes.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal(5, alwaysFailing.Count);
    }

    [Fact]
    public async Task Retries_429_honouring_retry_after_seconds()
    {
        var inner = FakeTransport.Sequence(
            () => Respond.WithRetryAfter(Respond.Json("{}", HttpStatusCode.TooManyRequests), TimeSpan.FromMilliseconds(0)),
            Respond.Ok);

        var response = await HandlerHarness.GetAsync(Handler(), inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Count);
    }

    [Fact]
    public async Task Retry_after_as_a_date_is_read_relative_to_the_clock()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.RetryAfter(response, Now));
    }

    [Fact]
    public async Task A_retry_after_beyond_the_budget_ends_retries_with_the_429()
    {
        var retry = TestClients.FastRetry();
        retry.TotalBudget = TimeSpan.FromSeconds(1);
        var inner = FakeTransport.Always(() => Respond.WithRetryAfter(Respond.Json("{}", HttpStatusCode.TooManyRequests), TimeSpan.FromSeconds(30)));

        var response = await HandlerHarness.GetAsync(Handler(retry), inner);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, inner.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Retries_5xx_on_a_get(HttpStatusCode status)
    {
        var inner = FakeTransport.Sequence(() => Respond.Text("<html>oops</html>", status), () => Respond.Text("down", status), Respond.Ok);

        var response = await HandlerHarness.GetAsync(Handler(), inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, inner.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(17)]
    [InlineData(32)]
    [InlineData(341)]
    [InlineData(613)]
    public async Task Retries_each_graph_throttle_or_transient_code(int code)
    {
        var inner = FakeTransport.Sequence(() => Respond.GraphError(code), Respond.Ok);

        var response = await HandlerHarness.GetAsync(Handler(), inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Count);
    }

    [Fact]
    public async Task Retries_an_error_marked_is_transient()
    {
        var inner = FakeTransport.Sequence(() => Respond.GraphError(9999, transient: true), Respond.Ok);

        var response = await HandlerHarness.GetAsync(Handler(), inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Count);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(190)]
    [InlineData(200)]
    public async Task Does_not_retry_permanent_errors(int code)
    {
        var inner = FakeTransport.Always(() => Respond.GraphError(code, HttpStatusCode.BadRequest));

        var response = await HandlerHarness.GetAsync(Handler(), inner);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, inner.Count);
    }

    [Fact]
    public async Task Stops_after_max_attempts_and_returns_the_last_response()
    {
        var inner = FakeTransport.Always(() => Respond.GraphError(2, HttpStatusCode.InternalServerError, transient: true));

        var response = await HandlerHarness.GetAsync(Handler(TestClients.FastRetry(maxAttempts: 3)), inner);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(3, inner.Count);
    }

    [Fact]
    public async Task The_total_budget_bounds_the_retries()
    {
        var retry = new RetryOptions
        {
            MaxAttempts = 100,
            BaseDelay = TimeSpan.FromMilliseconds(20),
            MaxDelay = TimeSpan.FromMilliseconds(20),
            TotalBudget = TimeSpan.FromMilliseconds(150),
        };
        var inner = FakeTransport.Always(() => Respond.Text("down", HttpStatusCode.ServiceUnavailable));
        var watch = Stopwatch.StartNew();

        var response = await HandlerHarness.GetAsync(Handler(retry), inner);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.InRange(inner.Count, 2, 99);
        // Never starts a wait that would end beyond the budget (generous margin for slow machines).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_on_a_get()
    {
        var inner = new FakeTransport((_, n) => n == 0 ? throw new HttpRequestException("The response ended prematurely.", null, HttpStatusCode.OK) : Respond.Ok());

        var response = await HandlerHarness.GetAsync(Handler(), inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_not_retried_on_an_unsafe_post()
    {
        var inner = new FakeTransport((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        await Assert.ThrowsAsync<HttpRequestException>(() => Post(Handler(), inner));

        Assert.Equal(1, inner.Count);
    }

    [Fact]
    public async Task An_io_failure_mid_flight_is_not_retried_on_an_unsafe_post()
    {
        var inner = new FakeTransport((_, _) => throw new IOException("Unable to read data from the transport connection."));

        await Assert.ThrowsAsync<IOException>(() => Post(Handler(), inner));

        Assert.Equal(1, inner.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_on_a_post_marked_safe()
    {
        var inner = new FakeTransport((_, n) => n == 0 ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "dropped") : Respond.Ok());

        var response = await Post(Handler(), inner, retrySafe: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Count);
        Assert.Equal("message=hi", inner.Requests[1].Body);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_even_on_a_post()
    {
        var inner = new FakeTransport((_, n) => n == 0
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused))
            : Respond.Ok());

        var response = await Post(Handler(), inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Count);
    }

    [Fact]
    public async Task A_post_is_retried_after_429_and_throttle_codes_but_not_after_500()
    {
        var throttled = FakeTransport.Sequence(() => Respond.Json("{}", HttpStatusCode.TooManyRequests), () => Respond.GraphError(613, HttpStatusCode.Forbidden), Respond.Ok);
        var failed = FakeTransport.Always(() => Respond.GraphError(1, HttpStatusCode.InternalServerError, transient: true));

        var afterThrottle = await Post(Handler(), throttled);
        var afterFailure = await Post(Handler(), failed);

        Assert.Equal(HttpStatusCode.OK, afterThrottle.StatusCode);
        Assert.Equal(3, throttled.Count);
        Assert.Equal(HttpStatusCode.InternalServerError, afterFailure.StatusCode);
        Assert.Equal(1, failed.Count);
    }

    [Fact]
    public async Task A_post_is_retried_after_503_with_retry_after_only()
    {
        var withHeader = FakeTransport.Sequence(() => Respond.WithRetryAfter(Respond.Text("busy", HttpStatusCode.ServiceUnavailable), TimeSpan.Zero), Respond.Ok);
        var withoutHeader = FakeTransport.Always(() => Respond.Text("busy", HttpStatusCode.ServiceUnavailable));

        Assert.Equal(HttpStatusCode.OK, (await Post(Handler(), withHeader)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Post(Handler(), withoutHeader)).StatusCode);
        Assert.Equal(1, withoutHeader.Count);
    }

    [Fact]
    public async Task A_delete_is_treated_as_unsafe()
    {
        var inner = FakeTransport.Always(() => Respond.Text("oops", HttpStatusCode.InternalServerError));

        await HandlerHarness.SendAsync(Handler(), inner, new HttpRequestMessage(HttpMethod.Delete, "https://graph.test.example/123/members/456"));

        Assert.Equal(1, inner.Count);
    }

    [Fact]
    public async Task Cancellation_during_backoff_stops_waiting()
    {
        var retry = new RetryOptions { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromSeconds(30), TotalBudget = TimeSpan.FromMinutes(5) };
        var inner = FakeTransport.Always(() => Respond.Text("down", HttpStatusCode.ServiceUnavailable));
        using var cts = new CancellationTokenSource();
        var send = HandlerHarness.GetAsync(Handler(retry), inner, ct: cts.Token);
        while (inner.Count == 0)
            await Task.Delay(5);

        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Equal(1, inner.Count);
    }

    [Fact]
    public async Task Each_attempt_has_its_own_timeout_and_a_timed_out_get_is_retried()
    {
        var inner = new FakeTransport(async (_, n, ct) =>
        {
            if (n == 0)
                await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Respond.Ok();
        });

        var response = await HandlerHarness.GetAsync(Handler(timeout: TimeSpan.FromMilliseconds(50)), inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Count);
    }

    [Fact]
    public async Task A_timed_out_unsafe_post_surfaces_a_timeout()
    {
        var inner = new FakeTransport(async (_, _, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Respond.Ok();
        });

        await Assert.ThrowsAsync<TimeoutException>(() => Post(Handler(timeout: TimeSpan.FromMilliseconds(50)), inner));
        Assert.Equal(1, inner.Count);
    }

    [Fact]
    public async Task Records_the_attempt_number_on_the_request()
    {
        var inner = FakeTransport.Sequence(() => Respond.GraphError(4), () => Respond.GraphError(4), Respond.Ok);
        var request = new HttpRequestMessage(HttpMethod.Get, "https://graph.test.example/community");

        await HandlerHarness.SendAsync(Handler(), inner, request);

        Assert.True(request.Options.TryGetValue(WorkplaceRequestOptions.Attempt, out var attempt));
        Assert.Equal(3, attempt);
    }

    [Fact]
    public async Task X_app_usage_is_exposed_and_high_usage_slows_the_next_call()
    {
        var retry = new RetryOptions { MaxAttempts = 1, BaseDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromMilliseconds(200), TotalBudget = TimeSpan.FromSeconds(5) };
        var usage = new AppUsageMonitor(retry, () => Now);
        var inner = FakeTransport.Always(() => Respond.WithAppUsage(Respond.Ok(), callCount: 95, cpu: 10, time: 12));
        var handler = Handler(retry, usage: usage);

        await HandlerHarness.GetAsync(handler, inner);

        Assert.NotNull(usage.Last);
        Assert.Equal(95, usage.Last!.CallCount);
        Assert.Equal(12, usage.Last.TotalTime);
        Assert.True(usage.Last.IsHigh);
        Assert.Equal(TimeSpan.FromMilliseconds(200), usage.PauseBeforeNextCall());
    }

    [Fact]
    public void Usage_below_90_does_not_pause()
    {
        var retry = TestClients.FastRetry();
        var usage = new AppUsageMonitor(retry, () => Now);
        using var response = Respond.WithAppUsage(Respond.Ok(), callCount: 89, cpu: 50, time: 10);

        usage.Observe(response);

        Assert.Equal(TimeSpan.Zero, usage.PauseBeforeNextCall());
    }

    [Fact]
    public async Task The_client_exposes_the_last_app_usage()
    {
        var transport = FakeTransport.Always(() => Respond.WithAppUsage(Respond.Json("""{"id":"1","name":"C"}"""), callCount: 42));
        using var client = TestClients.Create(transport);

        await client.GetCommunityAsync();

        Assert.Equal(42, client.LastAppUsage?.CallCount);
    }

    [Fact]
    public void Backoff_grows_exponentially_within_the_cap_with_jitter()
    {
        var retry = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(1000) };

        Assert.Equal(TimeSpan.FromMilliseconds(50), Backoff.Delay(1, retry, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(100), Backoff.Delay(1, retry, 0.999999).RoundToMilliseconds());
        Assert.Equal(TimeSpan.FromMilliseconds(200), Backoff.Delay(3, retry, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(500), Backoff.Delay(10, retry, 0));
        Assert.True(Backoff.Delay(40, retry, 0.99) <= TimeSpan.FromMilliseconds(1000));
    }
}

internal static class TimeSpanRounding
{
    public static TimeSpan RoundToMilliseconds(this TimeSpan value) => TimeSpan.FromMilliseconds(Math.Round(value.TotalMilliseconds));
}
