using System.Diagnostics;
using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>Latency, injected faults, rate budget, read-only mode and determinism (through both hosts).</summary>
public abstract class ControlsConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task Latency_delays_every_response()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { Latency = TimeSpan.FromMilliseconds(150) });
        var watch = Stopwatch.StartNew();
        Expect.Ok(await new Api(host).Get("community"));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(140), $"Answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task Injected_server_errors_are_transient_code_1_or_2()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { ServerErrorRate = 1, RandomSeed = 3 });
        var api = new Api(host);
        var codes = new HashSet<int>();
        for (var i = 0; i < 12; i++)
        {
            var response = await api.Get("community");
            Assert.Contains(response.Status, new[] { 500, 503 });
            var error = response.Json.GetProperty("error");
            Assert.True(error.GetProperty("is_transient").GetBoolean());
            codes.Add(error.GetProperty("code").GetInt32());
            Assert.Equal(response.Status == 500 ? 1 : 2, error.GetProperty("code").GetInt32());
        }
        Assert.Equal(new HashSet<int> { 1, 2 }, codes);
        Assert.Equal(500, (await api.Scim(HttpMethod.Get, "Users")).Status / 100 * 100);
    }

    [Fact]
    public async Task A8_throttling_is_code_4_and_transient()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { ThrottleRate = 1 });
        var api = new Api(host);
        var error = Expect.GraphError(await api.Get("community"), 400, 4);
        Assert.True(error.GetProperty("is_transient").GetBoolean());
        Assert.Equal("(#4) Application request limit reached", error.GetProperty("message").GetString());
        Expect.ScimError(await api.Scim(HttpMethod.Get, "Users"), 429);
    }

    [Fact]
    public async Task Http_429_carries_retry_after()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { Throttle429Rate = 1, RetryAfter = TimeSpan.FromSeconds(2) });
        var api = new Api(host);
        var response = await api.Get("community");
        Expect.GraphError(response, 429, 4);
        Assert.Equal("2", response.Header("Retry-After"));
        var scim = await api.Scim(HttpMethod.Get, "Users");
        Expect.ScimError(scim, 429);
        Assert.Equal("2", scim.Header("Retry-After"));
    }

    [Fact]
    public async Task Dropped_connections_surface_as_HttpRequestException()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { DropRate = 1 });
        await Assert.ThrowsAsync<HttpRequestException>(() => new Api(host).Get("community"));
        Assert.Equal(0, host.Emulator.RequestLog.Snapshot().Last().Status);
    }

    [Fact]
    public async Task Slow_responses_outlast_a_client_timeout_and_honour_cancellation()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { SlowRate = 1, SlowDelay = TimeSpan.FromSeconds(20) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Client.GetAsync(new Uri(host.GraphUri, "community?access_token=" + Api.Admin), cancel.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Cancellation took {watch.Elapsed}");
        host.Emulator.Controls.SlowRate = 0;
        Expect.Ok(await new Api(host).Get("community"));
    }

    [Fact]
    public async Task Rate_budget_answers_613_once_spent_and_resets_when_set_again()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { RateBudget = 4 });
        var api = new Api(host);
        var usages = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var ok = await api.Get("community");
            Expect.Ok(ok);
            using var usage = JsonDocument.Parse(ok.Header("X-App-Usage")!);
            usages.Add(usage.RootElement.GetProperty("call_count").GetInt32());
        }
        Assert.Equal([25, 50, 75, 100], usages);
        var error = Expect.GraphError(await api.Get("community"), 400, 613);
        Assert.True(error.GetProperty("is_transient").GetBoolean());
        Expect.ScimError(await api.Scim(HttpMethod.Get, "Users"), 429);
        Assert.Equal(0, host.Emulator.Controls.RateBudgetRemaining);

        host.Emulator.Controls.RateBudget = 2;
        Expect.Ok(await api.Get("community"));
        host.Emulator.Controls.RateBudget = null;
        Expect.Ok(await api.Get("community"));
    }

    [Fact]
    public async Task Batch_operations_each_spend_the_budget()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { RateBudget = 2 });
        var response = await new Api(host).PostForm("", ("batch", """[{"relative_url":"me"},{"relative_url":"me"},{"relative_url":"me"}]"""));
        Expect.Ok(response);
        Assert.Equal([200, 200, 400], response.Json.EnumerateArray().Select(r => r.GetProperty("code").GetInt32()).ToArray());
    }

    [Fact]
    public async Task Read_only_mode_refuses_every_write_but_serves_reads()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { ReadOnly = true });
        var api = new Api(host);
        Expect.Ok(await api.Get("community/groups"));
        var error = Expect.GraphError(await api.PostForm("community/groups", ("name", "x")), 403, 200, EmulatorErrorCodes.ReadOnlySubcode);
        Assert.Contains("read-only", error.GetProperty("message").GetString());
        Expect.GraphError(await api.Delete($"{host.Emulator.State.FindGroupByName("All Company")!.Id}/members/100000000000100"), 403, 200, EmulatorErrorCodes.ReadOnlySubcode);
        Expect.ScimError(await api.Scim(HttpMethod.Post, "Users", """{"userName":"ro@contoso.example","name":{"givenName":"R"}}"""), 403);
        Expect.Ok(await api.Scim(HttpMethod.Get, "Users?count=1"));
        var batch = await api.PostForm("", ("batch", """[{"relative_url":"me"},{"method":"POST","relative_url":"community/groups","body":"name=x"}]"""));
        Assert.Equal([200, 403], batch.Json.EnumerateArray().Select(r => r.GetProperty("code").GetInt32()).ToArray());

        host.Emulator.Controls.ReadOnly = false;
        Expect.Ok(await api.PostForm("community/groups", ("name", "Writable again"), ("admin", "100000000000100")));
    }

    [Fact]
    public async Task Faults_can_be_changed_mid_run()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions());
        var api = new Api(host);
        Expect.Ok(await api.Get("community"));
        host.Emulator.Controls.ThrottleRate = 1;
        Expect.GraphError(await api.Get("community"), 400, 4);
        host.Emulator.Controls.ClearFaults();
        Expect.Ok(await api.Get("community"));
    }

    [Fact]
    public async Task The_same_random_seed_replays_the_same_faults()
    {
        async Task<string> RunAsync()
        {
            await using var host = await DedicatedHostAsync(new EmulatorOptions { RandomSeed = 42, ServerErrorRate = 0.3, ThrottleRate = 0.3 });
            var api = new Api(host);
            var statuses = new List<string>();
            for (var i = 0; i < 30; i++)
            {
                var response = await api.Get("community");
                statuses.Add(response.Status == 200 ? "ok" : response.Json.GetProperty("error").GetProperty("code").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            return string.Join(",", statuses);
        }
        var first = await RunAsync();
        Assert.Equal(first, await RunAsync());
        Assert.Contains("ok", first);
        Assert.Contains("4", first);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class ControlsInMemory(InMemoryFixture fixture) : ControlsConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class ControlsOverKestrel(KestrelFixture fixture) : ControlsConformance(fixture);
