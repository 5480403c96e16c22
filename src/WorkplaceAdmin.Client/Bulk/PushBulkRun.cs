using System.Threading.Channels;

namespace WorkplaceAdmin.Client.Bulk;

/// <summary>
/// Feeds a <see cref="BulkRunner"/> from push-style input: PowerShell hands a cmdlet one pipeline record at a time on
/// its own thread, and results must be written back on that thread. <see cref="Add"/> queues an item (waiting while
/// the run is full, so memory stays flat) and returns the results completed meanwhile; <see cref="Complete"/> returns
/// the rest as they arrive. Both block the calling thread, which is what a cmdlet needs.
/// </summary>
public sealed class PushBulkRun<TIn, TOut> : IDisposable
{
    private readonly Channel<TIn> _inputs;
    private readonly Channel<BulkResult<TIn, TOut>> _results;
    private readonly CancellationTokenSource _cancellation;
    private readonly Task _pump;
    private BulkProgress? _progress;
    private volatile Func<TIn, bool>? _notToStart;

    /// <param name="maxConcurrency">Items in flight at most; the queue in front of them holds as many again.</param>
    /// <param name="operation">The work for one item.</param>
    /// <param name="appUsage">Source of the latest X-App-Usage, so a busy app slows down.</param>
    /// <param name="cancellationToken">Stops the run: nothing new starts, items in flight are told to stop.</param>
    public PushBulkRun(
        int maxConcurrency,
        Func<TIn, CancellationToken, Task<TOut>> operation,
        Func<WorkplaceAppUsage?>? appUsage = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _inputs = Channel.CreateBounded<TIn>(new BoundedChannelOptions(Math.Max(1, maxConcurrency)) { SingleReader = true, SingleWriter = true });
        _results = Channel.CreateUnbounded<BulkResult<TIn, TOut>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var runner = new BulkRunner(maxConcurrency, appUsage) { Progress = progress => Volatile.Write(ref _progress, progress) };
        _pump = Task.Run(() => PumpAsync(runner, operation, _cancellation.Token));
    }

    /// <summary>The latest tally (completed, succeeded, failed, skipped, concurrency); null before the first result.</summary>
    public BulkProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>How many items were queued so far.</summary>
    public long Submitted { get; private set; }

    /// <summary>Queues one item, waiting while the run is full; returns the results that completed meanwhile.</summary>
    /// <exception cref="OperationCanceledException">The run was canceled.</exception>
    public IReadOnlyList<BulkResult<TIn, TOut>> Add(TIn item)
    {
        var completed = new List<BulkResult<TIn, TOut>>();
        while (!_inputs.Writer.TryWrite(item))
        {
            _cancellation.Token.ThrowIfCancellationRequested();
            DrainInto(completed);
            var room = _inputs.Writer.WaitToWriteAsync(_cancellation.Token).AsTask();
            var result = _results.Reader.WaitToReadAsync(_cancellation.Token).AsTask();
            Task.WaitAny(room, result);
            if (room.IsCompleted && !room.IsCanceled && !room.IsFaulted && !room.Result)
            {
                // The input was closed under us: the run ended early (canceled or failed). Surface why.
                WaitForEnd();
                throw new InvalidOperationException("The bulk run has already ended.");
            }

            if (room.IsCanceled || result.IsCanceled)
            {
                _cancellation.Token.ThrowIfCancellationRequested();
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

    /// <summary>No more input: yields the remaining results as they complete, then surfaces a failure of the run itself.</summary>
    public IEnumerable<BulkResult<TIn, TOut>> Complete()
    {
        _inputs.Writer.TryComplete();
        while (WaitForResult())
        {
            while (_results.Reader.TryRead(out var result))
            {
                yield return result;
            }
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

    private Func<TIn, CancellationToken, Task<TOut>> Unless(Func<TIn, CancellationToken, Task<TOut>> operation) =>
        (item, cancellationToken) => _notToStart?.Invoke(item) == true
            ? Task.FromException<TOut>(new BulkItemSkippedException("not started: the run stopped at an earlier error"))
            : operation(item, cancellationToken);

    private void DrainInto(List<BulkResult<TIn, TOut>> completed)
    {
        while (_results.Reader.TryRead(out var result))
        {
            completed.Add(result);
        }
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
