using System.Collections.Concurrent;
using System.Management.Automation;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Base;

/// <summary>
/// What every cmdlet of the module shares: a cancellation token that Ctrl+C (StopProcessing) cancels, a synchronous
/// bridge to the async client that keeps writing on the pipeline thread, and client exceptions turned into
/// ErrorRecords with a real category and a stable error id.
/// </summary>
public abstract class WorkplaceCmdletBase : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<string> _callLog = new();

    protected CancellationToken Cancellation => _stopping.Token;

    protected override void StopProcessing() => _stopping.Cancel();

    public void Dispose()
    {
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs one client call to completion on the pipeline thread; its HTTP log lines become verbose output.</summary>
    protected T Await<T>(Func<CancellationToken, Task<T>> call)
    {
        try
        {
            using (CallLogRouter.Into(_callLog))
            {
                return call(Cancellation).GetAwaiter().GetResult();
            }
        }
        finally
        {
            DrainCallLog();
        }
    }

    /// <summary>Streams an async listing item by item, so output reaches the pipeline while later pages are still being read.</summary>
    protected IEnumerable<T> Stream<T>(IAsyncEnumerable<T> source)
    {
        var items = source.GetAsyncEnumerator(Cancellation);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    using (CallLogRouter.Into(_callLog))
                    {
                        more = items.MoveNextAsync().AsTask().GetAwaiter().GetResult();
                    }
                }
                finally
                {
                    DrainCallLog();
                }

                if (!more)
                {
                    yield break;
                }

                yield return items.Current;
            }
        }
        finally
        {
            items.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>A failure of one item: reported, and the other items go on.</summary>
    protected void WriteItemError(Exception error, object? target) => WriteError(ToErrorRecord(error, target));

    /// <summary>A failure that leaves nothing to do (no connection, a setup that cannot work): stops the cmdlet.</summary>
    protected void ThrowSetupError(Exception error, object? target) => ThrowTerminatingError(ToErrorRecord(error, target));

    /// <summary>True when the error is the user's Ctrl+C, which PowerShell reports by itself.</summary>
    protected bool IsStopping(Exception error) => error is OperationCanceledException && Cancellation.IsCancellationRequested;

    private void DrainCallLog()
    {
        while (_callLog.TryDequeue(out var line))
        {
            WriteVerbose(line);
        }
    }

    private static ErrorRecord ToErrorRecord(Exception error, object? target)
    {
        var classification = WorkplaceErrorClassifier.Classify(error);
        var category = Enum.TryParse<ErrorCategory>(classification.Category, out var parsed) ? parsed : ErrorCategory.NotSpecified;
        var record = new ErrorRecord(error, classification.ErrorId, category, target);
        if (classification.RecommendedAction is { } action)
        {
            record.ErrorDetails = new ErrorDetails(error.Message) { RecommendedAction = action };
        }

        return record;
    }
}
