using System.Runtime.CompilerServices;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Bulk;

public class BulkRunnerTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(10);

    /// <summary>An async input that counts how many items were read from it.</summary>
    private sealed class CountingInput
    {
        private int read;
        public int Read => Volatile.Read(ref read);

        public async IAsyncEnumerable<int> Items(int count, [EnumeratorCancellation] CancellationToken ct = default)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                ct.ThrowIfCancellationRequested();
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
    }

    private static async Task<List<BulkResult<TIn, TOut>>> Collect<TIn, TOut>(IAsyncEnumerable<BulkResult<TIn, TOut>> results)
    {
        var list = new List<BulkResult<TIn, TOut>>();
        await foreach (var result in results)
            list.Add(result);
        return list;
    }

    private static WorkplaceApiException Throttled() => new("(#4) Application request limit reached") { HttpStatus = 400, Code = 4 };

    [Fact]
    public async Task Never_exceeds_the_concurrency_bound_and_reaches_it()
    {
        const int limit = 4;
        var inFlight = 0;
        var maxInFlight = 0;
        var firstWave = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new BulkRunner(limit);

        var results = await Collect(runner.RunAsync(Enumerable.Range(0, 40), async (int i, CancellationToken ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            if (now == limit)
                firstWave.TrySetResult();
            await firstWave.Task.WaitAsync(Safety, ct);
            await Task.Delay(1, ct);
            Interlocked.Decrement(ref inFlight);
            return i * 2;
        }));

        Assert.Equal(limit, maxInFlight);
        Assert.Equal(40, results.Count);
        Assert.Equal(Enumerable.Range(0, 40), results.Select(r => r.Index).Order());
        Assert.All(results, r => Assert.Equal(r.Input * 2, r.Output));
        Assert.All(results, r => Assert.Equal(BulkStatus.Succeeded, r.Status));
    }

    [Fact]
    public async Task Failures_do_not_abort_the_others_and_each_input_gets_one_result()
    {
        var runner = new BulkRunner(3);

        var results = await Collect(runner.RunAsync(Enumerable.Range(0, 30), async (int i, CancellationToken ct) =>
        {
            await Task.Yield();
            if (i % 3 == 0)
                throw new WorkplaceApiException($"item {i} failed") { HttpStatus = 404 };
            return i;
        }));

        Assert.Equal(30, results.Count);
        Assert.Equal(30, results.Select(r => r.Index).Distinct().Count());
        var failed = results.Where(r => r.Status == BulkStatus.Failed).ToList();
        Assert.Equal(10, failed.Count);
        Assert.All(failed, r => Assert.Equal($"item {r.Input} failed", r.Error!.Message));
        Assert.All(results.Where(r => r.Status == BulkStatus.Succeeded), r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task A_synchronous_throw_is_a_failed_item_too()
    {
        var runner = new BulkRunner(2);

        var results = await Collect(runner.RunAsync<int, int>(new[] { 1, 2 }, (_, _) => throw new InvalidOperationException("sync")));

        Assert.All(results, r => Assert.Equal(BulkStatus.Failed, r.Status));
    }

    [Fact]
    public async Task An_operation_can_report_its_item_as_skipped()
    {
        var runner = new BulkRunner(2);

        var results = await Collect(runner.RunAsync(new[] { "a", "b" }, async (string s, CancellationToken _) =>
        {
            await Task.Yield();
            return s == "b" ? throw new BulkItemSkippedException("already a member") : s;
        }));

        var skipped = Assert.Single(results, r => r.Status == BulkStatus.Skipped);
        Assert.Equal("b", skipped.Input);
        Assert.Equal("already a member", skipped.Error!.Message);
    }

    [Fact]
    public async Task A_throttle_burst_halves_concurrency_once_then_it_grows_back()
    {
        const int limit = 8;
        var inFlight = 0;
        var maxAfterThrottle = 0;
        var firstWave = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var concurrency = new List<int>();
        var runner = new BulkRunner(limit) { Progress = p => concurrency.Add(p.Concurrency) };

        var results = await Collect(runner.RunAsync(Enumerable.Range(0, 80), async (int i, CancellationToken ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            try
            {
                if (i < limit)
                {
                    if (now == limit)
                        firstWave.TrySetResult();
                    await firstWave.Task.WaitAsync(Safety, ct);
                    throw Throttled();
                }
                if (i < limit + 4)
                    InterlockedMax(ref maxAfterThrottle, now);
                await Task.Delay(1, ct);
                return i;
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }));

        Assert.Equal(80, results.Count);
        Assert.Equal(limit, results.Count(r => r.Status == BulkStatus.Failed));
        Assert.Equal(limit / 2, concurrency[0]);
        Assert.Equal(limit / 2, concurrency.Min());
        Assert.InRange(maxAfterThrottle, 1, limit / 2);
        Assert.True(concurrency[^1] > limit / 2, "concurrency grows back after successes");
        Assert.True(concurrency[^1] <= limit);
    }

    [Fact]
    public async Task High_app_usage_lowers_concurrency()
    {
        var usage = new WorkplaceAppUsage { CallCount = 97, ObservedAt = DateTimeOffset.UtcNow };
        var concurrency = new List<int>();
        var runner = new BulkRunner(8, () => usage) { Progress = p => concurrency.Add(p.Concurrency) };

        await Collect(runner.RunAsync(Enumerable.Range(0, 40), async (int i, CancellationToken ct) =>
        {
            await Task.Delay(1, ct);
            return i;
        }));

        Assert.Equal(4, concurrency[0]);
        Assert.Equal(1, concurrency[^1]);
    }

    [Fact]
    public async Task Reads_input_only_as_slots_free_up()
    {
        const int limit = 3;
        var input = new CountingInput();
        var maxLookAhead = 0;
        var completed = 0;
        var runner = new BulkRunner(limit);

        await foreach (var _ in runner.RunAsync(input.Items(500), async (int i, CancellationToken ct) =>
        {
            await Task.Yield();
            return i;
        }))
        {
            completed++;
            InterlockedMax(ref maxLookAhead, input.Read - completed);
        }

        Assert.Equal(500, completed);
        Assert.InRange(maxLookAhead, 0, limit);
    }

    [Fact]
    public async Task Reports_progress_with_the_total_of_a_collection()
    {
        var progress = new List<BulkProgress>();
        var runner = new BulkRunner(2) { Progress = progress.Add };

        await Collect(runner.RunAsync(new List<int> { 1, 2, 3, 4 }, async (int i, CancellationToken _) =>
        {
            await Task.Yield();
            return i == 3 ? throw new InvalidOperationException() : i;
        }));

        Assert.Equal(new long[] { 1, 2, 3, 4 }, progress.Select(p => p.Completed));
        Assert.All(progress, p => Assert.Equal(4, p.Total));
        Assert.Equal(100, progress[^1].PercentComplete);
        Assert.Equal(3, progress[^1].Succeeded);
        Assert.Equal(1, progress[^1].Failed);
    }

    [Fact]
    public async Task Progress_total_is_unknown_for_a_stream_unless_given()
    {
        var progress = new List<BulkProgress>();
        var runner = new BulkRunner(2) { Progress = progress.Add };

        await Collect(runner.RunAsync(new CountingInput().Items(3), (int i, CancellationToken _) => Task.FromResult(i)));
        await Collect(runner.RunAsync(new CountingInput().Items(3), (int i, CancellationToken _) => Task.FromResult(i), totalCount: 3));

        Assert.Null(progress[0].Total);
        Assert.Null(progress[0].PercentComplete);
        Assert.Equal(3, progress[^1].Total);
    }

    [Fact]
    public async Task Cancellation_reports_in_flight_items_as_skipped_and_never_starts_the_rest()
    {
        const int limit = 4;
        var input = new CountingInput();
        var started = 0;
        var finished = 0;
        using var cts = new CancellationTokenSource();
        var runner = new BulkRunner(limit);
        var results = new List<BulkResult<int, int>>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in runner.RunAsync(input.Items(100), async (int i, CancellationToken ct) =>
            {
                Interlocked.Increment(ref started);
                try
                {
                    if (i >= 10)
                        await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                    await Task.Yield();
                    return i;
                }
                finally
                {
                    Interlocked.Increment(ref finished);
                }
            }, ct: cts.Token))
            {
                results.Add(result);
                if (results.Count(r => r.Status == BulkStatus.Succeeded) == 10)
                    cts.Cancel();
            }
        });

        Assert.Equal(started, finished);
        Assert.Equal(started, results.Count);
        Assert.Equal(10, results.Count(r => r.Status == BulkStatus.Succeeded));
        Assert.All(results.Where(r => r.Status != BulkStatus.Succeeded), r =>
        {
            Assert.Equal(BulkStatus.Skipped, r.Status);
            Assert.IsAssignableFrom<OperationCanceledException>(r.Error);
        });
        Assert.DoesNotContain(results, r => r.Status == BulkStatus.Failed);
        Assert.InRange(input.Read, 10, 10 + limit);
    }

    [Fact]
    public async Task Leaving_the_loop_early_stops_and_awaits_the_operations_in_flight()
    {
        var started = 0;
        var finished = 0;
        var runner = new BulkRunner(4);

        await foreach (var _ in runner.RunAsync(Enumerable.Range(0, 100), async (int i, CancellationToken ct) =>
        {
            Interlocked.Increment(ref started);
            try
            {
                if (i > 0)
                    await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                return i;
            }
            finally
            {
                Interlocked.Increment(ref finished);
            }
        }))
        {
            break;
        }

        Assert.Equal(started, finished);
        Assert.InRange(started, 1, 4);
    }

    [Fact]
    public async Task An_input_failure_surfaces_after_the_items_in_flight_are_reported()
    {
        static async IAsyncEnumerable<int> Broken()
        {
            yield return 1;
            yield return 2;
            await Task.Yield();
            throw new FormatException("bad CSV row 3");
        }
        var results = new List<BulkResult<int, int>>();
        var runner = new BulkRunner(4);

        var error = await Assert.ThrowsAsync<FormatException>(async () =>
        {
            await foreach (var result in runner.RunAsync(Broken(), (int i, CancellationToken _) => Task.FromResult(i)))
                results.Add(result);
        });

        Assert.Equal("bad CSV row 3", error.Message);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Rejects_a_bound_below_one()
    {
        Assert.ThrowsAny<ArgumentException>(() => new BulkRunner(0));
    }

    [Fact]
    public void A_runner_built_from_a_client_uses_its_max_concurrency()
    {
        using var client = Support.TestClients.Create(Support.FakeTransport.Always(Support.Respond.Ok), o => o.MaxConcurrency = 5);

        Assert.Equal(5, new BulkRunner(client).MaxConcurrency);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
