using System.Diagnostics;

namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>Counts of a load run and its latency percentiles.</summary>
public sealed record LoadReport(long Succeeded, long Failed, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms)
{
    public double RequestsPerSecond => Succeeded / Elapsed.TotalSeconds;
}

/// <summary>
/// Keeps <c>concurrency</c> calls in flight for a bounded time and measures them. The call is any async function
/// returning whether it succeeded, so scenarios can drive raw HTTP or the client library.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadReport> RunAsync(Func<CancellationToken, Task<bool>> call, int concurrency, TimeSpan warmUp, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        await RunPhaseAsync(call, concurrency, warmUp, record: false, cancellationToken);
        return await RunPhaseAsync(call, concurrency, duration, record: true, cancellationToken);
    }

    private static async Task<LoadReport> RunPhaseAsync(Func<CancellationToken, Task<bool>> call, int concurrency, TimeSpan duration,
        bool record, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(record ? 50_000 : 0);
            long ok = 0, failed = 0;
            while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                bool success;
                try
                {
                    success = await call(cancellationToken);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    success = false;
                }
                if (success)
                {
                    ok++;
                }
                else
                {
                    failed++;
                }
                if (record)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
            return (ok, failed, latencies);
        }, cancellationToken)).ToArray();
        var results = await Task.WhenAll(workers);
        watch.Stop();
        var all = results.SelectMany(r => r.latencies).ToArray();
        Array.Sort(all);
        return new LoadReport(results.Sum(r => r.ok), results.Sum(r => r.failed), watch.Elapsed,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(share * sorted.Length))];
}
