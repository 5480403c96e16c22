using System.Management.Automation;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Bulk;

namespace WorkplaceAdmin.Base;

/// <summary>
/// A cmdlet that applies one operation to many items from the pipeline (Import-Csv rows, piped objects, or a list
/// parameter). Each item is confirmed with ShouldProcess on the pipeline thread (so -WhatIf sends nothing), then run
/// concurrently through the client's throttle-aware bulk runner; one result or one non-terminating error is written
/// per item, progress is reported, and Ctrl+C stops the run cleanly.
/// </summary>
/// <typeparam name="TIn">One unit of work, built from the bound parameters by <see cref="ReadItems"/>.</typeparam>
/// <typeparam name="TOut">What the operation returns for one item.</typeparam>
public abstract class WorkplaceBulkCmdlet<TIn, TOut> : WorkplaceCmdlet
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);
    private PushBulkRun<RowItem, TOut>? _run;
    private readonly Queue<BulkResult<RowItem, TOut>> _unwritten = new();
    private bool _stoppingOnError;
    private long _submitted;

    /// <summary>The submission number of the result being written; none while rows are read (a bad row is not submitted).</summary>
    private long _writing = long.MaxValue;
    private DateTime _lastProgress = DateTime.MinValue;
    private bool _progressShown;

    /// <summary>The 1-based number of the pipeline record being read (the CSV row, for Import-Csv input).</summary>
    protected long RowNumber { get; private set; }

    /// <summary>The text after "Performing the operation" in -WhatIf and -Confirm messages, e.g. "Add to group 'IT'".</summary>
    protected abstract string Action { get; }

    /// <summary>
    /// Builds the work items of the current pipeline record from the bound parameters. A bad row is reported with
    /// <see cref="WriteRowError"/> and yields nothing, so it is never sent.
    /// </summary>
    protected abstract IEnumerable<TIn> ReadItems();

    /// <summary>How an item is named in -WhatIf/-Confirm messages and errors (an email, an id).</summary>
    protected abstract string Describe(TIn item);

    /// <summary>
    /// What the user gave for an item, as the TargetObject of its error: the piped row or object, the email or id
    /// typed; never the internal work item. Called on the pipeline thread while the item's record is bound.
    /// </summary>
    protected abstract object? TargetOf(TIn item);

    /// <summary>The request(s) for one item; runs concurrently with other items, off the pipeline thread.</summary>
    protected abstract Task<TOut> RunAsync(TIn item, CancellationToken cancellationToken);

    /// <summary>The number of items expected, when known (e.g. the rows of a -Path file), for a percentage in progress.</summary>
    protected virtual long? ExpectedTotal => null;

    /// <summary>
    /// The most items in flight at once, as ForEach-Object -Parallel names it. The run starts with a few and grows
    /// towards this ceiling while the service shows headroom, and halves when Workplace throttles. Results are written
    /// in input order; the run goes at most twice this many items ahead of the oldest unfinished one.
    /// </summary>
    [Parameter]
    [ValidateRange(1, 256)]
    public int? ThrottleLimit { get; set; }

    /// <summary>Items in flight at most: -ThrottleLimit, else the client's limit (more when the operation batches requests below).</summary>
    protected virtual int Concurrency => ThrottleLimit ?? Client.MaxConcurrency;

    /// <summary>Where concurrency starts before growing towards <see cref="Concurrency"/> (slow start).</summary>
    private int InitialConcurrency => Math.Min(Concurrency, 8);

    /// <summary>The title of the progress bar.</summary>
    protected virtual string ProgressActivity => MyInvocation.MyCommand.Name;

    /// <summary>Writes one item's result: its output, or an error naming the row and the item.</summary>
    protected virtual void WriteResult(BulkResult<TIn, TOut> result, ItemSource source)
    {
        var row = source.Row;
        switch (result.Status)
        {
            case BulkStatus.Succeeded when result.Output is not null:
                WriteObject(result.Output);
                break;
            case BulkStatus.Failed:
                WriteItemError(result.Error!, source.Target, RowContext(row, Describe(result.Input)));
                break;
            case BulkStatus.Skipped:
                WriteVerbose($"{RowContext(row, Describe(result.Input))}: skipped ({result.Error?.Message}).");
                break;
        }
    }

    /// <summary>Called for an item that ShouldProcess declined (-WhatIf, or "No" at -Confirm): it will not run.</summary>
    protected virtual void OnDeclined(TIn item)
    {
    }

    /// <summary>Reports a row that cannot be sent (invalid email, missing name…), naming its row number.</summary>
    protected void WriteRowError(Exception error, object? target) => WriteItemError(error, target, RowContext(RowNumber, null));

    protected override void ProcessRecord()
    {
        RowNumber++;
        foreach (var item in ReadItems())
        {
            if (_stoppingOnError)
            {
                return;
            }

            if (!ShouldProcess(Describe(item), Action))
            {
                OnDeclined(item);
                continue;
            }

            _run ??= StartRun();
            IReadOnlyList<BulkResult<RowItem, TOut>> completed;
            using (RouteCallLog())
            {
                completed = _run.Add(new RowItem(RowNumber, ++_submitted, item, TargetOf(item)));
            }

            WriteCompleted(completed);
        }
    }

    protected override void EndProcessing()
    {
        if (_run is null || _stoppingOnError)
        {
            return;
        }

        foreach (var result in _run.Complete())
        {
            WriteCompleted([result]);
        }

        if (_progressShown)
        {
            WriteProgress(new ProgressRecord(ProgressId, ProgressActivity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _run?.Dispose();
        }

        base.Dispose(disposing);
    }

    private int ProgressId => Math.Abs(ProgressActivity.GetHashCode(StringComparison.Ordinal) % 10_000);

    private PushBulkRun<RowItem, TOut> StartRun()
    {
        // Started inside the call-log scope so the HTTP lines of every item reach this cmdlet's verbose stream.
        using (RouteCallLog())
        {
            var run = new PushBulkRun<RowItem, TOut>(
                Concurrency,
                (work, ct) => RunAsync(work.Item, ct),
                () => Client.LastAppUsage,
                Cancellation,
                InitialConcurrency);
            if (ErrorActionIsStop())
            {
                // The first failure will end the pipeline: start nothing after it, even before its turn to be written.
                run.StopAtFirstFailure(item => item.Sequence);
            }

            return run;
        }
    }

    private void WriteCompleted(IReadOnlyList<BulkResult<RowItem, TOut>> completed)
    {
        DrainCallLog();
        foreach (var result in completed)
        {
            _unwritten.Enqueue(result);
        }

        // Queued first, so that an error stopping the pipeline midway still finds the results after it (BeforeStoppingOnError).
        while (_unwritten.TryDequeue(out var result))
        {
            _writing = result.Input.Sequence;
            WriteResult(Unwrap(result), result.Input.Source);
            _writing = long.MaxValue;
        }

        ReportProgress();
    }

    /// <summary>
    /// -ErrorAction Stop met an item error: start no item submitted after the failing one, let the items in flight
    /// and those before it finish (never cancel what the service may already be doing) and write every success, so each
    /// item the service acted on is reported before the error ends the pipeline. Other failures met meanwhile were not
    /// acted on; only the first error is reported.
    /// </summary>
    protected override void BeforeStoppingOnError()
    {
        if (_stoppingOnError)
        {
            return;
        }

        _stoppingOnError = true;
        var failing = _writing;
        _run?.StopStarting(item => item.Sequence > failing);
        var finished = _run is null ? [] : _run.Complete();
        foreach (var result in _unwritten.Concat(finished).Where(result => result.Status != BulkStatus.Failed).ToList())
        {
            WriteResult(Unwrap(result), result.Input.Source);
        }

        _unwritten.Clear();
        DrainCallLog();
    }

    private static BulkResult<TIn, TOut> Unwrap(BulkResult<RowItem, TOut> result) =>
        new() { Index = result.Index, Input = result.Input.Item, Status = result.Status, Output = result.Output, Error = result.Error };

    private void ReportProgress()
    {
        var progress = _run?.Progress;
        if (progress is null || DateTime.UtcNow - _lastProgress < ProgressInterval)
        {
            return;
        }

        _lastProgress = DateTime.UtcNow;
        _progressShown = true;
        var total = ExpectedTotal;
        var status = total is null ? $"{progress.Completed} done" : $"{progress.Completed} of {total} done";
        var record = new ProgressRecord(ProgressId, ProgressActivity, $"{status}: {progress.Succeeded} succeeded, {progress.Failed} failed, {progress.Skipped} skipped; {progress.Concurrency} at a time");
        if (total is > 0)
        {
            record.PercentComplete = (int)Math.Min(100, progress.Completed * 100 / total.Value);
        }

        WriteProgress(record);
    }

    /// <summary>"Row 12 (ann@contoso.com)" for piped input; just the item for a single call.</summary>
    private string? RowContext(long row, string? item)
    {
        if (!MyInvocation.ExpectingInput)
        {
            return item;
        }

        return item is null ? $"Row {row}" : $"Row {row} ({item})";
    }

    /// <summary>Where an item came from: the pipeline record's number and what the user gave (see <see cref="TargetOf"/>).</summary>
    protected readonly record struct ItemSource(long Row, object? Target);

    /// <summary>An item, the pipeline record it came from, and its place in the order of submission.</summary>
    private readonly record struct RowItem(long Row, long Sequence, TIn Item, object? Target)
    {
        public ItemSource Source => new(Row, Target);
    }
}
