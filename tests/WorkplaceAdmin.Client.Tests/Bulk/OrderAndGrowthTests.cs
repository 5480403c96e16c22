using WorkplaceAdmin.Client.Bulk;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Bulk;

/// <summary>Concurrency that grows with headroom, results in input order, and no result held back for input.</summary>
public class OrderAndGrowthTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(10);

    [Fact]
    public void Concurrency_starts_low_doubles_with_headroom_then_grows_by_one_after_a_throttle()
    {
        var concurrency = new AdaptiveConcurrency(16, initial: 2);
        var seen = new List<int> { concurrency.Current };
        for (var i = 0; i < 2 + 4 + 8; i++)
        {
            concurrency.Observe(concurrency.Generation, throttled: false);
            seen.Add(concurrency.Current);
        }

        Assert.Equal([2, 4, 8, 16], seen.Distinct());
        concurrency.Observe(concurrency.Generation, throttled: true);
        Assert.Equal(8, concurrency.Current);
        for (var i = 0; i < 15; i++)
            concurrency.Observe(concurrency.Generation, throttled: false);
        Assert.Equal(8, concurrency.Current);
        concurrency.Observe(concurrency.Generation, throttled: false);
        Assert.Equal(9, concurrency.Current);
    }

    [Fact]
    public void Concurrency_does_not_grow_without_headroom()
    {
        var concurrency = new AdaptiveConcurrency(16, initial: 2);
        for (var i = 0; i < 50; i++)
            concurrency.Observe(concurrency.Generation, throttled: false, headroom: false);

        Assert.Equal(2, concurrency.Current);
    }

    [Fact]
    public void A_push_run_returns_results_in_input_order_whatever_order_they_finish_in()
    {
        using var run = new PushBulkRun<int, int>(8, async (i, ct) =>
        {
            await Task.Delay((20 - i % 20) * 2, ct);
            return i;
        });
        var results = new List<int>();
        for (var i = 0; i < 100; i++)
            results.AddRange(run.Add(i).Select(r => r.Output));
        results.AddRange(run.Complete().Select(r => r.Output));

        Assert.Equal(Enumerable.Range(0, 100), results);
    }

    [Fact]
    public async Task A_push_run_goes_at_most_its_window_ahead_of_the_oldest_unfinished_item()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        using var run = new PushBulkRun<int, int>(4, async (i, ct) =>
        {
            Interlocked.Increment(ref started);
            if (i == 0)
                await release.Task.WaitAsync(Safety, ct);
            return i;
        });

        var written = new List<int>();
        var adding = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
                written.AddRange(run.Add(i).Select(r => r.Output));
        });
        Assert.NotSame(adding, await Task.WhenAny(adding, Task.Delay(500)));
        Assert.InRange(Volatile.Read(ref started), 1, run.Window);

        release.SetResult();
        await adding.WaitAsync(Safety);
        written.AddRange(run.Complete().Select(r => r.Output));
        Assert.Equal(Enumerable.Range(0, 50), written);
    }

    [Fact]
    public async Task A_runner_yields_a_finished_result_while_the_next_input_is_still_awaited()
    {
        var firstResultSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new BulkRunner(4);

        async IAsyncEnumerable<int> Input()
        {
            yield return 1;
            // The next input comes only after the consumer has seen a result, as a pipeline's next row can.
            await firstResultSeen.Task.WaitAsync(Safety);
            yield return 2;
        }

        var outputs = new List<int>();
        await foreach (var result in runner.RunAsync(Input(), (int i, CancellationToken _) => Task.FromResult(i)).WithCancellation(CancellationToken.None))
        {
            outputs.Add(result.Output);
            firstResultSeen.TrySetResult();
        }

        Assert.Equal([1, 2], outputs);
    }
}
