using WorkplaceAdmin.Client.Bulk;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Bulk;

public class PushBulkRunTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Every_pushed_item_gets_exactly_one_result()
    {
        using var run = new PushBulkRun<int, int>(4, async (item, ct) =>
        {
            await Task.Delay(item % 3, ct);
            return item * 2;
        });
        var results = new List<BulkResult<int, int>>();
        for (var i = 0; i < 200; i++)
        {
            results.AddRange(run.Add(i));
        }

        results.AddRange(run.Complete());

        Assert.Equal(200, run.Submitted);
        Assert.Equal(Enumerable.Range(0, 200), results.Select(result => result.Input).Order());
        Assert.All(results, result => Assert.Equal(result.Input * 2, result.Output));
        Assert.Equal(200, run.Progress!.Completed);
    }

    [Fact]
    public void A_failing_item_is_reported_and_the_others_go_on()
    {
        using var run = new PushBulkRun<int, int>(3, (item, _) =>
            item % 2 == 1 ? Task.FromException<int>(new InvalidOperationException($"odd {item}")) : Task.FromResult(item));
        var results = Enumerable.Range(0, 20).SelectMany(run.Add).ToList();
        results.AddRange(run.Complete());

        Assert.Equal(20, results.Count);
        Assert.All(results.Where(result => result.Input % 2 == 1), result =>
        {
            Assert.Equal(BulkStatus.Failed, result.Status);
            Assert.Contains($"odd {result.Input}", result.Error!.Message, StringComparison.Ordinal);
        });
        Assert.All(results.Where(result => result.Input % 2 == 0), result => Assert.Equal(BulkStatus.Succeeded, result.Status));
        Assert.Equal(10, run.Progress!.Failed);
    }

    [Fact]
    public async Task Add_waits_while_the_run_is_full_so_input_is_not_read_ahead()
    {
        using var gate = new SemaphoreSlim(0);
        var started = 0;
        using var run = new PushBulkRun<int, int>(2, async (item, ct) =>
        {
            Interlocked.Increment(ref started);
            await gate.WaitAsync(ct);
            return item;
        });

        var results = new List<BulkResult<int, int>>();
        var producer = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                results.AddRange(run.Add(i));
            }
        });
        SpinWait.SpinUntil(() => Volatile.Read(ref started) == 2, Patience);
        Thread.Sleep(100);

        Assert.False(producer.IsCompleted);
        Assert.Equal(2, Volatile.Read(ref started));
        // Two in flight, the queue in front of them (two), and one the runner holds while it waits for a slot.
        Assert.InRange(run.Submitted, 2, 5);

        gate.Release(1000);
        await producer.WaitAsync(Patience);
        results.AddRange(run.Complete());
        Assert.Equal(Enumerable.Range(0, 50), results.Select(result => result.Input).Order());
    }

    [Fact]
    public void Canceling_stops_the_run_and_tells_the_items_in_flight()
    {
        using var cancellation = new CancellationTokenSource();
        var canceledInFlight = 0;
        var started = 0;
        using var run = new PushBulkRun<int, int>(2, async (item, ct) =>
        {
            Interlocked.Increment(ref started);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref canceledInFlight);
                throw;
            }

            return item;
        }, cancellationToken: cancellation.Token);

        run.Add(1);
        run.Add(2);
        // Cancel only once both are really in flight (thread-pool start-up is slow on a busy 2-core machine).
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref started) == 2, Patience));
        cancellation.CancelAfter(50);
        var error = Record.Exception(() =>
        {
            for (var i = 3; i < 100; i++)
            {
                run.Add(i);
            }

            run.Complete().ToList();
        });

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        SpinWait.SpinUntil(() => Volatile.Read(ref canceledInFlight) == 2, Patience);
        Assert.Equal(2, Volatile.Read(ref canceledInFlight));
    }

    [Fact]
    public async Task Disposing_an_unfinished_run_stops_the_items_in_flight()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = new PushBulkRun<int, int>(1, async (item, ct) =>
        {
            started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            finally
            {
                stopped.TrySetResult();
            }

            return item;
        });
        run.Add(1);
        await started.Task.WaitAsync(Patience);

        run.Dispose();

        await stopped.Task.WaitAsync(Patience);
    }
}
