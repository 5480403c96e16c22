using System.Text.Json;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Gathers single Graph operations sent concurrently by many callers into batch requests of up to
/// <see cref="WorkplaceClient.MaxBatchSize"/> (workplace-api.md §6.3), so per-item bulk work (one call per
/// person) costs one HTTP request per 50 items. A batch leaves when it is full, or when
/// <see cref="Linger"/> has passed since its first operation arrived. At most <c>maxParallelBatches</c>
/// batches are in flight. An operation whose result is transient (throttled, temporarily unavailable) is
/// sent again in a later batch, up to <see cref="MaxAttempts"/> times in all.
/// Callers must keep enough operations in flight to fill batches (e.g. a bulk runner with a concurrency of
/// 50 × the parallel batches). Dispose waits for the batches in flight.
/// </summary>
public sealed class GraphOperationBatcher : IAsyncDisposable
{
    private readonly WorkplaceClient client;
    private readonly SemaphoreSlim parallelBatches;
    private readonly CancellationTokenSource disposing = new();
    private readonly object gate = new();
    private readonly List<Task> inFlight = new();
    private List<Pending> pending = new();
    private int generation;
    private long batchesSent;
    private long lastArrival;

    public GraphOperationBatcher(WorkplaceClient client, int? maxParallelBatches = null)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        var parallel = maxParallelBatches ?? client.MaxConcurrency;
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1, nameof(maxParallelBatches));
        MaxParallelBatches = parallel;
        parallelBatches = new SemaphoreSlim(parallel, parallel);
    }

    public int MaxParallelBatches { get; }

    /// <summary>A partly filled batch leaves once no operation has joined it for this long…</summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>…or at the latest this long after its first operation, so a slow trickle still moves.</summary>
    public TimeSpan MaxLinger { get; init; } = TimeSpan.FromSeconds(1);

    public int MaxAttempts { get; init; } = 3;

    /// <summary>
    /// The operations leave the same state when repeated (membership changes): batches are then retried by the client
    /// after transient failures, and a batch that still fails transiently is sent again operation by operation.
    /// </summary>
    public bool Idempotent { get; init; }

    /// <summary>Wait before sending a transient failure again (doubles with each attempt).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many operations a caller should keep in flight to fill the batches.</summary>
    public int SuggestedConcurrency => MaxParallelBatches * WorkplaceClient.MaxBatchSize;

    /// <summary>Batch requests sent so far.</summary>
    public long BatchesSent => Interlocked.Read(ref batchesSent);

    /// <summary>Sends the operation in the next batch; returns its JSON body or throws its <see cref="WorkplaceApiException"/>.</summary>
    public Task<JsonElement> SendAsync(BatchOperation operation, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ObjectDisposedException.ThrowIf(disposing.IsCancellationRequested, this);
        var item = new Pending(operation, ct);
        Enqueue(item);
        return item.Completion.Task.WaitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        Task[] running;
        lock (gate)
        {
            if (disposing.IsCancellationRequested)
                return;
            disposing.Cancel();
            foreach (var item in pending)
                item.Completion.TrySetCanceled(disposing.Token);
            pending = new List<Pending>();
            running = inFlight.ToArray();
        }
        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        disposing.Dispose();
        parallelBatches.Dispose();
    }

    private void Enqueue(Pending item)
    {
        List<Pending>? full = null;
        int lingerGeneration;
        lock (gate)
        {
            if (disposing.IsCancellationRequested)
            {
                item.Completion.TrySetCanceled();
                return;
            }
            pending.Add(item);
            lastArrival = Environment.TickCount64;
            if (pending.Count >= WorkplaceClient.MaxBatchSize)
            {
                full = TakePending();
                lingerGeneration = -1;
            }
            else
            {
                lingerGeneration = pending.Count == 1 ? generation : -1;
            }
            if (full is not null)
                Track(SendBatchAsync(full));
            else if (lingerGeneration >= 0)
                Track(FlushAfterLingerAsync(lingerGeneration));
        }
    }

    // Called under the gate.
    private List<Pending> TakePending()
    {
        var taken = pending;
        pending = new List<Pending>();
        generation++;
        return taken;
    }

    // Called under the gate.
    private void Track(Task task)
    {
        inFlight.Add(task);
        _ = task.ContinueWith(done =>
        {
            lock (gate)
                inFlight.Remove(done);
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task FlushAfterLingerAsync(int lingerGeneration)
    {
        var deadline = Environment.TickCount64 + (long)MaxLinger.TotalMilliseconds;
        var wait = Linger;
        while (true)
        {
            try
            {
                await Task.Delay(wait, disposing.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            lock (gate)
            {
                // The batch this timer was started for already left full; a later one has its own timer.
                if (generation != lingerGeneration || pending.Count == 0)
                    return;
                var now = Environment.TickCount64;
                var quietFor = now - lastArrival;
                if (quietFor >= (long)Linger.TotalMilliseconds || now >= deadline)
                {
                    Track(SendBatchAsync(TakePending()));
                    return;
                }
                // Operations are still arriving (callers are busy, or the machine is): give the batch a chance to fill.
                wait = TimeSpan.FromMilliseconds(Math.Max(1, Math.Min((long)Linger.TotalMilliseconds - quietFor, deadline - now)));
            }
        }
    }

    private async Task SendBatchAsync(List<Pending> batch)
    {
        // Started under the gate: leave it at once, so serializing and sending never hold it.
        await Task.Yield();
        try
        {
            await parallelBatches.WaitAsync(disposing.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            batch.ForEach(item => item.Completion.TrySetCanceled());
            return;
        }
        try
        {
            // Callers that gave up while the batch waited are left out.
            var live = batch.Where(item => !item.CallerToken.IsCancellationRequested).ToList();
            foreach (var item in batch.Except(live))
                item.Completion.TrySetCanceled(item.CallerToken);
            if (live.Count == 0)
                return;
            Interlocked.Increment(ref batchesSent);
            IReadOnlyList<BatchResult> results;
            try
            {
                results = await client.GraphBatchAsync(live.Select(item => item.Operation).ToList(), Idempotent, disposing.Token).ConfigureAwait(false);
            }
            catch (WorkplaceApiException error) when (Idempotent && IsWorthRetrying(error))
            {
                live.ForEach(item => RetryOrFail(item, error));
                return;
            }
            catch (Exception error)
            {
                live.ForEach(item => item.Completion.TrySetException(error));
                return;
            }
            for (var i = 0; i < live.Count; i++)
                Complete(live[i], results[i]);
        }
        finally
        {
            parallelBatches.Release();
        }
    }

    private void Complete(Pending item, BatchResult result)
    {
        if (result.IsSuccess)
        {
            item.Completion.TrySetResult(result.Body ?? default);
            return;
        }
        var error = result.Error!;
        if (IsWorthRetrying(error))
            RetryOrFail(item, error);
        else
            item.Completion.TrySetException(error);
    }

    private void RetryOrFail(Pending item, WorkplaceApiException error)
    {
        if (item.Attempt < MaxAttempts && !item.CallerToken.IsCancellationRequested)
        {
            lock (gate)
            {
                if (!disposing.IsCancellationRequested)
                {
                    Track(RetryLaterAsync(item));
                    return;
                }
            }
        }
        item.Completion.TrySetException(error);
    }

    private async Task RetryLaterAsync(Pending item)
    {
        var delay = TimeSpan.FromTicks(RetryDelay.Ticks * (1L << Math.Min(item.Attempt - 1, 10)));
        try
        {
            await Task.Delay(delay, item.CallerToken).WaitAsync(disposing.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            item.Completion.TrySetCanceled();
            return;
        }
        Enqueue(item with { Attempt = item.Attempt + 1 });
    }

    private static bool IsWorthRetrying(WorkplaceApiException error) =>
        error.IsTransient || error.Kind is WorkplaceErrorKind.Throttled or WorkplaceErrorKind.ServiceUnavailable;

    private sealed record Pending(BatchOperation Operation, CancellationToken CallerToken)
    {
        public TaskCompletionSource<JsonElement> Completion { get; init; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Attempt { get; init; } = 1;
    }
}
