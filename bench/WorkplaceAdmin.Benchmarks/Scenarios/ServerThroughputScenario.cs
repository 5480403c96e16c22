using System.Net.Http.Headers;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Raw emulator server throughput: concurrent <c>GET /graph/community/members?limit=25</c> on loopback with zero
/// latency and no faults, against a generated community. Target: at least 3,000 requests/s on 2 cores.
/// Settings: <c>--set seed=generated:10000,10</c>, <c>--set path=community/members?limit=25</c>.
/// </summary>
public sealed class ServerThroughputScenario : IBenchmarkScenario
{
    public string Name => "server-throughput";

    public string Description => "Emulator server: concurrent GET /graph/community/members?limit=25 over loopback, zero latency";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var seed = context.Setting("seed", "generated:10000,10");
        var path = context.Setting("path", "community/members?limit=25");
        await using var server = await EmulatorProcess.StartAsync(context.InProcess, ["--seed", seed, "--log-capacity", "1000"], cancellationToken);
        context.Log.WriteLine($"  server at {server.GraphUri} ({(context.InProcess ? "in-process" : "separate process")}), seed {seed}");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = context.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var url = new Uri(server.GraphUri, path);
        var authorization = new AuthenticationHeaderValue("Bearer", EmulatorDefaults.AdminToken);

        async Task<bool> CallAsync(CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = authorization;
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return response.IsSuccessStatusCode && body.Length > 0;
        }

        var report = await LoadGenerator.RunAsync(CallAsync, context.Concurrency, TimeSpan.FromSeconds(2), context.Duration, cancellationToken);
        return new BenchmarkResult(Name,
        [
            new("throughput", Math.Round(report.RequestsPerSecond), "requests/s"),
            new("succeeded", report.Succeeded, "requests"),
            new("failed", report.Failed, "requests"),
            new("latency p50", Math.Round(report.P50Ms, 2), "ms"),
            new("latency p95", Math.Round(report.P95Ms, 2), "ms"),
            new("latency p99", Math.Round(report.P99Ms, 2), "ms"),
        ], $"{context.Concurrency} concurrent requests for {context.Duration.TotalSeconds:0} s after a 2 s warm-up; GET {path}");
    }
}
