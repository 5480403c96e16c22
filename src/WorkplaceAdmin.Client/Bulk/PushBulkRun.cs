using System.Threading.Channels;

namespace WorkplaceAdmin.Client.Bulk;

/// <summary>
/// Feeds a <see cref="BulkRunner"/> from push-style input: PowerShell hands a cmdlet one pipeline record at a time on
/// its own thread, and results must be written back on that thread. <see cref="Add"/> queues an item (waiting while
/// the run is full, so memory stays flat) and returns the results completed meanwhile; <see cref="Complete"/> returns
/// the rest as they arrive. Both block the calling thread, which is what a cmdlet needs.
/// <para>
/// Results come back in input order: one that finishes early waits in a reorder buffer until those before it are
/// done. The run goes at most <see cref="Window"/> items ahead of the oldest unfinished one, so the buffer is bounded.
/// </para>
/// </summary>
public sealed class PushBulkRun<TIn, TOut> : IDisposable
{
    private readonly Channel<TIn> _inputs;
    private readonly Channel<BulkResult<TIn, TOut>> _results;
    private readonly CancellationTokenSource _cancellation;
    private readonly Task _pump;
    private BulkProgress? _progress;
    private volatile Func<TIn, bool>? _notToStart;
    private volatile Func<TIn, long>? _orderOf;
    private long _firstFailure = long.MaxValue;
    private readonly SortedDictionary<int, BulkResult<TIn, TOut>> _waiting = [];
    private int _nextIndex;

    /// <param name="maxConcurrency">Items in flight at most; the queue in front of them holds as many again.</param>
    /// <param name="operation">The work for one item.</param>
    /// <param name="appUsage">Source of the latest X-App-Usage, so a busy app slows down.</param>
    /// <param name="cancellationToken">Stops the run: nothing new starts, items in flight are told to stop.</param>
    /// <param name="initialConcurrency">Where concurrency starts before it grows towards <paramref name="maxConcurrency"/>.</param>
    public PushBulkRun(
        int maxConcurrency,
        Func<TIn, CancellationToken, Task<TOut>> operation,
        Func<WorkplaceAppUsage?>? appUsage = null,
        CancellationToken cancellationToken = default,
        int? initialConcurrency = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        Window = 2 * Math.Max(1, maxConcurrency);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _inputs = Channel.CreateBounded<TIn>(new BoundedChannelOptions(Math.Max(1, maxConcurrency)) { SingleReader = true, SingleWriter = true });
        _results = Channel.CreateUnbounded<BulkResult<TIn, TOut>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var runner = new BulkRunner(maxConcurrency, appUsage, initialConcurrency) { Progress = progress => Volatile.Write(ref _progress, progress) };
        _pump = Task.Run(() => PumpAsync(runner, operation, _cancellation.Token));
    }

    /// <summary>The latest tally (completed, succeeded, failed, skipped, concurrency); null before the first result.</summary>
    public BulkProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>How many items were queued so far.</summary>
    public long Submitted { get; private set; }

    /// <summary>How far ahead of the oldest unfinished item the run may go (twice the concurrency ceiling).</summary>
    public int Window { get; }

    private bool WindowFull => Submitted - _nextIndex >= Window;

    /// <summary>Queues one item, waiting while the run is full; returns the results that completed meanwhile.</summary>
    /// <exception cref="OperationCanceledException">The run was canceled.</exception>
    public IReadOnlyList<BulkResult<TIn, TOut>> Add(TIn item)
    {
        var completed = new List<BulkResult<TIn, TOut>>();
        while (true)
        {
            _cancellation.Token.ThrowIfCancellationRequested();
            DrainInto(completed);
            if (!WindowFull && _inputs.Writer.TryWrite(item))
            {
                break;
            }

            // Wait for a result (which may free the window) or, when only the queue is full, for room in it.
            var result = _results.Reader.WaitToReadAsync(_cancellation.Token).AsTask();
            var room = WindowFull ? null : _inputs.Writer.WaitToWriteAsync(_cancellation.Token).AsTask();
            if (room is null)
                Task.WaitAny(result);
            else
                Task.WaitAny(room, result);
            if (result.IsFaulted)
            {
                WaitForEnd();
            }
            if (room is { IsCompleted: true, IsCanceled: false, IsFaulted: false, Result: false })
            {
                // The input was closed under us: the run ended early (canceled or failed). Surface why.
                WaitForEnd();
                throw new InvalidOperationException("The bulk run has already ended.");
            }

            if (room?.IsCanceled == true || result.IsCanceled)
            {
                _cancellation.Token.ThrowIfCancellationRequested();
            }

            if (result is { IsCompletedSuccessfully: true, Result: false } && room is null)
            {
                // No result will ever come: the run ended early. Surface why.
                WaitForEnd();
                throw new InvalidOperationException("The bulk run has already ended.");
            }
        }

        Submitted++;
        DrainInto(completed);
        return completed;
    }

    /// <summary>
    /// Starts none of the queued items that <paramref name="notToStart"/> names: they end as Skipped without a request.
    /// The items in flight finish (they are not canceled: the service may already be acting on them); then
    /// <see cref="Complete"/> yields them all.
    /// </summary>
    public void StopStarting(Func<TIn, bool> notToStart) => _notToStart = notToStart;

    /// <summary>
    /// For a run that ends at its first failure (-ErrorAction Stop): as soon as an item fails, none that comes after it
    /// in <paramref name="orderOf"/> is started, even before the failure's turn comes to be written in input order.
    /// </summary>
    public void StopAtFirstFailure(Func<TIn, long> orderOf) => _orderOf = orderOf;

    /// <summary>No more input: yields the remaining results as they complete, then surfaces a failure of the run itself.</summary>
    public IEnumerable<BulkResult<TIn, TOut>> Complete()
    {
        _inputs.Writer.TryComplete();
        // One result at a time, all state in fields: a caller may stop midway and call Complete again (an error that
        // ends the pipeline drains the run from inside this loop), and nothing is held back in a local batch.
        while (true)
        {
            Absorb();
            if (TryRelease(out var next))
            {
                yield return next;
                continue;
            }

            if (!WaitForResult())
            {
                break;
            }
        }

        // Only a run cut short leaves gaps (items never started): what waits behind them comes out in order.
        while (_waiting.Count > 0)
        {
            var (index, rest) = _waiting.First();
            _waiting.Remove(index);
            yield return rest;
        }

        WaitForEnd();
    }

    /// <summary>Stops the run if it is still going (e.g. the pipeline was stopped by -ErrorAction Stop).</summary>
    public void Dispose()
    {
        _inputs.Writer.TryComplete();
        if (!_pump.IsCompleted)
        {
            _cancellation.Cancel();
        }

        // Items in flight were told to stop; give them a moment so nothing keeps running after the cmdlet.
        _pump.Wait(TimeSpan.FromSeconds(5));
        _cancellation.Dispose();
    }

    private async Task PumpAsync(BulkRunner runner, Func<TIn, CancellationToken, Task<TOut>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var result in runner.RunAsync(_inputs.Reader.ReadAllAsync(cancellationToken), Unless(operation), null, cancellationToken).ConfigureAwait(false))
            {
                if (result.Status == BulkStatus.Failed && _orderOf is { } orderOf)
                {
                    NoteFailure(orderOf(result.Input));
                }

                await _results.Writer.WriteAsync(result, CancellationToken.None).ConfigureAwait(false);
            }

            _results.Writer.TryComplete();
        }
        catch (Exception error)
        {
            _inputs.Writer.TryComplete();
            _results.Writer.TryComplete(error);
        }
    }

    private void NoteFailure(long order)
    {
        var seen = Interlocked.Read(ref _firstFailure);
        while (order < seen && Interlocked.CompareExchange(ref _firstFailure, order, seen) != seen)
        {
            seen = Interlocked.Read(ref _firstFailure);
        }
    }

    private bool NotToStart(TIn item) =>
        _notToStart?.Invoke(item) == true ||
        (_orderOf is { } orderOf && orderOf(item) > Interlocked.Read(ref _firstFailure));

    private Func<TIn, CancellationToken, Task<TOut>> Unless(Func<TIn, CancellationToken, Task<TOut>> operation) =>
        (item, cancellationToken) => NotToStart(item)
            ? Task.FromException<TOut>(new BulkItemSkippedException("not started: the run stopped at an earlier error"))
            : operation(item, cancellationToken);

    /// <summary>Moves the finished results into the reorder buffer and releases, in input order, those whose turn it is.</summary>
    private void DrainInto(List<BulkResult<TIn, TOut>> completed)
    {
        Absorb();
        while (TryRelease(out var next))
        {
            completed.Add(next);
        }
    }

    /// <summary>Moves the results finished so far into the reorder buffer.</summary>
    private void Absorb()
    {
        while (_results.Reader.TryRead(out var result))
        {
            _waiting.Add(result.Index, result);
        }
    }

    /// <summary>The next result in input order, if it has finished.</summary>
    private bool TryRelease(out BulkResult<TIn, TOut> next)
    {
        if (!_waiting.Remove(_nextIndex, out next!))
        {
            return false;
        }

        _nextIndex++;
        return true;
    }

    private bool WaitForResult()
    {
        try
        {
            return _results.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (Exception) when (_results.Reader.Completion.IsFaulted || _results.Reader.Completion.IsCanceled)
        {
            return false;
        }
    }

    /// <summary>Waits for the run to end and rethrows what ended it, if anything did.</summary>
    private void WaitForEnd() => _results.Reader.Completion.GetAwaiter().GetResult();
}
