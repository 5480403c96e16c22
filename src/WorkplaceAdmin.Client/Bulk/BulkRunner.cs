using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using WorkplaceAdmin.Client.Bulk;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Runs one operation per input with bounded, throttle-aware concurrency and streams one
/// <see cref="BulkResult{TIn,TOut}"/> per input as items complete (completion order; use Index to match
/// inputs). Inputs are read only when a slot is free, so memory stays flat however long the input is.
/// A failed item never stops the others.
/// <para>
/// Cancellation (or the consumer leaving the loop early): no further input is read or started; the
/// operations in flight receive the canceled token and are awaited, so no work is left running. When
/// canceled, those in-flight items are still reported (Succeeded if they finished, Skipped if they
/// stopped because of the cancellation, Failed otherwise) and the enumeration then throws
/// <see cref="OperationCanceledException"/>. Items never started are not reported at all.
/// </para>
/// </summary>
public sealed class BulkRunner
{
    private readonly Func<WorkplaceAppUsage?>? appUsage;
    private readonly int? initialConcurrency;

    /// <param name="maxConcurrency">Upper bound of items in flight (the ceiling).</param>
    /// <param name="appUsage">Source of the latest X-App-Usage; high usage lowers concurrency, moderate usage stops its growth.</param>
    /// <param name="initialConcurrency">Where concurrency starts before it grows towards the ceiling; the ceiling when null.</param>
    public BulkRunner(int maxConcurrency, Func<WorkplaceAppUsage?>? appUsage = null, int? initialConcurrency = null)
    {
        if (maxConcurrency < 1)
            throw new ArgumentOutOfRangeException(nameof(maxConcurrency), maxConcurrency, "Expected at least 1.");
        MaxConcurrency = maxConcurrency;
        this.appUsage = appUsage;
        this.initialConcurrency = initialConcurrency;
    }

    /// <summary>Uses the client's MaxConcurrency and watches its X-App-Usage.</summary>
    public BulkRunner(WorkplaceClient client)
        : this((client ?? throw new ArgumentNullException(nameof(client))).MaxConcurrency, () => client.LastAppUsage)
    {
    }

    public int MaxConcurrency { get; }

    /// <summary>Called after each completed item, on the thread that enumerates the results.</summary>
    public Action<BulkProgress>? Progress { get; init; }

    /// <summary>Runs over a synchronous sequence; its count is the progress total when it is a collection.</summary>
    public IAsyncEnumerable<BulkResult<TIn, TOut>> RunAsync<TIn, TOut>(
        IEnumerable<TIn> inputs, Func<TIn, CancellationToken, Task<TOut>> operation, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        long? total = inputs switch
        {
            ICollection<TIn> collection => collection.Count,
            IReadOnlyCollection<TIn> collection => collection.Count,
            _ => null,
        };
        return RunAsync(ToAsync(inputs), operation, total, ct);
    }

    /// <param name="totalCount">Number of inputs if known, for progress.</param>
    public async IAsyncEnumerable<BulkResult<TIn, TOut>> RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> inputs, Func<TIn, CancellationToken, Task<TOut>> operation, long? totalCount = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(operation);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var concurrency = new AdaptiveConcurrency(MaxConcurrency, initialConcurrency);
        var tally = new BulkTally(totalCount);
        var running = new List<Task<Completion<TIn, TOut>>>();
        ExceptionDispatchInfo? inputFailure = null;
        var enumerator = inputs.GetAsyncEnumerator(run.Token);
        // A read of the next input that is still waiting: with push-style input (a cmdlet's pipeline) the next item may
        // come only after the consumer has seen results, so results are never held back waiting for input.
        Task<bool>? pendingInput = null;
        try
        {
            var hasMore = true;
            var index = 0;
            while (true)
            {
                while (hasMore && running.Count < concurrency.Current && !run.IsCancellationRequested)
                {
                    pendingInput ??= enumerator.MoveNextAsync().AsTask();
                    if (!pendingInput.IsCompleted && running.Count > 0 &&
                        await Task.WhenAny(pendingInput, Task.WhenAny(running)).ConfigureAwait(false) != pendingInput)
                    {
                        break;
                    }

                    var next = pendingInput;
                    pendingInput = null;
                    try
                    {
                        hasMore = await next.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (run.IsCancellationRequested)
                    {
                        hasMore = false;
                    }
                    catch (Exception exception)
                    {
                        // Report what is in flight, then surface the input's failure.
                        inputFailure = ExceptionDispatchInfo.Capture(exception);
                        hasMore = false;
                    }
                    if (hasMore)
                        running.Add(RunOneAsync(index++, enumerator.Current, operation, concurrency.Generation, run.Token));
                }
                if (running.Count == 0)
                {
                    if (pendingInput is null || run.IsCancellationRequested)
                        break;
                    continue;
                }

                var finished = await Task.WhenAny(running).ConfigureAwait(false);
                running.Remove(finished);
                var completion = await finished.ConfigureAwait(false);
                concurrency.Observe(completion.StartedInGeneration, IsThrottleSignal(completion.Result.Error), HasHeadroom());
                Progress?.Invoke(tally.Add(completion.Result.Status, concurrency.Current));
                yield return completion.Result;
            }
        }
        finally
        {
            // Reached with items in flight only when the consumer stopped early: stop them and wait.
            if (running.Count > 0 || pendingInput is not null)
            {
                run.Cancel();
                await Task.WhenAll(running).ConfigureAwait(false);
                if (pendingInput is not null)
                {
                    try
                    {
                        await pendingInput.ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // The read was abandoned by the cancellation above; its outcome no longer matters.
                    }
                }
            }
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
        inputFailure?.Throw();
        ct.ThrowIfCancellationRequested();
    }

    private bool IsThrottleSignal(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
            if (current is WorkplaceApiException { Kind: WorkplaceErrorKind.Throttled })
                return true;
        return appUsage?.Invoke()?.IsHigh == true;
    }

    private bool HasHeadroom() => appUsage?.Invoke() is not { } usage || usage.Highest < AdaptiveConcurrency.HeadroomThreshold;

    private static async Task<Completion<TIn, TOut>> RunOneAsync<TIn, TOut>(
        int index, TIn input, Func<TIn, CancellationToken, Task<TOut>> operation, int generation, CancellationToken ct)
    {
        // Leave the loop's thread at once, so an operation's synchronous part cannot delay starting the others.
        await Task.Yield();
        BulkResult<TIn, TOut> result;
        try
        {
            var output = await operation(input, ct).ConfigureAwait(false);
            result = new BulkResult<TIn, TOut> { Index = index, Input = input, Status = BulkStatus.Succeeded, Output = output };
        }
        catch (BulkItemSkippedException skipped)
        {
            result = new BulkResult<TIn, TOut> { Index = index, Input = input, Status = BulkStatus.Skipped, Error = skipped };
        }
        catch (OperationCanceledException canceled) when (ct.IsCancellationRequested)
        {
            result = new BulkResult<TIn, TOut> { Index = index, Input = input, Status = BulkStatus.Skipped, Error = canceled };
        }
        catch (Exception exception)
        {
            result = new BulkResult<TIn, TOut> { Index = index, Input = input, Status = BulkStatus.Failed, Error = exception };
        }
        return new Completion<TIn, TOut>(generation, result);
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    private readonly record struct Completion<TIn, TOut>(int StartedInGeneration, BulkResult<TIn, TOut> Result);
}
